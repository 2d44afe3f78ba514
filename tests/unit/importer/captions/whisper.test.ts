import { describe, expect, it } from 'vitest';
import { captionFailure as failure } from './failure.ts';
import {
	detectTranscriptFormat,
	readCaptions,
	type CaptionTranscript,
} from '../../../../src/importer/captions/index.ts';
import { planImport } from '../../../../src/importer/plan.ts';

async function read(text: string, file: string): Promise<CaptionTranscript> {
	return (await readCaptions(text, file)) ?? expect.fail(`${file} was read as text`);
}

const segment = (start: number, end: number, text: string, extra = ''): string =>
	`{"id": 0, "seek": 0, "start": ${start}, "end": ${end}, "text": ${JSON.stringify(text)}${extra}}`;

describe('Whisper JSON', () => {
	it('is told from Podcasting 2.0 JSON by the keys of its segments', async () => {
		const whisper = `{"text": " Hi.", "segments": [${segment(0, 1, ' Hi.')}], "language": "en"}`;
		expect(detectTranscriptFormat(whisper, 'episode')).toBe('json');
		expect((await read(whisper, 'episode.json')).cues).toEqual([{ start: 0, end: 1, text: 'Hi.', line: 1 }]);
	});

	it('reads one cue per word when the word times spell out the segment', async () => {
		const words =
			', "words": [{"word": " Hello", "start": 0.0, "end": 0.4}, {"word": " there.", "start": 0.5, "end": 0.9}]';
		const { cues } = await read(`{"segments": [${segment(0, 1, ' Hello there.', words)}], "language": "en"}`, 'a.json');
		expect(cues.map(({ start, end, text }) => [start, end, text])).toEqual([
			[0, 0.4, ' Hello'],
			[0.5, 0.9, ' there.'],
		]);
	});

	it('reads the segment whole when its words do not spell out its text', async () => {
		const words = ', "words": [{"word": " Hello", "start": 0.0, "end": 0.4}]';
		const { cues } = await read(`{"segments": [${segment(0, 1, ' Hello there.', words)}]}`, 'a.json');
		expect(cues.map((cue) => cue.text)).toEqual(['Hello there.']);
	});

	it('gives the language Whisper heard to the episode, when no --lang is given', async () => {
		// Mostly English words: detection from the text alone would say `en`.
		const text = `{"segments": [${segment(0, 3, '我们用 GPU cluster 跑 inference benchmark')}], "language": "zh"}`;
		const captions = await read(text, 'zh.json');
		expect(captions.language).toBe('zh');
		const plan = planImport(new TextEncoder().encode(text), { file: 'zh.json', captions });
		expect(plan.report.episode.lang).toBe('zh-CN');
		const overridden = planImport(new TextEncoder().encode(text), { file: 'zh.json', captions, lang: 'en' });
		expect(overridden.report.episode.lang).toBe('en');
	});

	it('names the field and line of a segment of the wrong shape', async () => {
		const text = `{"text": "",\n "segments": [\n  ${segment(0, 1, ' Hi.')},\n  {"id": 1, "start": "0:01", "end": 2, "text": " Bye."}\n ],\n "language": "en"}`;
		expect(await failure(text, 'episode.json')).toMatchInlineSnapshot(
			`"episode.json:4: InvalidCaptionFile: \`segments.1.start\` at line 4 is not what a Whisper JSON transcript holds: Invalid input: expected number, received string. Nothing was written. Fix it (a Whisper transcript is \`{"text": "…", "segments": [{"id": 0, "start": 0.0, "end": 4.2, "text": " …", "words": [{"word": " …", "start": 0.0, "end": 0.4}]}], "language": "en"}\`, times in seconds) and import the file again."`,
		);
	});

	it('names the line of a syntax error in a Whisper JSON file', async () => {
		const text = `{"text": " Hi.",\n "segments": [\n  ${segment(0, 1, ' Hi.')},\n ],\n "language": "en"}`;
		expect(await failure(text, 'episode.json')).toMatchInlineSnapshot(
			`"episode.json:4: InvalidCaptionFile: The JSON transcript is not valid JSON at line 4: a value is expected (is there a trailing comma?). Nothing was written. Fix the JSON and import the file again."`,
		);
	});

	it('refuses a segment that ends before it starts', async () => {
		const text = `{"segments": [\n${segment(0, 1, ' Hi.')},\n${segment(5, 2, ' Bye.')}\n]}`;
		expect(await failure(text, 'episode.json')).toMatchInlineSnapshot(
			`"episode.json:3: InvalidCaptionFile: Segment 2 at line 3 ends (\`2\`) before it starts (\`5\`). Nothing was written. Fix its \`start\` and \`end\` (seconds) and import the file again."`,
		);
	});

	it('reads its .vtt (times without hours) and .srt as captions of one unnamed speaker', async () => {
		const vtt =
			'WEBVTT\n\n00:00.000 --> 00:02.100\n我们把 CI 迁到了 ARM。\n\n00:02.100 --> 00:04.900\n成本降了一半。\n';
		const srt =
			'1\n00:00:00,000 --> 00:00:02,100\n我们把 CI 迁到了 ARM。\n\n2\n00:00:02,100 --> 00:00:04,900\n成本降了一半。\n';
		for (const [text, file] of [
			[vtt, 'episode.vtt'],
			[srt, 'episode.srt'],
		] as const) {
			const captions = await read(text, file);
			const plan = planImport(new TextEncoder().encode(text), { file, captions });
			expect(plan.report.episode.speakers).toEqual([{ id: 'shuohuaren', name: '说话人' }]);
			expect(captions.cues.map(({ start, text: words }) => [start, words])).toEqual([
				[0, '我们把 CI 迁到了 ARM。'],
				[2.1, '成本降了一半。'],
			]);
		}
	});
});
