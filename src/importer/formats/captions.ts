/**
 * Timed transcripts (captions, src/importer/captions/): their speaker turns split into
 * questions. By `--chapters`, one question per chapter; by hosts (`--host`, or the speaker
 * who asks most when two or more do), as for speaker transcripts; otherwise, for a
 * conversation with no questions, in blocks of turns, each titled by its first sentence.
 */
import type { Turn as CaptionTurn } from '../captions/index.ts';
import { resolveSpeakerNames, type NameOptions } from '../speaker-names.ts';
import type { SourceLine } from '../transcript.ts';
import { emptySplit, type ConversationSplit, type RawAnswer, type RawQuestion } from './conversation.ts';
import { asks, groupIntoQuestions, likelyHost, type Turn } from './speakers.ts';

/** A chapter of the episode (Podcasting 2.0 chapters): where it starts, and its title. */
export interface Chapter {
	start: number;
	title: string;
}

export interface CaptionSplitOptions {
	/** Hosts from `--host`. */
	hosts: readonly string[];
	chapters?: readonly Chapter[] | undefined;
	/** The name given to the speaker of a file that names none. */
	unnamed: string;
	/** Which labels name the same person (src/importer/speaker-names.ts). */
	names?: NameOptions;
}

/** A conversation where the likely host asks nothing is split into topic blocks instead. */
const MIN_HOST_QUESTIONS = 1;
/** About how long a topic block grows before it ends at the next change of speaker (Latin characters; CJK count 2.5). */
const TOPIC_SIZE = 2400;
const TITLE_LENGTH = 60;

function toTurn(turn: CaptionTurn, unnamed: string): Turn {
	return {
		speaker: turn.speaker ?? unnamed,
		line: turn.paragraphs[0]?.line ?? turn.lines[0] ?? 1,
		...(turn.start === undefined ? {} : { start: turn.start }),
		...(turn.end === undefined ? {} : { end: turn.end }),
		paragraphs: turn.paragraphs.map(({ line, text, start }) => ({
			line,
			text,
			...(start === undefined ? {} : { start }),
		})),
	};
}

const size = (text: string): number => {
	const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
	return text.length + cjk * 1.5;
};

/** The first sentence of `text`, cut at a word (or, in Chinese, anywhere) when it is long. */
export function firstSentence(text: string): string {
	const sentence = /^.*?[.!?。！？](?=\s|$|[^.!?。！？])/su.exec(text)?.[0] ?? text;
	const trimmed = sentence.trim();
	if ([...trimmed].length <= TITLE_LENGTH) return trimmed;
	const cut = [...trimmed].slice(0, TITLE_LENGTH).join('');
	const atWord = /\p{Script=Han}/u.test(cut.at(-1) ?? '') ? cut : cut.replace(/\s+\S*$/u, '');
	return `${atWord || cut}…`;
}

function answerOf(turn: Turn, paragraphs: SourceLine[]): RawAnswer {
	const start = paragraphs[0]?.start ?? turn.start;
	const last = paragraphs.at(-1);
	const whole = last === turn.paragraphs.at(-1);
	return {
		speaker: turn.speaker,
		paragraphs,
		...(start === undefined ? {} : { start }),
		...(whole && turn.end !== undefined ? { end: turn.end } : {}),
	};
}

function byChapters(turns: Turn[], chapters: readonly Chapter[]): RawQuestion[] {
	const sorted = [...chapters].sort((a, b) => a.start - b.start);
	const questions: RawQuestion[] = [];
	const chapterAt = (seconds: number): number => {
		let index = 0;
		sorted.forEach((chapter, i) => {
			if (chapter.start <= seconds) index = i;
		});
		return index;
	};
	const byChapter = new Map<number, RawAnswer[]>();
	for (const turn of turns) {
		// A turn that runs over a chapter's start is split there, between paragraphs.
		let current: SourceLine[] = [];
		let chapter = chapterAt(turn.paragraphs[0]?.start ?? turn.start ?? 0);
		const flush = (): void => {
			if (current.length === 0) return;
			const list = byChapter.get(chapter) ?? [];
			list.push(answerOf(turn, current));
			byChapter.set(chapter, list);
			current = [];
		};
		for (const paragraph of turn.paragraphs) {
			const next = chapterAt(paragraph.start ?? 0);
			if (next !== chapter) {
				flush();
				chapter = next;
			}
			current.push(paragraph);
		}
		flush();
	}
	sorted.forEach((chapter, index) => {
		const answers = byChapter.get(index) ?? [];
		const first = answers[0]?.paragraphs[0];
		if (first === undefined) return;
		questions.push({
			line: first.line,
			start: chapter.start,
			text: [{ line: first.line, text: chapter.title }],
			answers,
		});
	});
	return questions;
}

function byTopics(turns: Turn[]): RawQuestion[] {
	const questions: RawQuestion[] = [];
	let filled = 0;
	const open = (paragraph: SourceLine): RawQuestion => {
		const question: RawQuestion = {
			line: paragraph.line,
			text: [{ line: paragraph.line, text: firstSentence(paragraph.text) }],
			answers: [],
			...(paragraph.start === undefined ? {} : { start: paragraph.start }),
		};
		questions.push(question);
		filled = 0;
		return question;
	};
	for (const turn of turns) {
		const first = turn.paragraphs[0];
		if (first === undefined) continue;
		// Blocks end at a change of speaker once they are long enough; a monologue, at a paragraph.
		let question = questions.at(-1);
		if (question === undefined || filled >= TOPIC_SIZE) question = open(first);
		let paragraphs: SourceLine[] = [];
		for (const paragraph of turn.paragraphs) {
			if (paragraphs.length > 0 && filled >= 2 * TOPIC_SIZE) {
				question.answers.push(answerOf(turn, paragraphs));
				paragraphs = [];
				question = open(paragraph);
			}
			paragraphs.push(paragraph);
			filled += size(paragraph.text);
		}
		question.answers.push(answerOf(turn, paragraphs));
	}
	return questions;
}

export function splitCaptionTurns(
	captionTurns: readonly CaptionTurn[],
	options: CaptionSplitOptions,
): ConversationSplit {
	const turns = captionTurns.map((turn) => toTurn(turn, options.unnamed)).filter((turn) => turn.paragraphs.length > 0);
	const names = resolveSpeakerNames(
		turns.map((turn) => turn.speaker),
		options.names,
	);
	for (const turn of turns) turn.speaker = names.canonical(turn.speaker);
	const hosts = options.hosts.map((host) => names.canonical(host));
	const withMerged = (split: ConversationSplit): ConversationSplit => ({ ...split, mergedSpeakers: names.merged });
	if (options.chapters !== undefined && options.chapters.length > 0) {
		const split = emptySplit({ kind: 'chapters', chapters: options.chapters.length });
		split.questions = byChapters(turns, options.chapters);
		return withMerged(split);
	}
	if (hosts.length > 0) {
		const split = emptySplit({ kind: 'host-turns', hosts: [...hosts], hostsFrom: 'option' });
		split.questions = groupIntoQuestions(turns, new Set(hosts));
		return withMerged(split);
	}
	const host = new Set(turns.map((turn) => turn.speaker)).size > 1 ? likelyHost(turns) : undefined;
	const asked = turns.filter((turn) => turn.speaker === host && asks(turn)).length;
	if (host !== undefined && asked >= MIN_HOST_QUESTIONS) {
		const split = emptySplit({ kind: 'host-turns', hosts: [host], hostsFrom: 'most-questions' });
		split.questions = groupIntoQuestions(turns, new Set([host]));
		return withMerged(split);
	}
	const split = emptySplit({ kind: 'topics' });
	split.questions = byTopics(turns);
	return withMerged(split);
}
