import { toCjkPunctuation } from './cjk-punctuation.ts';
import { toLines } from './decode.ts';
import { ImportError } from './errors.ts';
import { splitArticle } from './formats/article.ts';
import { emptySplit, type ConversationSplit, type RawQuestion } from './formats/conversation.ts';
import {
	describeAttempts,
	detectFormat,
	explainFormat,
	DIALECTS,
	isDialect,
	TEXT_FORMATS,
	type TextFormat,
} from './formats/detect.ts';
import { readDialectTurns } from './formats/dialect.ts';
import { questionsByHosts, splitSpeakerTurns } from './formats/speakers.ts';
import { fromFirstTurn } from './formats/zoom.ts';
import { splitCaptionTurns, type Chapter } from './formats/captions.ts';
import { joinCues, type CaptionTranscript } from './captions/index.ts';
import { isWindowsReservedName } from './paths.ts';
import { slugify, speakerId, uniqueId } from './ids.ts';
import { DEFAULT_QUESTION_LABELS } from './labels.ts';
import { carryAliases } from './aliases.ts';
import type { NameOptions } from './speaker-names.ts';
import { keepIds, type PreviousQuestion } from './match.ts';
import { readHeader, titleFromFileName } from './metadata.ts';
import { readFrontMatter } from './front-matter.ts';
import type { Answer, DateFrom, Question, Speaker, TitleFrom, Transcript } from './transcript.ts';

export interface SplitOptions {
	/** Shown in error messages. */
	file: string;
	/** One of `TEXT_FORMATS` (`article`, `speakers`, `rev`, `otter`, `zoom`); detected when absent. */
	format?: string;
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
	/** Speaker transcripts: whose turns ask the questions. */
	hosts?: readonly string[];
	/** Turn ASCII punctuation next to CJK characters into full-width forms. */
	cjkPunctuation?: boolean;
	/** The episode's audio file (`--audio`, or the feed's enclosure). */
	audio?: string;
	/** Timed transcripts: one question per chapter (`--chapters`). */
	chapters?: readonly Chapter[];
	/** Which labels name one person: `--alias`, and the aliases of an edited registry. */
	names?: NameOptions;
	/**
	 * Questions of an earlier import of this episode, whose ids and anchors are kept. Asked
	 * for by slug, since the slug is known only once the transcript is split.
	 */
	previousFor?: (slug: string) => readonly PreviousQuestion[];
}

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;
// Characters that exist only in traditional Chinese, among the most frequent in speech.
const TRADITIONAL = /[們這個說為時會來對麼還開關於與過後問題讓應該裡]/gu;
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

const joined = (lines: { text: string }[]): string => lines.map((line) => line.text).join('\n');

/**
 * Question ids and answer anchors: those of an earlier import where the question is still
 * there (matched by content), new ones otherwise. New ids never reuse an old one or an
 * alias, so a link to a removed question cannot start pointing at a different question; the
 * ids that are gone become aliases of the nearest survivors (aliases.ts).
 */
function assignIds(
	raw: RawQuestion[],
	speakerIds: Map<string, string>,
	previous: readonly PreviousQuestion[],
): Question[] {
	const speakerOf = (name: string): string => speakerIds.get(name) ?? speakerId(name);
	const kept = keepIds(
		raw.map((question) => ({
			text: joined(question.text),
			answers: question.answers.map((answer) => ({
				speakerId: speakerOf(answer.speaker),
				text: joined(answer.paragraphs),
			})),
		})),
		[...previous],
	);
	const questionIds = new Set(previous.flatMap((question) => [question.id, ...question.aliases]));
	const anchors = new Set(
		previous.flatMap((question) => question.answers.flatMap((answer) => [answer.anchor, ...answer.aliases])),
	);
	const ids = raw.map(
		(question, index) =>
			kept.questionIds[index] ?? uniqueId(slugify(joined(question.text)), questionIds, `q${index + 1}`),
	);
	// Anchors are unique across the episode page, which also uses question ids as anchors.
	for (const id of ids) anchors.add(id);

	const questions = raw.map((question, index): Question => {
		const id = ids[index] ?? `q${index + 1}`;
		const answers = question.answers.map((answer, a): Answer => {
			const speaker = speakerOf(answer.speaker);
			const anchor = kept.anchors[index]?.[a] ?? uniqueId(`${id}-${speaker}`, anchors, `${id}-a`);
			return {
				speakerId: speaker,
				anchor,
				paragraphs: answer.paragraphs,
				...(answer.start === undefined ? {} : { start: answer.start }),
				...(answer.end === undefined ? {} : { end: answer.end }),
			};
		});
		return {
			id,
			text: question.text,
			answers,
			...(question.start === undefined ? {} : { start: question.start }),
			...(question.asker === undefined ? {} : { askedBy: speakerOf(question.asker) }),
		};
	});
	const aliases = carryAliases(previous, questions);
	return questions.map((question) => {
		const questionAliases = aliases.questions.get(question.id);
		return {
			...question,
			answers: question.answers.map((answer) => {
				const answerAliases = aliases.answers.get(answer.anchor);
				return answerAliases ? { ...answer, aliases: answerAliases } : answer;
			}),
			...(questionAliases ? { aliases: questionAliases } : {}),
		};
	});
}

function splitConversation(
	lines: ReturnType<typeof toLines>,
	format: TextFormat,
	options: SplitOptions,
): ConversationSplit {
	const hosts = options.hosts ?? [];
	if (format === 'speakers') {
		return splitSpeakerTurns(lines, {
			hosts,
			speakers: options.speakers ?? [],
			...(options.names === undefined ? {} : { names: options.names }),
		});
	}
	if (isDialect(format)) {
		const split = emptySplit({ kind: 'host-turns', hosts: [...hosts], hostsFrom: 'option' });
		const turns = readDialectTurns(lines, DIALECTS[format], split);
		return questionsByHosts(format === 'zoom' ? fromFirstTurn(turns) : turns, hosts, split, options.names);
	}
	return splitArticle(lines, {
		questionLabels: [...DEFAULT_QUESTION_LABELS, ...(options.questionLabels ?? [])],
		speakers: options.speakers ?? [],
	});
}

function chooseFormat(lines: ReturnType<typeof toLines>, options: SplitOptions): TextFormat {
	if (options.format === undefined) {
		return detectFormat(lines, [...DEFAULT_QUESTION_LABELS, ...(options.questionLabels ?? [])]);
	}
	const known = TEXT_FORMATS.find((format) => format === options.format);
	if (known === undefined) {
		throw new ImportError(
			'UnknownFormat',
			`\`${options.format}\` is not a format the importer reads. Nothing was written. Use one of ${TEXT_FORMATS.map((format) => `\`${format}\``).join(', ')}, or leave out --format to detect it.`,
			{ file: options.file },
		);
	}
	return known;
}

/**
 * Splits a transcript's text into an episode with questions and answers. Pure: text in,
 * data out; reading files and writing Markdown happen elsewhere.
 */
export function splitTranscript(input: string, options: SplitOptions): Transcript {
	const punctuated = options.cjkPunctuation ? toCjkPunctuation(input) : { text: input, changes: 0 };
	const lines = toLines(punctuated.text);
	if (lines.every((line) => line.text === '')) {
		throw new ImportError(
			'EmptyTranscript',
			'The file holds no text. Nothing was written. Check that you passed the right file.',
			{ file: options.file },
		);
	}
	// Front matter gives metadata that flags override; its lines never reach the splitter.
	const front = readFrontMatter(punctuated.text, lines);
	const body = front === undefined ? lines : lines.slice(front.end);
	const hosts = options.hosts?.length ? options.hosts : (front?.hosts ?? []);
	const withFront: SplitOptions = {
		...options,
		hosts,
		speakers: [...(options.speakers ?? []), ...(front?.guests ?? [])],
		...(options.audio === undefined && front?.audio !== undefined ? { audio: front.audio } : {}),
	};
	const format = chooseFormat(body, options);
	const formatFrom =
		options.format === undefined
			? explainFormat(body, format, [...DEFAULT_QUESTION_LABELS, ...(options.questionLabels ?? [])])
			: 'chosen with --format';
	const conversation = splitConversation(body, format, withFront);
	if (conversation.questions.length === 0) {
		throw new ImportError(
			format === 'article' ? 'NoQuestionsFound' : 'NoSpeakersFound',
			format === 'article'
				? 'No question was found: no line starts with a question label such as `问题：` or `Q:`. Nothing was written. Add the label your transcript uses with `--question-label LABEL`.'
				: `No speakers were found: no speaker starts two or more turns. ${describeAttempts(body)} Nothing was written. ` +
						'If a speaker is named only once, name them with `--speaker NAME`; to read the file in one layout, pass `--format rev|otter|zoom|speakers`; or mark questions with `--question-label LABEL`.',
			{ file: options.file, line: lines.find((line) => line.text !== '')?.line ?? 1 },
		);
	}
	if (conversation.questions.every((question) => question.answers.length === 0)) {
		throw new ImportError(
			'NoSpeakersFound',
			format === 'article'
				? 'Questions were found but no answer: no speaker label (`Name:`) follows them. Nothing was written. Name the speakers with `--speaker NAME`.'
				: 'Only one speaker was found, so there is no one answering. Nothing was written. Name the other speakers with `--speaker NAME`, and the hosts with `--host NAME`.',
			{ file: options.file, line: conversation.questions[0]?.line ?? 1 },
		);
	}

	const header = readHeader(conversation.header, {
		...options,
		...(options.title === undefined && front?.title !== undefined ? { title: front.title } : {}),
		...(options.date === undefined && front?.date !== undefined ? { date: front.date } : {}),
	});
	if (front !== undefined) {
		header.sources.unshift(...front.sources);
		header.dropped.unshift(...front.dropped);
		header.description.unshift(...front.description);
	}
	return assemble(conversation, withFront, {
		header,
		format,
		formatFrom,
		cjkPunctuationChanges: punctuated.changes,
	});
}

interface AssembleParts {
	header: ReturnType<typeof readHeader>;
	format: Transcript['format'];
	/** Why the file was read in that format. */
	formatFrom: string;
	cjkPunctuationChanges: number;
}

/** The split conversation as an episode: metadata, the speaker registry, ids kept from an earlier import. */
function assemble(conversation: ConversationSplit, options: SplitOptions, parts: AssembleParts): Transcript {
	const { header, format } = parts;
	// A plain transcript often has no title line; its file name is what the person called it.
	const title = header.title ?? titleFromFileName(options.file);
	const titleFrom: TitleFrom =
		options.title !== undefined ? 'option' : header.title === undefined ? 'file-name' : 'text';
	const dateFrom: DateFrom = options.date !== undefined ? 'option' : header.date === undefined ? 'none' : 'text';

	const speakerIds = new Map<string, string>();
	const speakers: Speaker[] = [];
	const takenSpeakerIds = new Set<string>();
	const names = conversation.questions.flatMap((question) => [
		...(question.asker === undefined ? [] : [question.asker]),
		...question.answers.map((answer) => answer.speaker),
	]);
	for (const name of names) {
		if (speakerIds.has(name)) continue;
		const id = uniqueId(speakerId(name), takenSpeakerIds, 'speaker');
		speakerIds.set(name, id);
		const aliases = conversation.mergedSpeakers.filter((merged) => merged.into === name).map((merged) => merged.label);
		speakers.push({ id, name, ...(aliases.length === 0 ? {} : { aliases }) });
	}

	const spoken = joined(
		conversation.questions.flatMap((question) => [
			...question.text,
			...question.answers.flatMap((answer) => answer.paragraphs),
		]),
	);
	// A file name is already a name for the episode (`podnews_weekly_review_2023-05-05`); shortening
	// it as a title would make files of one show share a slug.
	const derived = titleFrom === 'file-name' ? slugify(title) || 'episode' : episodeSlug(title);
	// A title `Con` or `Aux` would make a folder Windows opens as a device.
	const slug = options.episode ?? (isWindowsReservedName(derived) ? `${derived}-episode` : derived);
	return {
		episode: {
			slug,
			title,
			titleFrom,
			lang: options.lang ?? detectLang(spoken),
			...(header.date === undefined ? {} : { date: header.date }),
			dateFrom,
			...(header.author === undefined ? {} : { author: header.author }),
			...(options.show === undefined ? {} : { show: options.show }),
			...(header.sourceUrl === undefined ? {} : { sourceUrl: header.sourceUrl }),
			...(options.audio === undefined ? {} : { audio: options.audio }),
		},
		speakers,
		description: [...header.description, ...conversation.opening.map(({ line, text }) => ({ line, text }))],
		openingMoved: conversation.opening.map(({ line, speaker }) => ({ line, speaker })),
		questions: assignIds(conversation.questions, speakerIds, options.previousFor?.(slug) ?? []),
		metadataSources: header.sources,
		dropped: [...header.dropped, ...conversation.dropped].sort((a, b) => a.line - b.line),
		unconfirmedSpeakers: conversation.rejectedLabels,
		timestamps: conversation.timestamps,
		mergedSpeakers: conversation.mergedSpeakers,
		labels: conversation.labels,
		format,
		formatFrom: parts.formatFrom,
		rule: conversation.rule,
		cjkPunctuationChanges: parts.cjkPunctuationChanges,
	};
}

/** Why a file was read as a caption format: what the detector saw (src/importer/captions/detect.ts). */
const CAPTION_EVIDENCE: Record<CaptionTranscript['format'], string> = {
	vtt: 'a `WEBVTT` header',
	srt: 'numbered cues with `-->` timings',
	json: 'a JSON object with `segments`',
	tsv: 'a `start`, `end`, `text` header separated by tabs',
	html: 'speakers in `<cite>`, times in `<time>`, text in `<p>`',
	plain: 'no speaker labels and no times: one speaker, its lines read in order',
};

/** What a caption file's speaker is called when it names none: one speaker, renamable in `episode.md`. */
const UNNAMED: Record<string, string> = { zh: '说话人', en: 'Speaker' };

/**
 * Splits a timed transcript (cues read by src/importer/captions/) into an episode. Pure, like
 * `splitTranscript`; the title comes from `--title` or the file name, as caption files have none.
 */
export function splitCaptionTranscript(captions: CaptionTranscript, options: SplitOptions): Transcript {
	const turns = joinCues(captions.cues);
	// A cue with a timing line but no text (a file cut short after one) makes a turn with no words.
	if (turns.every((turn) => turn.paragraphs.length === 0)) {
		throw new ImportError(
			'EmptyTranscript',
			'The caption file holds no cues with words. Nothing was written. Check that you passed the right file.',
			{ file: options.file },
		);
	}
	const spoken = turns.flatMap((turn) => turn.paragraphs.map((paragraph) => paragraph.text)).join('\n');
	const lang = options.lang ?? detectLang(spoken);
	const conversation = splitCaptionTurns(turns, {
		hosts: options.hosts ?? [],
		chapters: options.chapters,
		unnamed: UNNAMED[lang.split('-')[0] ?? 'en'] ?? 'Speaker',
		...(options.names === undefined ? {} : { names: options.names }),
	});
	const header = readHeader([], options);
	return assemble(
		conversation,
		{ ...options, lang },
		{ header, format: captions.format, formatFrom: CAPTION_EVIDENCE[captions.format], cjkPunctuationChanges: 0 },
	);
}
