import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../src/importer/errors.ts';
import { readChapters } from '../../../../src/importer/feed/read-chapters.ts';

function failure(source: string): string {
	try {
		readChapters(source, 'chapters.json');
	} catch (error) {
		if (error instanceof ImportError) return error.format();
		throw error;
	}
	throw new Error('expected an ImportError');
}

describe('readChapters', () => {
	it('reads each titled chapter’s start and title, leaving out those marked toc: false', () => {
		const source = readFileSync(new URL('../../../fixtures/feed/chapters.json', import.meta.url), 'utf8');
		expect(readChapters(source, 'chapters.json')).toEqual([
			{ start: 0, title: 'The New Zealand Podcasting Summit' },
			{ start: 41, title: 'Fountain on Product Hunt' },
			{ start: 92.68, title: 'Podcasting in a Platform Age' },
		]);
	});

	it('puts chapters in order of their start and leaves out untitled ones', () => {
		const source = JSON.stringify({
			version: '1.2.0',
			chapters: [{ startTime: 60, title: ' Second ' }, { startTime: 30 }, { startTime: 0, title: 'First' }],
		});
		expect(readChapters(source, 'chapters.json')).toEqual([
			{ start: 0, title: 'First' },
			{ start: 60, title: 'Second' },
		]);
	});

	it('refuses what is not JSON chapters, naming the chapter and the field', () => {
		expect(failure('<chapters/>')).toMatchInlineSnapshot(
			`"chapters.json: InvalidChapters: The chapters file is not JSON (Unexpected token '<', "<chapters/>" is not valid JSON). Podcasting 2.0 chapters are a JSON object with a \`chapters\` list. Nothing was written."`,
		);
		expect(failure('{"version": "1.2.0"}')).toMatchInlineSnapshot(
			`"chapters.json: InvalidChapters: The chapters file has no \`chapters\` list. Podcasting 2.0 chapters look like \`{"version": "1.2.0", "chapters": [{"startTime": 0, "title": "Intro"}]}\`. Nothing was written."`,
		);
		expect(
			failure('{"chapters": [{"startTime": 0, "title": "A"}, {"startTime": "1:30", "title": "B"}]}'),
		).toMatchInlineSnapshot(
			`"chapters.json: InvalidChapters: Chapter 2 has the \`startTime\` \`"1:30"\`; it must be a number of seconds, 0 or more (e.g. \`754.2\`). Nothing was written."`,
		);
		expect(failure('{"chapters": [{"startTime": 0, "title": 12}]}')).toMatchInlineSnapshot(
			`"chapters.json: InvalidChapters: Chapter 1 has the \`title\` \`12\`; it must be text. Nothing was written."`,
		);
		expect(failure('{"chapters": ["Intro"]}')).toMatchInlineSnapshot(
			`"chapters.json: InvalidChapters: Chapter 1 is \`"Intro"\`, not an object with \`startTime\` and \`title\`. Nothing was written."`,
		);
	});
});
