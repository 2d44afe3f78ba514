import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	captionWords,
	cueWords,
	detectTranscriptFormat,
	joinCues,
	readCaptions,
	type TranscriptFormat,
} from '../../../../src/importer/captions/index.ts';
import { renderTurns } from './render.ts';

const folder = new URL('../../../fixtures/corpus/transcriptator/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, folder), 'utf8');

interface Expected {
	format: TranscriptFormat;
	cues: number;
	speakers: (string | undefined)[];
	first: { start: number; text: string };
	lastStart: number;
}

// Read off the files by hand: the first and last timing line, `<time>` or segment, the
// `<v>`, `Name:`, `<cite>` and `speaker` values, and the number of `-->` lines, `<p>`s or
// segments with text.
const corpus: Record<string, Expected> = {
	'LaLaLand.vtt': {
		format: 'vtt',
		cues: 493,
		// `Subtitles:` and `Say after me:` occur once each: text, not speakers.
		speakers: [undefined],
		first: { start: 0.001, text: 'Subtitles: @marlonrock1986 (^^V^^)' },
		lastStart: 40 * 60 + 16.101,
	},
	'kde_express-16_kde_en_telegram.vtt': {
		format: 'vtt',
		cues: 22,
		speakers: [undefined],
		first: {
			start: 0,
			text: 'Buenas, bienvenidas de vuelta a KDE Express. Esta vez para no perder el ritmo volvemos a la',
		},
		lastStart: 2 * 60 + 15.4,
	},
	'podnews_daily_2024-01-25.vtt': {
		format: 'vtt',
		cues: 44,
		speakers: ['SPEAKER_1'],
		first: {
			start: 0.86,
			text: "Podcasting is coming back to New Zealand again, the latest from podnews.net with Hindenburg Pro's auto levels.",
		},
		lastStart: 3 * 60 + 44.1,
	},
	'podnews_weekly_review_2024-01-19.vtt': {
		format: 'vtt',
		cues: 189,
		speakers: ['SPEAKER_1', 'SPEAKER_2', 'SPEAKER_3', 'SPEAKER_4'],
		first: { start: 0, text: "It's Friday, the 19th of January, 2024." },
		lastStart: 14 * 60 + 10.72,
	},
	'buzzcast.srt': {
		format: 'srt',
		cues: 488,
		speakers: ['Alban', 'Dave', 'Kevin', 'Tom', 'Travis'],
		first: { start: 0, text: 'It is so stinking nice to like, show up and record this' },
		lastStart: 28 * 60 + 0.049,
	},
	'podcasting_20_episode_124.srt': {
		format: 'srt',
		cues: 646,
		speakers: ['Adam Curry', 'Dave Jones', 'Unknown'],
		first: { start: 0.78, text: 'podcasting 2.0 March 4 2023 Episode 124 on D flat' },
		lastStart: 37 * 60 + 33,
	},
	'buzzcast.json': {
		format: 'json',
		cues: 959,
		speakers: ['Alban', 'Dave', 'Kevin', 'Tom', 'Travis'],
		first: { start: 0, text: 'It is so stinking nice to' },
		lastStart: 1680.05,
	},
	'how_to_start_a_podcast.json': {
		format: 'json',
		cues: 2442,
		speakers: ['Eric', 'Travis'],
		first: { start: 0.3, text: 'Hey,' },
		lastStart: 710.39,
	},
	'one_word_segments.json': {
		format: 'json',
		cues: 392,
		speakers: ['Eric', 'Travis'],
		first: { start: 0.3, text: 'Hey,' },
		lastStart: 117.561,
	},
	'podnews_weekly_review_2023-05-05.json': {
		format: 'json',
		cues: 122,
		speakers: ['Chris Quamme Rhoden', 'James C', 'Jingles', 'Nick Hilton', 'Sam Sethi'],
		first: { start: 0.035, text: "it's Friday, the 5th of" },
		lastStart: 206.694,
	},
	'podnews_weekly_review_2023-06-02.json': {
		format: 'json',
		// 39 segments, 18 of them a lone space.
		cues: 21,
		speakers: ['Speaker 1', 'Speaker 2'],
		first: { start: 0.221, text: "It's" },
		lastStart: 8.468,
	},
	'buzzcast.html': {
		format: 'html',
		cues: 34,
		speakers: ['Alban', 'Dave', 'Kevin', 'Tom', 'Travis'],
		first: {
			start: 0,
			text: "It is so stinking nice to like, show up and record this show. And Travis has already put together an outline. Kevin's got suggestions, I throw my thoughts into the mix. And then Travis goes and does all the work from there, too. It's out into the wild. And I don't see anything. That's an absolute joy for at least two thirds of the team. Yeah, I mean, exactly.",
		},
		lastStart: 27 * 60 + 41,
	},
	'podnews_weekly_review_2023-03-17.html': {
		format: 'html',
		cues: 9,
		// The first paragraph comes before any `<cite>`.
		speakers: ['Jingle', 'Norma-Jean Belenky', undefined],
		first: {
			start: 0,
			text: "Hello. And just before we start, I'm gonna sound a little bit different in this episode because I discovered that I had magically recorded myself using my inbuilt microphone on my MacBook Air. Brilliant. So you can imagine how rubbish that was. However, thanks to the tools at Adobe Podcast, I no longer sound like this. It's Friday the 17th of March, 2023, but now I sound like this. It's Friday, the 17th of March, 2023. The last word in podcasting news. This is the Pod News Weekly review with James Cridlin and Sam Sethy. I'm James Cridlin, the editor of Pod News. And I'm Courtney Kosack from the podcast, besties Newsletter, and now podcast. Yes, uh, Sam is away skiing Las Vegas last week. Kits Bull in Switzerland this week. It's, uh, it's a difficult life, isn't it, for some people in the chapters today. Apple and Spotify are both number one. It just depends what you look at. Uh, the winners of the ihearts Podcast Awards and who didn't win there or at the MBEs. And also, hello, I'm",
		},
		lastStart: 18 * 60 + 50,
	},
};

describe('the transcriptator corpus', () => {
	it('reads every corpus file with the speakers and start times it holds', async () => {
		for (const [file, expected] of Object.entries(corpus)) {
			const text = read(file);
			expect(detectTranscriptFormat(text, file), file).toBe(expected.format);
			// Content decides, not the name: the same text under a neutral name reads the same.
			expect(detectTranscriptFormat(text, 'transcript'), file).toBe(expected.format);
			const transcript = await readCaptions(text, file);
			const cues = transcript?.cues ?? [];
			expect(cues.length, file).toBe(expected.cues);
			const speakers = [...new Set(cues.map((cue) => cue.speaker))].sort();
			expect(speakers, file).toEqual(expected.speakers);
			expect(cues[0]?.start, file).toBeCloseTo(expected.first.start, 3);
			expect(cues[0]?.text, file).toBe(expected.first.text);
			expect(cues.at(-1)?.start, file).toBeCloseTo(expected.lastStart, 3);
		}
	});

	it('keeps the README and licence as text', () => {
		expect(detectTranscriptFormat(read('README.md'), 'README.md')).toBe('text');
		expect(detectTranscriptFormat(read('LICENSE.md'), 'LICENSE.md')).toBe('text');
	});

	it.each(Object.keys(corpus))('joins %s into turns holding exactly the words of its cues', async (file) => {
		const cues = (await readCaptions(read(file), file))?.cues ?? [];
		const turns = joinCues(cues);
		const turnWords = turns.flatMap((turn) => turn.paragraphs.flatMap((paragraph) => captionWords(paragraph.text)));
		expect(turnWords).toEqual(cueWords(cues));
		await expect(renderTurns(turns)).toMatchFileSnapshot(`../../../fixtures/corpus/transcriptator/expected/${file}.md`);
	});

	it('gives each cue the line its block starts on', async () => {
		const srt = (await readCaptions(read('podcasting_20_episode_124.srt'), 'podcasting_20_episode_124.srt'))?.cues;
		expect(srt?.slice(0, 2).map((cue) => cue.line)).toEqual([1, 6]);
		const vtt = (await readCaptions(read('LaLaLand.vtt'), 'LaLaLand.vtt'))?.cues;
		expect(vtt?.slice(0, 2).map((cue) => cue.line)).toEqual([3, 7]);
		const json = (await readCaptions(read('one_word_segments.json'), 'one_word_segments.json'))?.cues;
		expect(json?.slice(0, 2).map((cue) => cue.line)).toEqual([4, 10]);
		const html = (await readCaptions(read('buzzcast.html'), 'buzzcast.html'))?.cues;
		expect(html?.slice(0, 2).map((cue) => cue.line)).toEqual([3, 6]);
	});

	it('carries an SRT label over the cues after it until the next label', async () => {
		const cues = (await readCaptions(read('podcasting_20_episode_124.srt'), 'podcasting_20_episode_124.srt'))?.cues;
		expect(cues?.slice(9, 13).map(({ speaker, text }) => ({ speaker, text }))).toEqual([
			{ speaker: 'Adam Curry', text: 'hello to my friend on the other end. Ladies and gentlemen, Mr.' },
			{ speaker: 'Adam Curry', text: 'Dave Jones.' },
			{ speaker: 'Unknown', text: 'Adam Clark curry. Yes.' },
			{ speaker: 'Dave Jones', text: "Don't for one day. Party." },
		]);
	});

	it('decodes entities in SRT and HTML alike', async () => {
		const srt = (await readCaptions(read('buzzcast.srt'), 'buzzcast.srt'))?.cues ?? [];
		const html = (await readCaptions(read('buzzcast.html'), 'buzzcast.html'))?.cues ?? [];
		expect(srt.some((cue) => cue.text.includes('Podcasting, Q&A'))).toBe(true);
		expect(html.some((cue) => cue.text.includes('Podcasting, Q&A and other'))).toBe(true);
		expect(html.some((cue) => cue.text.includes('&amp;'))).toBe(false);
	});
});
