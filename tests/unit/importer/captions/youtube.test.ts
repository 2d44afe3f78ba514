import { describe, expect, it } from 'vitest';
import { joinCues, readCaptions, type Cue } from '../../../../src/importer/captions/index.ts';
import { planImport } from '../../../../src/importer/plan.ts';

async function cuesOf(text: string): Promise<Cue[]> {
	const captions = (await readCaptions(text, 'episode.en.vtt')) ?? expect.fail('read as text');
	return captions.cues;
}

const header = 'WEBVTT\nKind: captions\nLanguage: en\n\n';

describe('YouTube automatic captions', () => {
	it('reads each word of the rolling lines once, in order', async () => {
		const cues = await cuesOf(
			`${header}00:00:00.000 --> 00:00:02.000 align:start position:0%\n \nhello<00:00:00.500><c> there</c>\n\n` +
				`00:00:02.000 --> 00:00:02.010 align:start position:0%\nhello there\n \n\n` +
				`00:00:02.010 --> 00:00:04.000 align:start position:0%\nhello there\nhow<00:00:02.400><c> are</c><00:00:02.800><c> you</c>\n`,
		);
		expect(cues.map((cue) => cue.text)).toEqual(['hello', ' there', 'how', ' are', ' you']);
	});

	it('starts each word at its inline time, and the first of a line at its cue start', async () => {
		const cues = await cuesOf(
			`${header}00:00:01.000 --> 00:00:03.000 align:start position:0%\n \nwe<00:00:01.360><c> ship</c>\n`,
		);
		expect(cues.map(({ start, line }) => [start, line])).toEqual([
			[1, 5],
			[1.36, 5],
		]);
		expect(cues.at(-1)?.end).toBe(3);
	});

	it('keeps a line said again when it comes with word times of its own', async () => {
		const cues = await cuesOf(
			`${header}00:00:00.000 --> 00:00:01.000\n \nyes<00:00:00.500><c> yes</c>\n\n` +
				`00:00:01.000 --> 00:00:02.000\nyes yes\nyes<00:00:01.500><c> yes</c>\n`,
		);
		expect(cues.map((cue) => cue.text.trim())).toEqual(['yes', 'yes', 'yes', 'yes']);
	});

	it('keeps an untimed line such as [Music] once, though the next cue repeats it', async () => {
		const cues = await cuesOf(
			`${header}00:00:00.000 --> 00:00:02.000\n \n[Music]\n\n00:00:02.000 --> 00:00:02.010\n[Music]\n \n\n` +
				`00:00:02.010 --> 00:00:04.000\n[Music]\nso<00:00:02.400><c> then</c>\n`,
		);
		expect(cues.map((cue) => cue.text.trim())).toEqual(['[Music]', 'so', 'then']);
	});

	it('starts a paragraph at the first word after a pause, at that word’s time', async () => {
		const cues = await cuesOf(
			`${header}00:00:00.000 --> 00:00:06.000\n \nthat<00:00:00.300><c> is</c><00:00:00.500><c> all.</c><00:00:03.200><c> next</c><00:00:03.500><c> topic</c>\n`,
		);
		const [turn] = joinCues(cues);
		expect(turn?.paragraphs.map(({ start, text }) => [start, text])).toEqual([
			[0, 'that is all.'],
			[3.2, 'next topic'],
		]);
	});

	it('reads a WebVTT file without inline word times cue by cue, as before', async () => {
		const cues = await cuesOf(
			'WEBVTT\n\n00:00.000 --> 00:01.000\nhello there\n\n00:01.000 --> 00:02.000\nhello there\n',
		);
		expect(cues.map((cue) => cue.text)).toEqual(['hello there', 'hello there']);
	});

	it('gives the language of its Language: header to the episode', async () => {
		const text =
			'WEBVTT\nKind: captions\nLanguage: zh-Hans\n\n00:00:00.000 --> 00:00:02.000\n \nGPU<00:00:00.500><c> cluster</c>\n';
		const captions = (await readCaptions(text, 'a.zh-Hans.vtt')) ?? expect.fail('read as text');
		expect(captions.language).toBe('zh-Hans');
		const plan = planImport(new TextEncoder().encode(text), { file: 'a.zh-Hans.vtt', captions });
		expect(plan.report.episode.lang).toBe('zh-CN');
	});
});
