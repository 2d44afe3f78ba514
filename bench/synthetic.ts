/**
 * A generated archive for the benchmark: Chinese questions and answers with English terms,
 * drawn from a seeded generator so that every run with the same seed writes the same archive.
 *
 * The vocabulary grows with the archive's size the way real transcripts' does, because the
 * index's cost follows the vocabulary: most sentences are words drawn by frequency (Zipf-like)
 * from jieba's Chinese word-frequency dictionary (`@node-rs/jieba`'s `dict.txt`, 349,045
 * words), with English words drawn by their frequency in the English transcripts of
 * tests/fixtures/corpus/transcriptator/; the rest are real sentences of the EP26 transcript
 * (sources/onboard-26.txt) and of that corpus. A small archive therefore repeats common words
 * and a large one keeps meeting rarer ones, as a growing show does.
 *
 * Two renderings of the same archive: transcript text files in the article format the
 * importer reads (`问题：…` then `Name：…` paragraphs), for timing the real importer, and the
 * content files the importer would write, for tests that need no importer run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { renderEpisode, type ContentFile } from '../src/importer/markdown.ts';
import type { Transcript } from '../src/importer/transcript.ts';

const root = resolve(import.meta.dirname, '..');

/** Mulberry32: a tiny, well-distributed seeded generator. */
export function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Words with their frequencies, drawn in proportion to them. */
export interface WordTable {
	words: string[];
	/** Running totals of the frequencies, for a binary search. */
	cumulative: Float64Array;
}

function wordTable(entries: [string, number][]): WordTable {
	const cumulative = new Float64Array(entries.length);
	let total = 0;
	entries.forEach(([, frequency], index) => {
		total += frequency;
		cumulative[index] = total;
	});
	return { words: entries.map(([word]) => word), cumulative };
}

/** A word of `table`, drawn by its frequency (common words often, rare ones seldom). */
export function drawWord(table: WordTable, next: () => number): string {
	const target = next() * (table.cumulative[table.cumulative.length - 1] ?? 0);
	let low = 0;
	let high = table.cumulative.length - 1;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((table.cumulative[middle] ?? 0) <= target) low = middle + 1;
		else high = middle;
	}
	return table.words[low] ?? '';
}

/** The real text the generator draws from, read once per process. */
export interface Sources {
	/** Chinese words from jieba's dictionary (Han characters only), by frequency. */
	chinese: WordTable;
	/** English words from the corpus transcripts, by their counts there. */
	english: WordTable;
	/** Sentences of the EP26 transcript's questions and answers. */
	chineseSentences: string[];
	/** Sentences of the English corpus transcripts. */
	englishSentences: string[];
}

const HAN_WORD = /^\p{Script=Han}+$/u;

function readJiebaDictionary(): [string, number][] {
	const path = createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
	const entries: [string, number][] = [];
	for (const line of readFileSync(path, 'utf8').split('\n')) {
		const [word, frequency] = line.split(' ');
		if (word !== undefined && HAN_WORD.test(word) && Number(frequency) > 0) entries.push([word, Number(frequency)]);
	}
	return entries;
}

/** The lines of an .srt or .vtt file that carry speech: no header, cue numbers, times or voice tags. */
function captionText(text: string): string {
	return text
		.split(/\r?\n/u)
		.filter((line) => line.trim() !== '' && !/^(WEBVTT|NOTE|\d+$|[\d:.,]+ --> )/u.test(line.trim()))
		.map((line) => line.replace(/<[^>]*>/gu, '').replace(/^[A-Z][\w .]{0,30}: /u, ''))
		.join(' ');
}

function readEnglishCorpus(): string[] {
	const folder = join(root, 'tests/fixtures/corpus/transcriptator');
	const text = readdirSync(folder)
		.filter((name) => /\.(srt|vtt)$/u.test(name))
		.sort()
		.map((name) => captionText(readFileSync(join(folder, name), 'utf8')))
		.join(' ');
	return text
		.split(/(?<=[.?!])\s+/u)
		.map((sentence) => sentence.replace(/\s+/gu, ' ').trim())
		.filter((sentence) => sentence.split(' ').length >= 5 && !sentence.includes('-->'));
}

function readEp26(): string[] {
	const text = readFileSync(join(root, 'sources/onboard-26.txt'), 'utf8');
	// The transcript's questions and answers are the lines with a label (问题 or a speaker's
	// name in Latin letters); the page chrome around them has none, or a Chinese one.
	return text
		.split('\n')
		.filter((line) => /^(问题|[A-Z][a-z]+)[:：]/u.test(line))
		.map((line) => line.replace(/^(问题|[A-Z][a-z]+)[:：]\s*/u, ''))
		.flatMap((line) => line.split(/(?<=[。？！?!])/u))
		.map((sentence) => sentence.trim())
		.filter((sentence) => [...sentence].filter((character) => HAN_WORD.test(character)).length >= 8);
}

let sources: Sources | undefined;

/** Reads the dictionary and the real sentences (about half a second, once per process). */
export function readSources(): Sources {
	if (sources !== undefined) return sources;
	const englishSentences = readEnglishCorpus();
	const counts = new Map<string, number>();
	for (const sentence of englishSentences) {
		for (const word of sentence.split(/[^A-Za-z']+/u)) {
			if (word.length >= 3) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + 1);
		}
	}
	sources = {
		chinese: wordTable(readJiebaDictionary()),
		english: wordTable([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
		chineseSentences: readEp26(),
		englishSentences,
	};
	return sources;
}

function pick<T>(list: readonly T[], next: () => number): T {
	const item = list[Math.floor(next() * list.length)];
	if (item === undefined) throw new Error('The bench has no sentences to draw from: is sources/onboard-26.txt there?');
	return item;
}

/** A sentence of about `words` words: Chinese by frequency, an English word now and then, a comma now and then. */
function drawnSentence(from: Sources, next: () => number, words: number): string {
	let text = '';
	for (let index = 0; index < words; index += 1) {
		if (next() < 0.07) text += ` ${drawWord(from.english, next)} `;
		else text += drawWord(from.chinese, next);
		if (index > 2 && index < words - 2 && next() < 0.08) text += '，';
	}
	return `${text.replace(/\s+/gu, ' ').trim()}${next() < 0.15 ? '？' : '。'}`;
}

/** A paragraph of about `length` characters: mostly drawn sentences, some real ones from EP26 and the English corpus. */
function paragraph(from: Sources, next: () => number, length: number): string {
	let text = '';
	while ([...text].length < length) {
		const kind = next();
		if (kind < 0.25) text += pick(from.chineseSentences, next);
		else if (kind < 0.3) text += ` ${pick(from.englishSentences, next)} `;
		else text += drawnSentence(from, next, 6 + Math.floor(next() * 14));
	}
	return text.replace(/\s+/gu, ' ').trim();
}

export interface ArchiveShape {
	/** Answers in the archive: two per question, 25 questions per episode (the last ones may have fewer). */
	answers: number;
	seed: number;
	/** Questions per episode (default 25). */
	questionsPerEpisode?: number;
}

const SPEAKERS = [
	{ id: 'host', name: 'Host' },
	{ id: 'guest-a', name: 'Guest A' },
	{ id: 'guest-b', name: 'Guest B' },
] as const;

/** The archive as the importer's model: one `Transcript` per episode. */
export function syntheticTranscripts(shape: ArchiveShape): Transcript[] {
	const from = readSources();
	const next = random(shape.seed);
	const perEpisode = shape.questionsPerEpisode ?? 25;
	const questions = Math.ceil(shape.answers / 2);
	const transcripts: Transcript[] = [];
	for (let e = 0; e * perEpisode < questions; e += 1) {
		const slug = `bench-${e + 1}`;
		const count = Math.min(perEpisode, questions - e * perEpisode);
		transcripts.push({
			episode: {
				slug,
				title: `第${e + 1}期：${drawnSentence(from, next, 4).slice(0, -1)}`,
				titleFrom: 'option',
				date: new Date(Date.UTC(2020, 0, 1 + e)).toISOString().slice(0, 10),
				dateFrom: 'option',
				lang: 'zh-CN',
				show: 'Bench Show',
			},
			speakers: SPEAKERS.map((speaker) => ({ ...speaker })),
			description: [{ line: 1, text: paragraph(from, next, 80) }],
			questions: Array.from({ length: count }, (_, q) => {
				const number = e * perEpisode + q;
				const speakers = number * 2 + 1 < shape.answers ? [1, 2] : [1];
				return {
					id: `q${q + 1}`,
					text: [{ line: 1, text: drawnSentence(from, next, 5 + Math.floor(next() * 10)) }],
					answers: speakers.map((index) => {
						const speakerId = SPEAKERS[index]?.id ?? 'guest-a';
						return {
							speakerId,
							anchor: `q${q + 1}-${speakerId}`,
							paragraphs: Array.from({ length: 2 + Math.floor(next() * 4) }, () => ({
								line: 1,
								text: paragraph(from, next, 60 + Math.floor(next() * 140)),
							})),
						};
					}),
				};
			}),
			metadataSources: [],
			dropped: [],
			unconfirmedSpeakers: [],
			timestamps: [],
			mergedSpeakers: [],
			openingMoved: [],
			labels: [],
			format: 'article',
			rule: { kind: 'question-labels', labels: [] },
			formatFrom: 'synthetic',
			cjkPunctuationChanges: 0,
		});
	}
	return transcripts;
}

/** One episode as a transcript file in the article format: title, date, description, then `问题：` and `Name：` paragraphs. */
export function transcriptText(transcript: Transcript): string {
	const names = new Map(transcript.speakers.map((speaker) => [speaker.id, speaker.name]));
	const lines = [transcript.episode.title, transcript.episode.date ?? '', ''];
	lines.push(...transcript.description.map((line) => line.text), '');
	for (const question of transcript.questions) {
		lines.push(`问题：${question.text.map((line) => line.text).join('')}`, '');
		for (const answer of question.answers) {
			answer.paragraphs.forEach((paragraph, index) => {
				lines.push(index === 0 ? `${names.get(answer.speakerId) ?? ''}：${paragraph.text}` : paragraph.text, '');
			});
		}
	}
	return lines.join('\n');
}

/** The files of one content root, `episodes/<slug>/…`, as the importer would write them. */
export function syntheticSite(shape: ArchiveShape): { path: string; content: string }[] {
	return syntheticTranscripts(shape).flatMap((transcript) =>
		renderEpisode(transcript).map((file: ContentFile) => ({
			path: `episodes/${transcript.episode.slug}/${file.path}`,
			content: file.content,
		})),
	);
}

/** A measure of a text's vocabulary: its distinct Latin words and pairs of adjacent Han characters. */
export function vocabulary(texts: Iterable<string>): Set<string> {
	const words = new Set<string>();
	for (const text of texts) {
		for (const match of text.matchAll(/[A-Za-z][A-Za-z']+|\p{Script=Han}+/gu)) {
			const run = match[0];
			if (!HAN_WORD.test(run)) words.add(run.toLowerCase());
			else for (let index = 0; index + 1 < run.length; index += 1) words.add(run.slice(index, index + 2));
		}
	}
	return words;
}
