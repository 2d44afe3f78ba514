import { toLines } from './decode.ts';
import { ImportError } from './errors.ts';
import { splitArticle, type RawQuestion } from './formats/article.ts';
import { slugify, speakerId, uniqueId } from './ids.ts';
import { DEFAULT_QUESTION_LABELS } from './labels.ts';
import { readHeader } from './metadata.ts';
import type { Question, Speaker, Transcript } from './transcript.ts';

export interface SplitOptions {
	/** Shown in error messages. */
	file: string;
	title?: string;
	date?: string;
	author?: string;
	show?: string;
	sourceUrl?: string;
	/** Episode slug: the episode's folder and URL segment. */
	episode?: string;
	lang?: string;
	questionLabels?: readonly string[];
	speakers?: readonly string[];
}

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;
// Characters that exist only in traditional Chinese, among the most frequent in speech.
const TRADITIONAL = /[們這個說為時會來對麼還開關於與過後問題們讓應該裡]/gu;
const SIMPLIFIED = /[们这个说为时会来对么还开关于与过后问题让应该里]/gu;

/** `zh-CN`, `zh-TW` or `en`, from which script dominates the conversation. */
export function detectLang(text: string): string {
	const han = text.match(HAN)?.length ?? 0;
	const latin = text.match(LATIN)?.length ?? 0;
	// A Chinese character carries about as much as a short Latin word, hence the factor.
	if (han * 4 < latin) return 'en';
	const traditional = text.match(TRADITIONAL)?.length ?? 0;
	const simplified = text.match(SIMPLIFIED)?.length ?? 0;
	return traditional > simplified ? 'zh-TW' : 'zh-CN';
}

/** `onboard26. ChatGPT…` → `onboard-26`: show name and episode number when the title has them. */
export function episodeSlug(title: string): string {
	const numbered = /([A-Za-z][A-Za-z]*)[\s!]*(?:EP|E|#|Episode|No\.?)?\s*(\d{1,4})\b/iu.exec(title);
	if (numbered) return `${numbered[1]?.toLowerCase()}-${numbered[2]}`;
	return slugify(title) || 'episode';
}

function assignIds(raw: RawQuestion[], speakerIds: Map<string, string>): Question[] {
	const questionIds = new Set<string>();
	const anchors = new Set<string>();
	return raw.map((question, index) => {
		const id = uniqueId(slugify(question.text.map((part) => part.text).join(' ')), questionIds, `q${index + 1}`);
		const answers = question.answers.map((answer) => {
			const speaker = speakerIds.get(answer.speaker) ?? speakerId(answer.speaker);
			return {
				speakerId: speaker,
				anchor: uniqueId(`${id}-${speaker}`, anchors, `${id}-a`),
				paragraphs: answer.paragraphs,
			};
		});
		return { id, text: question.text, answers };
	});
}

/**
 * Splits a transcript's text into an episode with questions and answers. Pure: text in,
 * data out; reading files and writing Markdown happen elsewhere.
 */
export function splitTranscript(text: string, options: SplitOptions): Transcript {
	const lines = toLines(text);
	if (lines.every((line) => line.text === '')) {
		throw new ImportError(
			'EmptyTranscript',
			'The file holds no text. Nothing was written. Check that you passed the right file.',
			{
				file: options.file,
			},
		);
	}
	const article = splitArticle(lines, {
		questionLabels: [...DEFAULT_QUESTION_LABELS, ...(options.questionLabels ?? [])],
		speakers: options.speakers ?? [],
	});
	if (article.questions.length === 0) {
		throw new ImportError(
			'NoQuestionsFound',
			`No question was found: no line starts with a question label such as \`问题：\` or \`Q:\`. Nothing was written. Add the label your transcript uses with \`--question-label LABEL\`.`,
			{ file: options.file },
		);
	}
	const unanswered = article.questions.find((question) => question.answers.length === 0);
	if (article.questions.every((question) => question.answers.length === 0) && unanswered) {
		throw new ImportError(
			'NoSpeakersFound',
			'Questions were found but no answer: no speaker label (`Name:`) follows them. Nothing was written. Name the speakers with `--speaker NAME`.',
			{ file: options.file, line: unanswered.line },
		);
	}

	const header = readHeader(article.header, options);
	if (header.title === undefined) {
		throw new ImportError(
			'TitleNotFound',
			'Could not tell which line is the episode title. Nothing was written. Pass it with `--title "…"`.',
			{ file: options.file, line: article.header[0]?.line ?? 1 },
		);
	}

	const speakerIds = new Map<string, string>();
	const speakers: Speaker[] = [];
	const takenSpeakerIds = new Set<string>();
	for (const answer of article.questions.flatMap((question) => question.answers)) {
		if (speakerIds.has(answer.speaker)) continue;
		const id = uniqueId(speakerId(answer.speaker), takenSpeakerIds, 'speaker');
		speakerIds.set(answer.speaker, id);
		speakers.push({ id, name: answer.speaker });
	}

	const conversation = article.questions
		.flatMap((question) => [...question.text, ...question.answers.flatMap((answer) => answer.paragraphs)])
		.map((line) => line.text)
		.join('\n');
	const episode = {
		slug: options.episode ?? episodeSlug(header.title),
		title: header.title,
		lang: options.lang ?? detectLang(conversation),
		...(header.date === undefined ? {} : { date: header.date }),
		...(header.author === undefined ? {} : { author: header.author }),
		...(options.show === undefined ? {} : { show: options.show }),
		...(header.sourceUrl === undefined ? {} : { sourceUrl: header.sourceUrl }),
	};

	return {
		episode,
		speakers,
		description: header.description,
		questions: assignIds(article.questions, speakerIds),
		metadataSources: header.sources,
		dropped: [...header.dropped, ...article.dropped].sort((a, b) => a.line - b.line),
		unconfirmedSpeakers: article.rejectedLabels,
	};
}
