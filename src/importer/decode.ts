import { ImportError } from './errors.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
	text: string;
	encoding: Encoding;
}

// C0 controls other than tab, line feed, form feed and carriage return never occur in a
// transcript; finding them after decoding means the bytes were not text in that encoding.
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/u;

function decodeStrict(bytes: Uint8Array, label: string): string | undefined {
	try {
		return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

/**
 * Turns the bytes of a transcript file into text, detecting the encoding: a byte order mark
 * first, then strict UTF-8, then GB18030 (the superset of GBK and GB2312 that Chinese
 * Windows tools still write). Text that decodes only with control characters in it is
 * refused rather than imported as mojibake.
 */
export function decodeTranscript(bytes: Uint8Array, file: string): DecodedText {
	if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return checked(decodeStrict(bytes.subarray(3), 'utf-8'), 'utf-8-bom', file);
	}
	if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
		return checked(decodeStrict(bytes.subarray(2), 'utf-16le'), 'utf-16le', file);
	}
	if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
		return checked(decodeStrict(bytes.subarray(2), 'utf-16be'), 'utf-16be', file);
	}
	if (bytes.includes(0)) {
		throw new ImportError(
			'BinaryInput',
			'The file contains NUL bytes, so it is not a text transcript (or it is UTF-16 without a byte order mark). Nothing was written. Export the transcript as UTF-8 text and import that file.',
			{ file },
		);
	}
	const utf8 = decodeStrict(bytes, 'utf-8');
	if (utf8 !== undefined) return checked(utf8, 'utf-8', file);
	return checked(decodeStrict(bytes, 'gb18030'), 'gb18030', file);
}

function checked(text: string | undefined, encoding: Encoding, file: string): DecodedText {
	if (text === undefined || CONTROL_CHARACTERS.test(text)) {
		throw new ImportError(
			'UnknownEncoding',
			`The file is not valid ${encoding === 'gb18030' ? 'UTF-8, UTF-16 or GB18030' : encoding} text. Nothing was written. Convert it to UTF-8 (for example with \`iconv -f <encoding> -t utf-8\`) and import it again.`,
			{ file },
		);
	}
	return { text, encoding };
}

/**
 * Splits text into numbered lines, accepting LF, CRLF and lone CR endings, and turns
 * non-breaking and ideographic spaces at the edges into nothing: they are layout, not words.
 */
export function toLines(text: string): { line: number; text: string }[] {
	// `trim` removes what `\s` matches (no-break and ideographic spaces among them), in linear
	// time; `/[\s]+$/` retries every start of a long run of spaces and takes minutes on one.
	return text.split(/\r\n|\r|\n/u).map((raw, index) => ({ line: index + 1, text: raw.trim() }));
}
