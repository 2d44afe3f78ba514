/**
 * Planted needles: phrases put into a generated archive (bench/synthetic.ts) so that each
 * occurs in exactly one answer, with the URL of that answer, for measuring whether a search
 * for the phrase puts its answer first (tests/e2e/search-precision.test.ts and
 * `node bench/needles.ts`). Seeded, and pure but for reading the generator's sources: the same
 * archive and seed give the same needles.
 *
 * The kinds are the ways readers search: a Chinese dictionary word; a phrase of two common
 * Chinese words whose characters occur everywhere but whose sequence occurs once (the case
 * where scattered characters outrank the phrase); a Chinese word glued to a Latin acronym
 * (`消费级GPU`); an English term of two or three common words; a single English word (a
 * compound of two, as product names are: `riverstack`); and a
 * simplified word searched in traditional characters (`開源` for `开源`).
 *
 * Unique means: no other answer's searchable text (its question, its paragraphs and its
 * speaker's name, as the index holds them) contains the phrase, compared case-insensitively
 * as a substring, so that a needle is never a part of a longer word elsewhere either.
 */
import * as OpenCC from 'opencc-js';
import type { Transcript } from '../src/importer/transcript.ts';
import { createUrls } from '../src/site/urls.ts';
import { drawWord, random, readSources, type Sources, type WordTable } from './synthetic.ts';

export const NEEDLE_KINDS = [
	'chinese-word',
	'chinese-phrase',
	'mixed',
	'english-term',
	'english-word',
	'traditional',
] as const;
export type NeedleKind = (typeof NEEDLE_KINDS)[number];

export interface Needle {
	kind: NeedleKind;
	/** The text planted in the answer. */
	phrase: string;
	/** What a reader types: the phrase, or its traditional-character form. */
	query: string;
	/** The answer holding the phrase, as a search result's URL: `/<episode>/<question>/#<anchor>`. */
	url: string;
}

export interface PlantedArchive {
	transcripts: Transcript[];
	needles: Needle[];
}

export class NeedleError extends Error {
	override name = 'NeedleError';
}

const urls = createUrls('/');
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
// The tables of src/client/search/normalize.ts: a traditional query must come back as the phrase.
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Where a needle can go: one answer of the archive. */
interface Slot {
	transcript: number;
	question: number;
	answer: number;
}

/** Every answer's searchable text, lower-cased, in one string, for counting the answers that contain a phrase. */
class ArchiveText {
	readonly #text: string;
	readonly #starts: number[];

	constructor(texts: readonly string[]) {
		this.#starts = [];
		let offset = 0;
		for (const text of texts) {
			this.#starts.push(offset);
			offset += text.length + 1;
		}
		this.#text = texts.map((text) => text.toLowerCase()).join('\u0000');
	}

	/** Indexes of the answers whose text contains `phrase`. */
	answersWith(phrase: string): number[] {
		const needle = phrase.toLowerCase();
		const found: number[] = [];
		let from = this.#text.indexOf(needle);
		while (from !== -1) {
			const answer = this.#answerAt(from);
			found.push(answer);
			from = this.#text.indexOf(needle, this.#starts[answer + 1] ?? this.#text.length);
		}
		return found;
	}

	#answerAt(offset: number): number {
		let low = 0;
		let high = this.#starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >>> 1;
			if ((this.#starts[middle] ?? 0) <= offset) low = middle;
			else high = middle - 1;
		}
		return low;
	}
}

function slotsOf(transcripts: readonly Transcript[]): Slot[] {
	return transcripts.flatMap((transcript, t) =>
		transcript.questions.flatMap((question, q) =>
			question.answers.map((_, a) => ({ transcript: t, question: q, answer: a })),
		),
	);
}

function searchableText(transcripts: readonly Transcript[], slot: Slot): string {
	const transcript = transcripts[slot.transcript];
	const question = transcript?.questions[slot.question];
	const answer = question?.answers[slot.answer];
	if (!transcript || !question || !answer) return '';
	const speaker = transcript.speakers.find((candidate) => candidate.id === answer.speakerId)?.name ?? '';
	return [question.text.map((line) => line.text).join(''), ...answer.paragraphs.map((line) => line.text), speaker].join(
		'\n',
	);
}

/** A word of the table drawn by its frequency (synthetic.ts `drawWord`) that `accept` takes. */
function drawAccepted(table: WordTable, next: () => number, accept: (word: string) => boolean): string {
	for (let attempt = 0; attempt < 1000; attempt += 1) {
		const word = drawWord(table, next);
		if (accept(word)) return word;
	}
	throw new NeedleError('No word of the generator’s tables fits a needle after 1,000 draws: are the sources there?');
}

/** Any word of the table, rare ones as likely as common ones (most dictionary words are rare). */
function anyWord(table: WordTable, next: () => number, accept: (word: string) => boolean): string {
	for (let attempt = 0; attempt < 1000; attempt += 1) {
		const word = table.words[Math.floor(next() * table.words.length)] ?? '';
		if (accept(word)) return word;
	}
	throw new NeedleError('No word of the generator’s tables fits a needle after 1,000 draws: are the sources there?');
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const hanLength = (min: number, max: number) => (word: string) => word.length >= min && word.length <= max;

/** A candidate phrase of `kind` and the query for it. */
function candidate(kind: NeedleKind, from: Sources, next: () => number): { phrase: string; query: string } {
	switch (kind) {
		case 'chinese-word': {
			const phrase = anyWord(from.chinese, next, hanLength(2, 4));
			return { phrase, query: phrase };
		}
		case 'chinese-phrase': {
			const phrase = [0, 1].map(() => drawAccepted(from.chinese, next, hanLength(2, 3))).join('');
			return { phrase, query: phrase };
		}
		case 'mixed': {
			const word = drawAccepted(from.chinese, next, hanLength(2, 3));
			const acronym = Array.from({ length: 2 + Math.floor(next() * 3) }, () => LETTERS[Math.floor(next() * 26)]).join(
				'',
			);
			const phrase = next() < 0.5 ? `${word}${acronym}` : `${acronym}${word}`;
			return { phrase, query: phrase };
		}
		case 'english-term': {
			const words = Array.from({ length: 2 + Math.floor(next() * 2) }, () =>
				drawAccepted(from.english, next, (word) => word.length >= 4 && /^[a-z]+$/u.test(word)),
			);
			const phrase = words.join(' ');
			return { phrase, query: next() < 0.5 ? phrase : phrase.replace(/\b\w/gu, (letter) => letter.toUpperCase()) };
		}
		case 'english-word': {
			// Every word of the English corpus occurs in a large archive (its sentences are drawn
			// whole), so a single word that occurs once is a compound, as product names are.
			const [first, second] = [0, 1].map(() => anyWord(from.english, next, (word) => /^[a-z]{4,7}$/u.test(word)));
			const phrase = `${first ?? ''}${second ?? ''}`;
			return { phrase, query: next() < 0.5 ? phrase : phrase.toUpperCase() };
		}
		case 'traditional': {
			const phrase = anyWord(from.chinese, next, (word) => {
				if (!hanLength(2, 4)(word)) return false;
				const traditional = toTraditional(word);
				return traditional !== word && toSimplified(traditional) === word;
			});
			return { phrase, query: toTraditional(phrase) };
		}
	}
}

const BEFORE = ['', '我们说的', '比如', '关于', '其实'];
const AFTER = ['，', '的时候，', '这件事，', '也是，'];

/** `text` with `phrase` put in at a sentence boundary, in a little context. */
function plant(text: string, phrase: string, next: () => number): string {
	const sentences = text.split(/(?<=[。？！.?!])/u);
	const at = Math.floor(next() * (sentences.length + 1));
	const latinEdge = /^[A-Za-z]|[A-Za-z]$/u.test(phrase);
	const before = BEFORE[Math.floor(next() * BEFORE.length)] ?? '';
	const after = AFTER[Math.floor(next() * AFTER.length)] ?? '，';
	sentences.splice(at, 0, latinEdge ? `${before} ${phrase} ${after}` : `${before}${phrase}${after}`);
	return sentences.join('');
}

/**
 * `count` needles planted in a copy of `transcripts`, the kinds taking turns, each in an
 * answer of its own. Throws a NeedleError when the archive is too small for them.
 */
export function plantNeedles(
	transcripts: readonly Transcript[],
	options: { count: number; seed: number },
	from: Sources = readSources(),
): PlantedArchive {
	const planted = structuredClone(transcripts) as Transcript[];
	const slots = slotsOf(planted);
	if (slots.length < options.count * 2) {
		throw new NeedleError(
			`An archive of ${slots.length} answers is too small for ${options.count} needles: plant at most one in every second answer.`,
		);
	}
	const next = random(options.seed);
	const texts = slots.map((slot) => searchableText(planted, slot));
	const archive = new ArchiveText(texts);
	const taken = new Set<number>();
	const needles: (Needle & { slot: number })[] = [];
	for (let index = 0; needles.length < options.count; index += 1) {
		if (index > options.count * 50) {
			throw new NeedleError(`Found only ${needles.length} of ${options.count} unique needles; try another seed.`);
		}
		const kind = NEEDLE_KINDS[needles.length % NEEDLE_KINDS.length] ?? 'chinese-word';
		const { phrase, query } = candidate(kind, from, next);
		const lower = phrase.toLowerCase();
		// Unique in the archive and apart from every other needle (neither part of the other).
		if (archive.answersWith(phrase).length > 0) continue;
		if (
			needles.some((other) => other.phrase.toLowerCase().includes(lower) || lower.includes(other.phrase.toLowerCase()))
		)
			continue;
		let slot = Math.floor(next() * slots.length);
		while (taken.has(slot)) slot = (slot + 1) % slots.length;
		taken.add(slot);
		const { transcript: t, question: q, answer: a } = slots[slot] ?? { transcript: 0, question: 0, answer: 0 };
		const episode = planted[t];
		const question = episode?.questions[q];
		const answer = question?.answers[a];
		const paragraph = answer?.paragraphs[Math.floor(next() * (answer.paragraphs.length || 1))];
		if (!episode || !question || !answer || !paragraph) throw new NeedleError(`No answer at slot ${slot}.`);
		paragraph.text = plant(paragraph.text, phrase, next);
		needles.push({ kind, phrase, query, url: urls.answer(episode.episode.slug, question.id, answer.anchor), slot });
	}
	// Planting joins texts: check every needle again against the archive as planted.
	const final = new ArchiveText(slots.map((slot) => searchableText(planted, slot)));
	for (const needle of needles) {
		const holders = final.answersWith(needle.phrase);
		if (holders.length !== 1 || holders[0] !== needle.slot) {
			throw new NeedleError(
				`The needle “${needle.phrase}” is in answers ${JSON.stringify(holders)}, not only in answer ${needle.slot}; try another seed.`,
			);
		}
	}
	return {
		transcripts: planted,
		needles: needles.map(({ kind, phrase, query, url }) => ({ kind, phrase, query, url })),
	};
}
