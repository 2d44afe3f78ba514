import { parseClock } from '../../model/time.ts';
import type { DialectLine } from './dialect.ts';
import type { Turn } from './speakers.ts';

/**
 * Zoom's text transcripts. The meeting's saved transcript (“Save transcript” in the
 * transcript panel) puts the speaker in brackets and the time after it, the words below:
 *
 * ```
 * [Ada Lovelace] 11:02:09
 * Thanks for having me.
 * ```
 *
 * Exports and tools built on Zoom's recordings also write one line per turn, the time, the
 * name and the words separated by tabs (`00:00:05<TAB>Ada Lovelace<TAB>Thanks…`, or
 * `00:00:05<TAB>Ada Lovelace: Thanks…`).
 */

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,3})?`;
const BRACKETED = new RegExp(String.raw`^\[([^\]]{1,40})\]\s+(${TIME})$`, 'u');
const TABBED = new RegExp(String.raw`^(${TIME})\t+([^\t]{1,40}?)(?:\t+|\s*[:：]\s+)(.*)$`, 'u');

export function readZoomLine(text: string): DialectLine | undefined {
	const bracketed = BRACKETED.exec(text);
	if (bracketed) {
		const start = parseClock(bracketed[2] ?? '');
		return start === undefined ? undefined : { kind: 'turn', speaker: (bracketed[1] ?? '').trim(), start, text: '' };
	}
	const tabbed = TABBED.exec(text);
	const start = parseClock(tabbed?.[1] ?? '');
	if (tabbed === null || start === undefined) return undefined;
	return { kind: 'turn', speaker: (tabbed[2] ?? '').trim(), start, text: (tabbed[3] ?? '').trim() };
}

// A saved meeting transcript is timed by the clock (`11:02:09`), a recording's from zero.
const CLOCK_TIME_AFTER = 600;

/**
 * Times from the start of the conversation: a saved meeting transcript's clock times become
 * seconds after its first line, while times that already count from zero are kept.
 */
export function fromFirstTurn(turns: Turn[]): Turn[] {
	const first = turns[0]?.start;
	if (first === undefined || first < CLOCK_TIME_AFTER) return turns;
	const shift = (start: number | undefined): { start?: number } =>
		start === undefined ? {} : { start: Math.round((start - first) * 1000) / 1000 };
	return turns.map((turn) => ({
		...turn,
		...shift(turn.start),
		paragraphs: turn.paragraphs.map((paragraph) => ({ ...paragraph, ...shift(paragraph.start) })),
	}));
}
