/**
 * Cues as a WebVTT file (https://www.w3.org/TR/webvtt1/), the format Apple Podcasts ingests
 * and browsers play: each cue names its speaker in a voice span, `<v Guest>`.
 *
 * Cue text is markup: `&`, `<` and `>` are written as `&amp;`, `&lt;` and `&gt;`, in the text
 * and in the speaker's name, so that text like `<like this>` is not read as a tag and `-->`
 * cannot appear in a cue. Line breaks inside a line become spaces: a blank line would end the
 * cue.
 */
import type { Cue } from './cues.ts';
import { cueTimestamp } from './timestamp.ts';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** `text` as WebVTT cue text (or a voice span's annotation): markup characters escaped, on one line. */
export function escapeCueText(text: string): string {
	return text.replace(/[&<>]/gu, (character) => entities[character] ?? character).replace(/\s*[\r\n]+\s*/gu, ' ');
}

export function webvtt(cues: readonly Cue[]): string {
	const blocks = cues.map((cue) =>
		[
			cue.id,
			`${cueTimestamp(cue.start, '.')} --> ${cueTimestamp(cue.end, '.')}`,
			`<v ${escapeCueText(cue.speaker)}>${cue.lines.map((line) => escapeCueText(line)).join('\n')}`,
		].join('\n'),
	);
	return ['WEBVTT', ...blocks].join('\n\n') + '\n';
}
