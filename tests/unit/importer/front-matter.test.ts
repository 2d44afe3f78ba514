import { describe, expect, it } from 'vitest';
import { toLines } from '../../../src/importer/decode.ts';
import { readFrontMatter } from '../../../src/importer/front-matter.ts';

const read = (text: string) => readFrontMatter(text, toLines(text));

describe('the front matter reader', () => {
	it('takes title, a date under its common names, description, hosts, guests and audio', () => {
		const front = read(
			[
				'---',
				'title: "Feeling stuck?"',
				'publish_date: 2023-04-21',
				'host: Lenny',
				'guests: [Ada Chen, Bo Li]',
				'description: |',
				'  First paragraph.',
				'',
				'  Second paragraph.',
				'enclosure: https://example.org/a.mp3',
				'---',
				'Lenny (00:00):',
			].join('\n'),
		);
		expect(front).toMatchObject({
			title: 'Feeling stuck?',
			date: '2023-04-21',
			hosts: ['Lenny'],
			guests: ['Ada Chen', 'Bo Li'],
			audio: 'https://example.org/a.mp3',
			end: 11,
		});
		expect(front?.description.map((paragraph) => paragraph.text)).toEqual(['First paragraph.', 'Second paragraph.']);
	});

	it('accounts for every line, as a metadata source or dropped with the field it held', () => {
		const front = read(['---', 'title: T', 'duration_seconds: 230.0', 'published: 2024-01-02', '---'].join('\n'));
		expect(front?.sources.map((source) => [source.line, source.field, source.value])).toEqual([
			[2, 'title', 'T'],
			[4, 'date', '2024-01-02'],
		]);
		expect(front?.dropped.map((entry) => [entry.line, entry.reason])).toEqual([
			[1, 'front matter delimiter'],
			[3, 'front matter: duration_seconds'],
			[5, 'front matter delimiter'],
		]);
	});

	it('finds none in a file that does not start with a delimiter, or whose block is not YAML fields', () => {
		expect(read('Ann (00:10):\nHi.\n---\ntitle: x\n---')).toBeUndefined();
		expect(read('---\n- a list\n---')).toBeUndefined();
		expect(read('---\nno closing delimiter')).toBeUndefined();
	});
});
