import { ImportError } from '../errors.ts';

/**
 * Line endings as `\n` and no byte order mark, without moving any line: what the parsers
 * and the line numbers in their errors expect.
 */
export function normalizeSource(text: string): string {
	return text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
}

/** Offsets of the start of each line, for turning an offset into a 1-based line number. */
export function lineStarts(text: string): number[] {
	const starts = [0];
	for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
		starts.push(index + 1);
	}
	return starts;
}

export function lineAt(starts: readonly number[], offset: number): number {
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const middle = Math.ceil((low + high) / 2);
		if ((starts[middle] ?? 0) <= offset) low = middle;
		else high = middle - 1;
	}
	return low + 1;
}

/** The error every malformed caption file ends in: what is wrong, where, and what to do. */
export function invalidCaptionFile(file: string, line: number | undefined, message: string): ImportError {
	return new ImportError('InvalidCaptionFile', message, line === undefined ? { file } : { file, line });
}

/** A value as it appears in a message: in backticks, shortened when long. */
export function quote(value: string): string {
	const short = value.length > 60 ? `${value.slice(0, 57)}…` : value;
	return `\`${short}\``;
}
