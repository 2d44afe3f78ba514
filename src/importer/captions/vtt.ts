import { parseText } from 'media-captions';
import webvtt from 'webvtt-parser';
import type { Cue } from './cue.ts';
import { voiceRuns } from './cue-text.ts';
import { invalidCaptionFile, normalizeSource, quote } from './source.ts';
import { findTimingLines, firstUnreadCue, normalizeTimings, type TimingLine } from './timing.ts';

/**
 * Problems the W3C validator reports that change nothing in what is read: a bare `&`
 * (`Tapas & Tunes` in LaLaLand.vtt) is still the character `&`.
 */
const HARMLESS = new Set(['Incorrect escape.']);

function cueAt(timings: readonly TimingLine[], line: number): { number: number; timing: TimingLine } | undefined {
	let found: { number: number; timing: TimingLine } | undefined;
	timings.forEach((timing, index) => {
		if (timing.blockLine <= line) found = { number: index + 1, timing };
	});
	return found;
}

/**
 * Reads a WebVTT file into cues. The W3C parser validates it first, since media-captions,
 * which reads it, drops malformed cues without a word; any problem becomes an
 * `InvalidCaptionFile` error naming the cue and line. Timestamps without hours or minutes
 * (`0.860 --> 7.380`) are accepted.
 */
export async function parseVtt(source: string, file: string): Promise<Cue[]> {
	const original = normalizeSource(source);
	const text = normalizeTimings(original);
	const lines = original.split('\n');
	const timings = findTimingLines(lines);

	const problems = new webvtt.WebVTTParser()
		.parse(text, 'subtitles')
		.errors.filter((problem) => !HARMLESS.has(problem.message));
	const problem = problems[0];
	if (problem) {
		const more =
			problems.length > 1 ? ` (and ${problems.length - 1} more ${problems.length === 2 ? 'problem' : 'problems'})` : '';
		const cue = cueAt(timings, problem.line);
		const where =
			cue === undefined || /signature/iu.test(problem.message)
				? 'The file'
				: `Cue ${cue.number} (${quote(cue.timing.text.trim())}, line ${cue.timing.line})`;
		const column = Number.isInteger(problem.col) ? `, column ${problem.col}` : '';
		throw invalidCaptionFile(
			file,
			problem.line,
			`${where} is not valid WebVTT: ${problem.message.replace(/\.$/u, '')} (line ${problem.line}${column})${more}. Nothing was written. Fix the file (a cue is an optional identifier line, a \`start --> end\` line and its text, with a blank line before the next cue) and import it again.`,
		);
	}

	const parsed = await parseText(text, { type: 'vtt' });
	if (parsed.cues.length !== timings.length) {
		const lost = firstUnreadCue(timings, parsed.cues);
		throw invalidCaptionFile(
			file,
			lost?.line,
			`${timings.length} cues have timing lines but ${parsed.cues.length} were read${lost ? `; the first not read is at line ${lost.line} (${quote(lost.text.trim())})` : ''}. Nothing was written. Check that cue and import the file again.`,
		);
	}
	return parsed.cues.flatMap((cue, index) => {
		const line = timings[index]?.blockLine ?? 1;
		return voiceRuns(cue).map((run) => ({
			start: cue.startTime,
			end: cue.endTime,
			...(run.speaker === undefined ? {} : { speaker: run.speaker }),
			text: run.text,
			line,
		}));
	});
}
