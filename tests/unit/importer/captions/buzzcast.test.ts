import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cueWords, joinCues, readCaptions, type Cue } from '../../../../src/importer/captions/index.ts';

const folder = new URL('../../../fixtures/corpus/transcriptator/', import.meta.url);

async function cuesOf(file: string): Promise<Cue[]> {
	return (await readCaptions(readFileSync(new URL(file, folder), 'utf8'), file))?.cues ?? [];
}

const words = (cues: readonly Cue[]) => cueWords(cues).map((word) => word.toLowerCase());
const turnSpeakers = (cues: readonly Cue[]) => joinCues(cues).map((turn) => turn.speaker?.toLowerCase());

describe('Buzzcast in three formats', () => {
	it('gives the same speakers, turn by turn, from SRT, JSON and HTML', async () => {
		const [srt, json, html] = await Promise.all(['buzzcast.srt', 'buzzcast.json', 'buzzcast.html'].map(cuesOf));
		expect(turnSpeakers(srt ?? [])).toHaveLength(34);
		expect(turnSpeakers(json ?? [])).toEqual(turnSpeakers(srt ?? []));
		expect(turnSpeakers(html ?? [])).toEqual(turnSpeakers(srt ?? []));
	});

	it('gives the same words in the same order from SRT, JSON and HTML', async () => {
		const [srt = [], json = [], html = []] = await Promise.all(
			['buzzcast.srt', 'buzzcast.json', 'buzzcast.html'].map(cuesOf),
		);
		expect(words(json)).toEqual(words(srt));
		// The source files differ at the end: the SRT and JSON stop at 28:04 mid-sentence
		// (`…hopefully will`), the HTML goes on to the end of that paragraph.
		const srtWords = words(srt);
		expect(words(html).slice(0, srtWords.length)).toEqual(srtWords);
		expect(words(html).slice(srtWords.length).join(' ')).toBe(
			'give you some okay answers alright so the first question alban i want to see this off to you first because you re going to be the best person to answer this question this is from arielle she asks why is alban the coolest no',
		);
	});

	it('starts each HTML paragraph at its SRT turn’s start, to the second', async () => {
		const [srt, html] = await Promise.all(['buzzcast.srt', 'buzzcast.html'].map(cuesOf));
		const srtStarts = joinCues(srt ?? []).map((turn) => Math.floor(turn.start ?? NaN));
		const htmlStarts = joinCues(html ?? []).map((turn) => turn.start);
		expect(htmlStarts).toEqual(srtStarts);
	});
});
