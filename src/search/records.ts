/**
 * What the search index holds: one record per answer, made from the content model (the
 * same answers, in the same words, that the question pages render). Pure: episodes in,
 * records out; src/pages/pagefind-records.json.ts hands them to the indexer.
 */
import type { Episode } from '../model/episode.ts';
import { collapseWhiteSpace } from '../model/white-space.ts';
import { createUrls } from '../site/urls.ts';

export interface AnswerRecord {
	/** Site-root-relative URL of the answer, without the base path: `/onboard-26/train/#train-yizhou`. */
	url: string;
	lang: string;
	question: string;
	speaker: string;
	role?: string;
	episode: string;
	episodeId: string;
	/** `YYYY-MM-DD`, or empty for an undated episode. */
	date: string;
	questionOrder: number;
	/** Position of the answer within its question, from 0. */
	answerIndex: number;
	show?: string;
	/** The answer's paragraphs, as plain text. */
	paragraphs: string[];
}

/** Where the build writes the records: the output of src/pages/pagefind-records.json.ts. */
export const RECORDS_FILE = 'pagefind-records.json';

// Pagefind turns the base path into result URLs itself (its bundle's own location).
const rootUrls = createUrls('/');

/** Every answer of `episodes`, newest episode first, then in the order of the conversation. */
export function answerRecords(
	episodes: readonly Omit<Episode, 'description' | 'descriptionParagraphs'>[],
): AnswerRecord[] {
	const records = episodes.flatMap((episode) =>
		episode.questions.flatMap((question) =>
			question.answers.map((answer, answerIndex): AnswerRecord => {
				const speaker = episode.speakers.find((candidate) => candidate.id === answer.speakerId);
				return {
					url: rootUrls.answer(episode.slug, question.id, answer.anchor),
					lang: episode.lang,
					// A question written over two lines is one line in a result, as in the page's <h1>.
					question: collapseWhiteSpace(question.question),
					speaker: speaker?.name ?? answer.speakerId,
					...(speaker?.role === undefined ? {} : { role: speaker.role }),
					episode: episode.title,
					episodeId: episode.slug,
					date: episode.date?.toISOString().slice(0, 10) ?? '',
					questionOrder: question.order,
					answerIndex,
					...(episode.show === undefined ? {} : { show: episode.show }),
					paragraphs: answer.paragraphs,
				};
			}),
		),
	);
	return conversationOrder(records);
}

/** Newest episode first, then the order of the conversation: how browsing by filter lists answers. */
export function conversationOrder(records: readonly AnswerRecord[]): AnswerRecord[] {
	return [...records].sort(
		(a, b) =>
			b.date.localeCompare(a.date) ||
			a.episodeId.localeCompare(b.episodeId) ||
			a.questionOrder - b.questionOrder ||
			a.answerIndex - b.answerIndex,
	);
}

/** The records as the indexer reads them back from the build, checked rather than trusted. */
export function parseRecords(json: string): AnswerRecord[] {
	const value: unknown = JSON.parse(json);
	if (!Array.isArray(value) || !value.every(isRecord)) {
		throw new TypeError('The answer records are not a list of records; build the site again.');
	}
	return value;
}

function isRecord(value: unknown): value is AnswerRecord {
	if (typeof value !== 'object' || value === null) return false;
	const record = value as Partial<Record<keyof AnswerRecord, unknown>>;
	return (
		typeof record.url === 'string' &&
		typeof record.lang === 'string' &&
		typeof record.question === 'string' &&
		typeof record.speaker === 'string' &&
		Array.isArray(record.paragraphs)
	);
}
