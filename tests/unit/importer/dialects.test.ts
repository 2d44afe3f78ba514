import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/importer/formats/detect.ts';
import { emptySplit } from '../../../src/importer/formats/conversation.ts';
import { readDialectTurns } from '../../../src/importer/formats/dialect.ts';
import { readOtterLine } from '../../../src/importer/formats/otter.ts';
import { readRevLine } from '../../../src/importer/formats/rev.ts';
import { fromFirstTurn, readZoomLine } from '../../../src/importer/formats/zoom.ts';
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

describe('the Zoom line reader', () => {
	it("reads the saved meeting transcript's bracketed name and clock time", () => {
		expect(readZoomLine('[Johnny Doe] 11:02:09')).toEqual({
			kind: 'turn',
			speaker: 'Johnny Doe',
			start: 39729,
			text: '',
		});
	});

	it('reads time, name and text separated by tabs, or a name with a colon after a tab', () => {
		expect(readZoomLine('00:00:05\tAda\tHello there.')).toEqual({
			kind: 'turn',
			speaker: 'Ada',
			start: 5,
			text: 'Hello there.',
		});
		expect(readZoomLine('00:00:05\tAda: Hello there.')).toEqual({
			kind: 'turn',
			speaker: 'Ada',
			start: 5,
			text: 'Hello there.',
		});
	});

	it('counts clock times from the first turn, and keeps times that count from zero', () => {
		const split = emptySplit({ kind: 'topics' });
		const clock = readDialectTurns(lines('[A] 11:02:09\nHi.\n[B] 11:02:19\nHello.'), readZoomLine, split);
		expect(fromFirstTurn(clock).map((turn) => turn.start)).toEqual([0, 10]);
		const zero = readDialectTurns(lines('[A] 00:00:04\nHi.\n[B] 00:00:19\nHello.'), readZoomLine, split);
		expect(fromFirstTurn(zero).map((turn) => turn.start)).toEqual([4, 19]);
	});
});

describe('dialect detection', () => {
	it('tells each dialect apart by its turn lines', () => {
		expect(detect('Ann (00:10):\nHi?\n\nBen (00:20):\nHello.')).toBe('rev');
		expect(detect('[00:10] Ann: Hi?\n[00:20] Ben: Hello.')).toBe('rev');
		expect(detect('Ann  0:10\nHi?\n\nBen  0:20\nHello.')).toBe('otter');
		expect(detect('[Ann] 10:00:10\nHi?\n\n[Ben] 10:00:20\nHello.')).toBe('zoom');
		expect(detect('00:00:10\tAnn\tHi?\n00:00:20\tBen\tHello.')).toBe('zoom');
	});

	it('still reads plain speaker transcripts and articles as before', () => {
		expect(detect('**Ann:** Hi?\n\n**Ben:** Hello.')).toBe('speakers');
		expect(detect('Q: Hi?\n\nBen: Hello.')).toBe('article');
	});
});
