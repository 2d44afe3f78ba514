import { parseText } from 'media-captions';
import type { Cue } from './cue.ts';
import { cuesOf } from './cue-text.ts';
import { invalidCaptionFile, normalizeSource, quote } from './source.ts';
import { findTimingLines, firstUnreadCue, normalizeTimings, parseTimingLine, type TimingLine } from './timing.ts';

/** Why the cue with this timing line was not read, in words that say what to fix. */
function whyUnread(timing: TimingLine, lines: readonly string[]): string {
	const parsed = parseTimingLine(timing.text);
	if (!timing.text.includes('-->')) return 'its arrow is not `-->`';
	if (parsed === undefined) return 'its times are not `hh:mm:ss,ttt`';
	if (parsed.end <= parsed.start) return 'it does not end after it starts';
	const beforeBlock = lines[timing.blockLine - 2];
	if (beforeBlock !== undefined && beforeBlock.trim() !== '') return 'there is no blank line before it';
	return 'the SRT reader could not read it';
}

/**
 * Reads an SRT file into cues, with media-captions. Every `-->` line (or timestamp followed
 * by an arrow) must give a cue; one that does not becomes an `InvalidCaptionFile` error
 * naming its number and line, since the reader would drop it silently. Timestamps without
 * hours and with `.` instead of `,` are accepted. Speakers come later, from `Name:` labels.
 */
export async function parseSrt(source: string, file: string): Promise<Cue[]> {
	const original = normalizeSource(source);
	const text = normalizeTimings(original);
	const lines = original.split('\n');
	const timings = findTimingLines(lines);
	const parsed = await parseText(text, { type: 'srt' });

	const unread = firstUnreadCue(timings, parsed.cues);
	if (unread !== undefined) {
		const number = timings.indexOf(unread) + 1;
		const identifier =
			unread.blockLine < unread.line ? ` (numbered ${quote(lines[unread.blockLine - 1]?.trim() ?? '')})` : '';
		throw invalidCaptionFile(
			file,
			unread.line,
			`Cue ${number}${identifier} at line ${unread.line} was not read: ${whyUnread(unread, lines)}: ${quote(unread.text.trim())}. Nothing was written. Write it as a number, a \`hh:mm:ss,ttt --> hh:mm:ss,ttt\` line and its text, with a blank line before the next cue, and import the file again.`,
		);
	}
	if (parsed.cues.length > timings.length) {
		throw invalidCaptionFile(
			file,
			undefined,
			`${parsed.cues.length} cues were read but only ${timings.length} timing lines found. Nothing was written. Check the file is SRT and import it again.`,
		);
	}

	return cuesOf(parsed.cues, (index) => timings[index]?.blockLine ?? 1, file);
}
