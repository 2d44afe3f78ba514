/**
 * Cue timings as caption files write them. WebVTT wants `[hh:]mm:ss.ttt` and SRT
 * `hh:mm:ss,ttt`, but real podcast files also write `0.860 --> 7.380` and `1:01.080`
 * (podnews_daily_2024-01-25.vtt). `normalizeTimings` rewrites such timestamps into the
 * standard form, line for line, so that the strict validator and the parser both accept
 * them; anything it cannot read it leaves alone for them to report.
 */

const ARROW = '-->';

/**
 * Seconds from a lenient timestamp: `ss.t`, `m:ss.ttt`, `hh:mm:ss,ttt`, with `.` or `,`
 * before one to three digits of fraction. `undefined` when it is not one.
 */
export function parseTimestamp(value: string): number | undefined {
	const match = /^(?:(\d+):)?(?:(\d+):)?(\d+)[.,](\d{1,3})$/u.exec(value);
	if (!match) return undefined;
	const [, first, second, secondsText = '', fraction = ''] = match;
	// With one colon the number before it is minutes; with two, hours then minutes.
	const hours = second === undefined ? 0 : Number(first);
	const minutes = second === undefined ? Number(first ?? 0) : Number(second);
	const seconds = Number(secondsText);
	if ((first !== undefined && minutes >= 60) || (first !== undefined && seconds >= 60)) return undefined;
	return hours * 3600 + minutes * 60 + seconds + Number(fraction.padEnd(3, '0')) / 1000;
}

function pad(value: number, width: number): string {
	return String(value).padStart(width, '0');
}

/** `hh:mm:ss.ttt`, the form both WebVTT and (after `,` → `.`) SRT readers accept. */
export function formatTimestamp(seconds: number): string {
	const milliseconds = Math.round(seconds * 1000);
	const hours = Math.floor(milliseconds / 3_600_000);
	const minutes = Math.floor(milliseconds / 60_000) % 60;
	const wholeSeconds = Math.floor(milliseconds / 1000) % 60;
	return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(wholeSeconds, 2)}.${pad(milliseconds % 1000, 3)}`;
}

// No `(.*)$` for the settings: `.` stops at U+2028 and `\r`, and the backtracking that follows
// is quadratic in the line's length (minutes on one of 200,000 characters). The settings are
// what follows the match.
const TIMING = /^(\s*)(\S+)(\s+-->\s+)(\S+)/u;

export interface Timing {
	start: number;
	end: number;
}

/** The start and end of a timing line (`start --> end [settings]`), or `undefined`. */
export function parseTimingLine(line: string): Timing | undefined {
	const match = TIMING.exec(line);
	if (!match) return undefined;
	const start = parseTimestamp(match[2] ?? '');
	const end = parseTimestamp(match[4] ?? '');
	return start === undefined || end === undefined ? undefined : { start, end };
}

/** Rewrites every readable timestamp on every `-->` line into `hh:mm:ss.ttt`. */
export function normalizeTimings(text: string): string {
	return text
		.split('\n')
		.map((line) => {
			if (!line.includes(ARROW)) return line;
			const match = TIMING.exec(line);
			if (!match) return line;
			const [matched, indent = '', start = '', arrow = '', end = ''] = match;
			const settings = line.slice(matched.length);
			const standard = (value: string) => {
				const seconds = parseTimestamp(value);
				return seconds === undefined ? value : formatTimestamp(seconds);
			};
			return `${indent}${standard(start)}${arrow}${standard(end)}${settings}`;
		})
		.join('\n');
}

// A line that was meant as a timing line: it holds `-->`, or starts with a timestamp and an
// arrow of some length (`00:00:02,000 -> 00:00:03,000`).
const TIMING_LIKE = /-->|^\s*\d{1,2}(?::\d{1,2}){1,2}(?:[.,]\d+)?\s*-{1,2}>/u;

export interface TimingLine {
	/** 1-based line number of the timing line. */
	line: number;
	/** 1-based line where the cue's block starts: its identifier when it has one. */
	blockLine: number;
	text: string;
}

/** Every line meant as a cue's timing line, in order, with where its block starts. */
export function findTimingLines(lines: readonly string[]): TimingLine[] {
	const found: TimingLine[] = [];
	lines.forEach((text, index) => {
		if (!TIMING_LIKE.test(text)) return;
		const previous = lines[index - 1];
		const hasIdentifier = previous !== undefined && previous.trim() !== '' && !TIMING_LIKE.test(previous);
		found.push({ line: index + 1, blockLine: hasIdentifier ? index : index + 1, text });
	});
	return found;
}

/**
 * Matches timing lines to the cues read, in order, and returns the first timing line that
 * gave no cue: SRT readers skip a cue they cannot read instead of failing.
 */
export function firstUnreadCue(
	timings: readonly TimingLine[],
	cues: readonly { startTime: number }[],
): TimingLine | undefined {
	let next = 0;
	for (const timing of timings) {
		const cue = cues[next];
		const parsed = parseTimingLine(timing.text);
		if (cue === undefined || parsed === undefined || Math.abs(cue.startTime - parsed.start) > 0.0005) return timing;
		next += 1;
	}
	return undefined;
}
