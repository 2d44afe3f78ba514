/**
 * Cues as a SubRip (SRT) file: numbered cues, `00:00:04,500` times, and the speaker before the
 * text (`Guest: …`), since SRT has no way to mark a speaker.
 *
 * SRT has no escapes: players show `&` and `<like this>` as they are (the tags they know are
 * `<i>`, `<b>`, `<u>` and `<font>`), so the text is written as it is, with two exceptions
 * that would change how the file is read: a line break inside a line becomes a space (a blank
 * line ends the cue), and `-->` gets a word joiner (U+2060) before its `>`, so that no text
 * line looks like a line of times.
 */
import type { Cue } from './cues.ts';
import { cueTimestamp } from './timestamp.ts';

const WORD_JOINER = '\u2060';

function srtText(text: string): string {
	return text.replace(/\s*[\r\n]+\s*/gu, ' ').replaceAll('-->', `--${WORD_JOINER}>`);
}

export function srt(cues: readonly Cue[]): string {
	return cues
		.map((cue, index) =>
			[
				String(index + 1),
				`${cueTimestamp(cue.start, ',')} --> ${cueTimestamp(cue.end, ',')}`,
				`${srtText(cue.speaker)}: ${cue.lines.map((line) => srtText(line)).join('\n')}`,
			].join('\n'),
		)
		.map((block) => `${block}\n`)
		.join('\n');
}
