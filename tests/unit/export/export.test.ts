import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { WebVTTParser } from 'webvtt-parser';
import { chaptersJson } from '../../../src/export/chapters.ts';
import { transcriptCues, type Cue } from '../../../src/export/cues.ts';
import { podcastTranscriptJson } from '../../../src/export/podcast-json.ts';
import { srt } from '../../../src/export/srt.ts';
import { webvtt } from '../../../src/export/webvtt.ts';
import type { Episode } from '../../../src/model/episode.ts';
import { readEpisode } from '../../../src/model/read-episode.ts';

/**
 * The transcript files, from episode folders read through the content model as the build
 * reads them (with the site's smart quotes), to the files in `tests/fixtures/export/<case>/`.
 * The e2e tests check that the variant build publishes these same files for timed-3.
 */
const typographer = unified().use(remarkSmartypants);
const typography = (tree: Root): void => void typographer.runSync(tree);

function readFolder(folder: string): Episode {
	const files = readdirSync(folder)
		.filter((name) => name.endsWith('.md'))
		.map((name) => ({ name, content: readFileSync(join(folder, name), 'utf8') }));
	return readEpisode(folder, files, { typography });
}

const SITE = 'https://example.org/transcripts/';
const questionPage = (episode: Episode) => (question: { id: string }) =>
	new URL(`${episode.slug}/${question.id}/`, SITE).href;

const cases = [
	{ name: 'timed-3', folder: 'tests/fixtures/site/content/episodes/timed-3' },
	{ name: 'escaping', folder: 'tests/fixtures/export/escaping/escaping-4' },
];

/** Cue text as a WebVTT parser gives it back: the three escapes undone. */
const unescape = (text: string): string =>
	text.replace(/&(amp|lt|gt);/gu, (_, name: string) => ({ amp: '&', lt: '<', gt: '>' })[name] ?? name);

describe.each(cases)('the transcript files of $name', ({ name, folder }) => {
	const episode = readFolder(folder);
	const cues = transcriptCues(episode) ?? [];
	const expected = (file: string): string => `../../fixtures/export/${name}/${file}`;

	it('has cues to write', () => {
		expect(cues.length).toBeGreaterThan(0);
	});

	it('writes the WebVTT file', async () => {
		await expect(webvtt(cues)).toMatchFileSnapshot(expected('transcript.vtt'));
	});

	it('writes the SRT file', async () => {
		await expect(srt(cues)).toMatchFileSnapshot(expected('transcript.srt'));
	});

	it('writes the Podcasting 2.0 JSON file', async () => {
		await expect(podcastTranscriptJson(cues)).toMatchFileSnapshot(expected('transcript.json'));
	});

	it('writes the chapters file', async () => {
		await expect(chaptersJson(episode, questionPage(episode))).toMatchFileSnapshot(expected('chapters.json'));
	});

	it('writes WebVTT that the W3C validator accepts, with every cue, speaker and word', () => {
		const parsed = new WebVTTParser().parse(webvtt(cues));
		expect(parsed.errors).toEqual([]);
		expect(parsed.cues.map((cue) => [cue.id, cue.startTime, cue.endTime])).toEqual(
			cues.map((cue) => [cue.id, cue.start, cue.end]),
		);
		for (const [index, cue] of parsed.cues.entries()) {
			const voice = cue.tree.children[0];
			expect(voice?.type === 'object' && voice.name === 'v' && unescape(voice.value)).toBe(cues[index]?.speaker);
			// The tree reads `&amp;` as `&;` (w3c/webvtt.js#36), so the text is checked as written.
			expect(unescape(cue.text.replace(/^<v [^>]*>/u, ''))).toBe(cues[index]?.lines.join('\n'));
		}
	});
});

describe('transcriptCues', () => {
	const escaping = transcriptCues(readFolder('tests/fixtures/export/escaping/escaping-4')) ?? [];

	it('makes one cue per timed paragraph, and keeps a paragraph without a time in the cue before it', () => {
		expect(escaping.slice(0, 2)).toMatchObject([
			{ id: 'markup-bob', start: 1, end: 5.25, speaker: 'Bob & Co' },
			{
				id: 'markup-bob.2',
				start: 5.25,
				end: 9.5,
				lines: [
					// The site's smart punctuation made `--` a dash, as on the page.
					'An arrow —> in the middle, and & written out.',
					'A paragraph without a time stays with the one before.',
				],
			},
		]);
	});

	it('makes one cue of an answer without paragraph times, ending when the next cue starts', () => {
		expect(escaping[2]).toMatchObject({ id: 'markup-ada', start: 10, end: 20, speaker: 'Ada <Host>' });
	});

	it('joins paragraphs that start at the same time into one cue', () => {
		expect(escaping[3]).toMatchObject({ start: 20, end: 31.5, lines: ['同一时间的两段合成一个字幕。', '第二段。'] });
	});

	it('lets a cue without an end last as long as its words take to say', () => {
		const last = escaping.at(-1);
		// 17 words at three a second.
		expect(last && last.end - last.start).toBeCloseTo(17 / 3, 3);
	});

	it('counts each Chinese character as a word', () => {
		const cues = transcriptCues(
			readEpisode('content/episodes/zh', [
				{ name: 'episode.md', content: '---\ntitle: 中文\nlang: zh-CN\nspeakers:\n  - id: a\n    name: 甲\n---\n' },
				{
					name: '01-q.md',
					content: `---\nid: q\norder: 1\nquestion: 问?\n---\n\n:::answer{#q-a speaker=a start=0}\n${'字'.repeat(30)}\n:::\n`,
				},
			]),
		);
		expect(cues?.[0]?.end).toBe(10);
	});

	it('exports nothing for an episode without times, such as an article', () => {
		const untimed = readFolder('content/episodes/onboard-26');
		expect(transcriptCues(untimed)).toBeUndefined();
	});

	it('exports nothing when one answer has no time, rather than inventing one', () => {
		const episode = readFolder('tests/fixtures/export/escaping/escaping-4');
		const [first] = episode.questions;
		const answer = first?.answers[1];
		if (answer) answer.start = undefined;
		expect(transcriptCues(episode)).toBeUndefined();
	});

	it('exports nothing when the times go back, which caption files do not allow', () => {
		const episode = readFolder('tests/fixtures/export/escaping/escaping-4');
		const answer = episode.questions[1]?.answers[0];
		if (answer) answer.paragraphStarts = [20, 20, 3];
		expect(transcriptCues(episode)).toBeUndefined();
	});
});

describe('escaping', () => {
	const cue: Cue = {
		id: 'a',
		start: 0,
		end: 1.5,
		speaker: 'Bob & <Co>',
		lines: ['a & b <i>c</i> d > e --> f', 'second\nline'],
	};

	it('escapes &, < and > in WebVTT text and speaker names, so no cue holds -->', () => {
		expect(webvtt([cue])).toBe(
			'WEBVTT\n\na\n00:00:00.000 --> 00:00:01.500\n' +
				'<v Bob &amp; &lt;Co&gt;>a &amp; b &lt;i&gt;c&lt;/i&gt; d &gt; e --&gt; f\nsecond line\n',
		);
	});

	it('writes SRT text as it is, but breaks --> with a word joiner', () => {
		expect(srt([cue])).toBe(
			'1\n00:00:00,000 --> 00:00:01,500\nBob & <Co>: a & b <i>c</i> d > e --\u2060> f\nsecond line\n',
		);
	});

	it('leaves JSON escaping to JSON', () => {
		expect(JSON.parse(podcastTranscriptJson([cue]))).toEqual({
			version: '1.0.0',
			segments: [
				{ speaker: 'Bob & <Co>', startTime: 0, endTime: 1.5, body: 'a & b <i>c</i> d > e --> f\nsecond\nline' },
			],
		});
	});
});
