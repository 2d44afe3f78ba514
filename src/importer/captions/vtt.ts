import { parseText } from 'media-captions';
import webvtt from 'webvtt-parser';
import type { Cue } from './cue.ts';
import { cuesOf } from './cue-text.ts';
import { readRollingCues } from './rolling.ts';
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
 * The file with the `Name: value` lines under its `WEBVTT` line blanked, line numbers kept.
 * YouTube writes `Kind: captions` and `Language: en` there, metadata headers of the first
 * WebVTT drafts that browsers skip but the W3C validator reports as a missing blank line.
 */
function blankMetadataHeaders(text: string): string {
	const lines = text.split('\n');
	for (let index = 1; index < lines.length; index += 1) {
		const line = lines[index] ?? '';
		if (line.trim() === '' || line.includes('-->') || !/^[\w-]+:/u.test(line)) break;
		lines[index] = '';
	}
	return lines.join('\n');
}

/**
 * The `Language:` header under `WEBVTT` (YouTube writes `Language: en`, `Language: zh-Hans`),
 * when the file has one.
 */
export function vttHeaderLanguage(source: string): string | undefined {
	for (const line of normalizeSource(source).split('\n').slice(1)) {
		if (line.trim() === '' || line.includes('-->')) return undefined;
		const language = /^Language:\s*([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\s*$/u.exec(line)?.[1];
		if (language !== undefined) return language;
	}
	return undefined;
}

/**
 * Reads a WebVTT file into cues. The W3C parser validates it first, since media-captions,
 * which reads it, drops malformed cues without a word; any problem becomes an
 * `InvalidCaptionFile` error naming the cue and line. Timestamps without hours or minutes
 * (`0.860 --> 7.380`) are accepted, and so are `Kind:` and `Language:` lines under `WEBVTT`.
 * A rolling file (YouTube's automatic captions, see `readRollingCues`) gives each new stretch
 * of words once, with its inline time.
 */
export async function parseVtt(source: string, file: string): Promise<Cue[]> {
	const original = normalizeSource(source);
	const text = blankMetadataHeaders(normalizeTimings(original));
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
	const cueLines = parsed.cues.map((_cue, index) => timings[index]?.blockLine ?? 1);
	const rolling = readRollingCues(parsed.cues, cueLines);
	if (rolling !== undefined) return rolling;
	return cuesOf(parsed.cues, (index) => cueLines[index] ?? 1, file);
}
