import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/importer/formats/detect.ts';
import { emptySplit } from '../../../src/importer/formats/conversation.ts';
import { readDialectTurns } from '../../../src/importer/formats/dialect.ts';
import { readOtterLine } from '../../../src/importer/formats/otter.ts';
import { readRevLine } from '../../../src/importer/formats/rev.ts';
import { toLines } from '../../../src/importer/decode.ts';

const lines = (text: string) => toLines(text);
const detect = (text: string) => detectFormat(lines(text), ['Q']);

describe('the Rev and Descript line reader', () => {
	it('reads a label with the time in parentheses on its own line, with hours or without', () => {
		expect(readRevLine('Brian Chesky (00:01:01):')).toEqual({
			kind: 'turn',
			speaker: 'Brian Chesky',
			start: 61,
			text: '',
		});
		expect(readRevLine('Lenny (12:05):')).toEqual({ kind: 'turn', speaker: 'Lenny', start: 725, text: '' });
	});

	it('reads full-width parentheses and colons in Chinese transcripts', () => {
		expect(readRevLine('王磊（00:00:08）：')).toEqual({ kind: 'turn', speaker: '王磊', start: 8, text: '' });
	});

	it('reads a bare time as the same speaker going on after a pause', () => {
		expect(readRevLine('(00:01:27):')).toEqual({ kind: 'pause', start: 87, text: '' });
	});

	it('reads the one-line form with the time in brackets first', () => {
		expect(readRevLine('[00:00:29] 陈晓: 所以我们把 attention 存下来。')).toEqual({
			kind: 'turn',
			speaker: '陈晓',
			start: 29,
			text: '所以我们把 attention 存下来。',
		});
	});

	it('leaves prose with parentheses or a colon alone', () => {
		expect(readRevLine('He said (quietly): no.')).toBeUndefined();
		expect(readRevLine('Way too many founders apologize.')).toBeUndefined();
	});

	it('gives a paragraph after a pause its own time, in the same turn', () => {
		const split = emptySplit({ kind: 'topics' });
		const turns = readDialectTurns(
			lines('Ann (00:10):\nFirst.\n\n(00:20):\nSecond.\n\nBen (00:30):\nThird.'),
			readRevLine,
			split,
		);
		expect(turns.map((turn) => [turn.speaker, turn.start, turn.paragraphs.map((p) => [p.text, p.start])])).toEqual([
			[
				'Ann',
				10,
				[
					['First.', 10],
					['Second.', 20],
				],
			],
			['Ben', 30, [['Third.', 30]]],
		]);
		expect(split.labels.map((label) => [label.line, label.speaker])).toEqual([
			[1, 'Ann'],
			[4, 'Ann'],
			[7, 'Ben'],
		]);
	});
});

describe('the Otter line reader', () => {
	it('reads a name, two or more spaces and a time on a line of its own', () => {
		expect(readOtterLine('Ada Lovelace  0:05')).toEqual({ kind: 'turn', speaker: 'Ada Lovelace', start: 5, text: '' });
		expect(readOtterLine('主持人   1:02:03')).toEqual({ kind: 'turn', speaker: '主持人', start: 3723, text: '' });
	});

	it('leaves a sentence that ends in a time with one space alone', () => {
		expect(readOtterLine('We met at 9:30')).toBeUndefined();
	});
});

describe('dialect detection', () => {
	it('tells each dialect apart by its turn lines', () => {
		expect(detect('Ann (00:10):\nHi?\n\nBen (00:20):\nHello.')).toBe('rev');
		expect(detect('[00:10] Ann: Hi?\n[00:20] Ben: Hello.')).toBe('rev');
		expect(detect('Ann  0:10\nHi?\n\nBen  0:20\nHello.')).toBe('otter');
	});

	it('still reads plain speaker transcripts and articles as before', () => {
		expect(detect('**Ann:** Hi?\n\n**Ben:** Hello.')).toBe('speakers');
		expect(detect('Q: Hi?\n\nBen: Hello.')).toBe('article');
	});
});
