import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captionFailure as failure } from './failure.ts';
import { readCaptions } from '../../../../src/importer/captions/index.ts';

const fixtures = new URL('../../../fixtures/captions/', import.meta.url);

describe('malformed caption files', () => {
	it('names the WebVTT cue the validator rejects, with its line, and writes nothing', async () => {
		const text = readFileSync(new URL('malformed-vtt/input.vtt', fixtures), 'utf8');
		expect(await failure(text, 'malformed.vtt')).toMatchInlineSnapshot(
			`"malformed.vtt:8: InvalidCaptionFile: Cue 2 (\`00:00:02.000 --> 00:00:0x.500\`, line 8) is not valid WebVTT: Must be exactly two digits (line 8, column 25). Nothing was written. Fix the file (a cue is an optional identifier line, a \`start --> end\` line and its text, with a blank line before the next cue) and import it again."`,
		);
	});

	it('names the SRT cue the reader would have dropped', async () => {
		const text = readFileSync(new URL('malformed-srt/input.srt', fixtures), 'utf8');
		expect(await failure(text, 'malformed.srt')).toMatchInlineSnapshot(
			`"malformed.srt:6: InvalidCaptionFile: Cue 2 (numbered \`2\`) at line 6 was not read: its arrow is not \`-->\`: \`00:00:02,000 -> 00:00:04,000\`. Nothing was written. Write it as a number, a \`hh:mm:ss,ttt --> hh:mm:ss,ttt\` line and its text, with a blank line before the next cue, and import the file again."`,
		);
	});

	it('names an SRT cue without a blank line before it', async () => {
		const text = '1\n00:00:00,000 --> 00:00:01,000\nHello.\n2\n00:00:02,000 --> 00:00:03,000\nAgain.\n';
		expect(await failure(text, 'crowded.srt')).toMatchInlineSnapshot(
			`"crowded.srt:5: InvalidCaptionFile: Cue 2 (numbered \`2\`) at line 5 was not read: there is no blank line before it: \`00:00:02,000 --> 00:00:03,000\`. Nothing was written. Write it as a number, a \`hh:mm:ss,ttt --> hh:mm:ss,ttt\` line and its text, with a blank line before the next cue, and import the file again."`,
		);
	});

	it('names an SRT cue that ends before it starts', async () => {
		const text = '1\n00:00:05,000 --> 00:00:01,000\nBackwards.\n';
		expect(await failure(text, 'backwards.srt')).toMatchInlineSnapshot(
			`"backwards.srt:2: InvalidCaptionFile: Cue 1 (numbered \`1\`) at line 2 was not read: it does not end after it starts: \`00:00:05,000 --> 00:00:01,000\`. Nothing was written. Write it as a number, a \`hh:mm:ss,ttt --> hh:mm:ss,ttt\` line and its text, with a blank line before the next cue, and import the file again."`,
		);
	});

	it('says where a WebVTT file misses its header', async () => {
		expect(await failure('00:00.000 --> 00:01.000\nHello.\n', 'headless.vtt')).toMatchInlineSnapshot(
			`"headless.vtt:1: InvalidCaptionFile: The file is not valid WebVTT: No valid signature. (File needs to start with "WEBVTT".) (line 1) (and 1 more problem). Nothing was written. Fix the file (a cue is an optional identifier line, a \`start --> end\` line and its text, with a blank line before the next cue) and import it again."`,
		);
	});

	it('says where JSON is not valid JSON', async () => {
		const text = '{"version": "1.0.0", "segments": [\n  {"startTime": 0, "body": "Hi"},\n]}\n';
		expect(await failure(text, 'trailing-comma.json')).toMatchInlineSnapshot(
			`"trailing-comma.json:3: InvalidCaptionFile: The JSON transcript is not valid JSON at line 3: a value is expected (is there a trailing comma?). Nothing was written. Fix the JSON and import the file again."`,
		);
	});

	it('names the segment field of the wrong type, with its line', async () => {
		const text =
			'{"version": "1.0.0", "segments": [\n  {"speaker": "Alban", "startTime": 0, "body": "Hi"},\n  {"speaker": "Kevin", "startTime": "0:05", "body": "Hello"}\n]}\n';
		expect(await failure(text, 'string-time.json')).toMatchInlineSnapshot(
			`"string-time.json:3: InvalidCaptionFile: \`segments.1.startTime\` at line 3 is not what a Podcasting 2.0 JSON transcript holds: Invalid input: expected number, received string. Nothing was written. Fix it (a Podcasting 2.0 transcript is \`{"version": "1.0.0", "segments": [{"speaker": "…", "startTime": 0.5, "endTime": 1.2, "body": "…"}]}\`, times in seconds) and import the file again."`,
		);
	});

	it('says an HTML transcript needs <time> elements', async () => {
		expect(await failure('<html><body><p>Just a page.</p></body></html>', 'page.html')).toMatchInlineSnapshot(
			`"page.html: InvalidCaptionFile: The HTML file has no \`<time>\` elements, so it is not a Podcasting 2.0 HTML transcript. Nothing was written. Give each paragraph a \`<cite>\` speaker and a \`<time>\` start (e.g. \`<cite>Alban:</cite> <time>0:42</time> <p>…</p>\`), or import the text as a plain transcript."`,
		);
	});

	it('names a <time> that is not a time', async () => {
		const text = '<cite>Alban:</cite>\n<time>soon</time>\n<p>Hello.</p>\n';
		expect(await failure(text, 'bad-time.html')).toMatchInlineSnapshot(
			`"bad-time.html:2: InvalidCaptionFile: The \`<time>\` at line 2 holds \`soon\`, which is not a time. Nothing was written. Write it as \`m:ss\` or \`h:mm:ss\` (e.g. \`1:07\`) and import the file again."`,
		);
	});
});

describe('files that are valid though not strict', () => {
	it('reads timestamps without hours or minutes, as podnews writes them', async () => {
		const text = 'WEBVTT\n\n0.860 --> 7.380\n<v SPEAKER_1>One.\n\n1:01.460 --> 1:11.360\n<v SPEAKER_1>Two.\n';
		const cues = (await readCaptions(text, 'podnews.vtt'))?.cues;
		expect(cues?.map((cue) => [cue.start, cue.end])).toEqual([
			[0.86, 7.38],
			[61.46, 71.36],
		]);
	});

	it('reads a bare & in WebVTT as the character, as browsers do', async () => {
		const text = 'WEBVTT\n\n00:00.000 --> 00:01.000\nTapas & Tunes &amp; more\n';
		expect((await readCaptions(text, 'amp.vtt'))?.cues[0]?.text).toBe('Tapas & Tunes & more');
	});

	it('reads CRLF line endings and a byte order mark with the same line numbers', async () => {
		const text =
			'\uFEFF1\r\n00:00:00,000 --> 00:00:01,000\r\nAlban: Hi.\r\n\r\n2\r\n00:00:01,000 --> 00:00:02,000\r\nKevin: Hello.\r\n\r\n3\r\n00:00:02,000 --> 00:00:03,000\r\nAlban: Bye.\r\n';
		const cues = (await readCaptions(text, 'windows.srt'))?.cues;
		expect(cues?.map(({ speaker, line }) => [speaker, line])).toEqual([
			['Alban', 1],
			['Kevin', 5],
			['Alban', 9],
		]);
	});

	it('splits a cue with two voices into two cues', async () => {
		const text = 'WEBVTT\n\n00:00.000 --> 00:02.000\n<v Alban>Hi.</v> <v Kevin>Hello.</v>\n';
		const cues = (await readCaptions(text, 'two.vtt'))?.cues;
		expect(cues?.map(({ speaker, text: words }) => [speaker, words])).toEqual([
			['Alban', 'Hi.'],
			['Kevin', 'Hello.'],
		]);
	});
});
