/**
 * Synthetic episodes for the benchmark: Chinese questions and answers with English terms,
 * drawn from a seeded generator so that every run builds the same site. The vocabulary is
 * large and varied on purpose: Pagefind's time and memory grow with the vocabulary, and a
 * small one would flatter it.
 */
import { renderEpisode, type ContentFile } from '../src/importer/markdown.ts';
import type { Transcript } from '../src/importer/transcript.ts';

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

// The common range of CJK Unified Ideographs; random pairs of them make varied "words".
const HAN_START = 0x4e00;
const HAN_SIZE = 0x2000;
const TERMS = [
	'GPU',
	'fine-tune',
	'pre-train',
	'model',
	'dataset',
	'API',
	'inference',
	'token',
	'benchmark',
	'latency',
];

function sentence(next: () => number, length: number): string {
	let text = '';
	while ([...text].length < length) {
		const word = String.fromCodePoint(
			HAN_START + Math.floor(next() * HAN_SIZE),
			HAN_START + Math.floor(next() * HAN_SIZE),
		);
		text += next() < 0.08 ? ` ${TERMS[Math.floor(next() * TERMS.length)]} ` : word;
		if (next() < 0.06) text += '，';
	}
	return `${text}。`;
}

export interface SiteShape {
	episodes: number;
	questionsPerEpisode: number;
	/** Characters per answer, roughly. */
	answerLength: number;
	seed: number;
}

/** The files of one content root: `episodes/<slug>/…`, as the importer would write them. */
export function syntheticSite(shape: SiteShape): { path: string; content: string }[] {
	const next = random(shape.seed);
	const files: { path: string; content: string }[] = [];
	const speakers = [
		{ id: 'host', name: 'Host' },
		{ id: 'guest-a', name: 'Guest A' },
		{ id: 'guest-b', name: 'Guest B' },
	];
	for (let e = 0; e < shape.episodes; e += 1) {
		const slug = `bench-${e + 1}`;
		const transcript: Transcript = {
			episode: {
				slug,
				title: `第${e + 1}期：${sentence(next, 12)}`,
				titleFrom: 'option',
				date: new Date(Date.UTC(2020, 0, 1 + e)).toISOString().slice(0, 10),
				dateFrom: 'option',
				lang: 'zh-CN',
				show: 'Bench Show',
			},
			speakers,
			description: [{ line: 1, text: sentence(next, 80) }],
			questions: Array.from({ length: shape.questionsPerEpisode }, (_, q) => ({
				id: `q${q + 1}`,
				text: [{ line: 1, text: sentence(next, 30) }],
				answers: [1, 2].map((speaker) => ({
					speakerId: speakers[speaker]?.id ?? 'guest-a',
					anchor: `q${q + 1}-${speakers[speaker]?.id ?? 'guest-a'}`,
					paragraphs: Array.from({ length: 3 }, () => ({ line: 1, text: sentence(next, shape.answerLength / 6) })),
				})),
			})),
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
		};
		files.push(
			...renderEpisode(transcript).map((file: ContentFile) => ({
				path: `episodes/${slug}/${file.path}`,
				content: file.content,
			})),
		);
	}
	return files;
}
