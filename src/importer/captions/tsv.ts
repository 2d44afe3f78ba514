import type { Cue } from './cue.ts';
import { invalidCaptionFile, normalizeSource, quote } from './source.ts';
import { collapseWhiteSpace } from './text.ts';

/** The header line Whisper writes first (`whisper audio.mp3 --output_format tsv`). */
export const WHISPER_TSV_HEADER = /^start\tend\ttext[ \t]*$/u;

const MILLISECONDS = /^\d+$/u;

/**
 * Reads the TSV the OpenAI Whisper command line writes: a `start\tend\ttext` header, then a
 * segment a line, its start and end in whole milliseconds (`1520\t4380\tHello there.`).
 * Blank lines are skipped; a line without three fields, a time that is not a whole number of
 * milliseconds or an end before the start becomes an `InvalidCaptionFile` error naming the line.
 */
export function parseWhisperTsv(source: string, file: string): Cue[] {
	const lines = normalizeSource(source).split('\n');
	const headerIndex = lines.findIndex((line) => line.trim() !== '');
	if (!WHISPER_TSV_HEADER.test(lines[headerIndex] ?? '')) {
		throw invalidCaptionFile(
			file,
			headerIndex + 1,
			`The TSV transcript starts with ${quote(lines[headerIndex] ?? '')} instead of the header \`start<TAB>end<TAB>text\`. Nothing was written. Add that header line, as Whisper writes it, and import the file again.`,
		);
	}
	const fix =
		'Nothing was written. Write each line as the start and end in milliseconds and the text, separated by tabs (`1520<TAB>4380<TAB>Hello there.`), and import the file again.';
	return lines.flatMap((text, index): Cue[] => {
		const line = index + 1;
		if (index <= headerIndex || text.trim() === '') return [];
		const [start = '', end = '', ...rest] = text.split('\t');
		if (rest.length === 0) {
			throw invalidCaptionFile(
				file,
				line,
				`Line ${line} does not have the three tab-separated fields start, end and text: ${quote(text)}. ${fix}`,
			);
		}
		const bad = [start, end].find((value) => !MILLISECONDS.test(value.trim()));
		if (bad !== undefined) {
			throw invalidCaptionFile(
				file,
				line,
				`Line ${line} has ${quote(bad)} where a time in whole milliseconds belongs: ${quote(text)}. ${fix}`,
			);
		}
		const startSeconds = Number(start) / 1000;
		const endSeconds = Number(end) / 1000;
		if (endSeconds < startSeconds) {
			throw invalidCaptionFile(file, line, `Line ${line} ends (${end} ms) before it starts (${start} ms). ${fix}`);
		}
		const words = collapseWhiteSpace(rest.join(' ')).trim();
		return words === '' ? [] : [{ start: startSeconds, end: endSeconds, text: words, line }];
	});
}
