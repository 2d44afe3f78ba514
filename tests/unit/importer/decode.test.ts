import { describe, expect, it } from 'vitest';
import { decodeTranscript, toLines } from '../../../src/importer/decode.ts';
import { ImportError } from '../../../src/importer/errors.ts';

const text = '问题：你好吗？\nYizhou：很好。';
const utf16le = (value: string): Uint8Array => {
	const bytes = new Uint8Array(2 + value.length * 2);
	bytes.set([0xff, 0xfe]);
	for (let i = 0; i < value.length; i += 1) {
		bytes[2 + i * 2] = value.charCodeAt(i) & 0xff;
		bytes[3 + i * 2] = value.charCodeAt(i) >> 8;
	}
	return bytes;
};
// 你好 in GB18030/GBK.
const GBK_NIHAO = new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]);

describe('decodeTranscript', () => {
	it('reads UTF-8 with and without a byte order mark', () => {
		const plain = new TextEncoder().encode(text);
		expect(decodeTranscript(plain, 'a.txt')).toEqual({ text, encoding: 'utf-8' });
		expect(decodeTranscript(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]), 'a.txt')).toEqual({
			text,
			encoding: 'utf-8-bom',
		});
	});

	it('reads UTF-16 with a byte order mark', () => {
		expect(decodeTranscript(utf16le(text), 'a.txt')).toEqual({ text, encoding: 'utf-16le' });
	});

	it('reads big-endian UTF-16 with a byte order mark', () => {
		const le = utf16le(text);
		const be = new Uint8Array(le.length);
		for (let i = 0; i < le.length; i += 2) {
			be[i] = le[i + 1] ?? 0;
			be[i + 1] = le[i] ?? 0;
		}
		expect(decodeTranscript(be, 'a.txt')).toEqual({ text, encoding: 'utf-16be' });
	});

	it('falls back to GB18030 for Chinese files that are not UTF-8', () => {
		expect(decodeTranscript(GBK_NIHAO, 'a.txt')).toEqual({ text: '你好', encoding: 'gb18030' });
	});

	it('refuses binary files with a BinaryInput error naming the file', () => {
		const error = (() => {
			try {
				decodeTranscript(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'cover.png');
			} catch (caught) {
				return caught;
			}
			return undefined;
		})();
		expect(error).toBeInstanceOf(ImportError);
		expect((error as ImportError).format()).toMatch(/^cover\.png: BinaryInput: .*Nothing was written/u);
	});
});

describe('toLines', () => {
	it('numbers lines the same for LF, CRLF and CR endings and trims wide spaces', () => {
		const expected = [
			{ line: 1, text: 'a' },
			{ line: 2, text: 'b' },
			{ line: 3, text: '' },
			{ line: 4, text: 'c' },
		];
		expect(toLines('a\nb\n\nc')).toEqual(expected);
		expect(toLines('a\r\nb\r\n\r\nc')).toEqual(expected);
		expect(toLines('a\rb\r\rc')).toEqual(expected);
		expect(toLines('\u3000a\u00A0\nb\n \nc')).toEqual(expected);
	});
});
