import { describe, expect, it } from 'vitest';
import { answerAt, startFromSearch } from '../../../src/client/audio/timeline.ts';

// The fixture episode's answers (tests/fixtures/site/content/episodes/timed-3), in page order.
const episode = [
	{ start: 4.5, end: 21 },
	{ start: 21, end: 25.5 },
	{ start: 28, end: 41.25 },
];

describe('the answer being heard', () => {
	it('is the answer whose start and end hold the moment', () => {
		expect(answerAt(episode, 12)).toBe(0);
		expect(answerAt(episode, 21)).toBe(1);
		expect(answerAt(episode, 41)).toBe(2);
	});

	it('is none before the first answer, between answers and after the last one’s end', () => {
		expect(answerAt(episode, 2)).toBe(-1);
		// The next question is being asked.
		expect(answerAt(episode, 26)).toBe(-1);
		expect(answerAt(episode, 44)).toBe(-1);
	});

	it('counts the whole second an answer starts in, where links shared from it land', () => {
		// The share button writes the answer at 4.5 s as ?t=4.
		expect(answerAt(episode, 4)).toBe(0);
		expect(answerAt(episode, 3.9)).toBe(-1);
	});

	it('lasts until the next answer starts when it has no end, and the last one until what follows the page', () => {
		const untimedEnds = [{ start: 10 }, { start: 30 }];
		expect(answerAt(untimedEnds, 29)).toBe(0);
		expect(answerAt(untimedEnds, 30)).toBe(1);
		expect(answerAt(untimedEnds, 3000)).toBe(1);
		expect(answerAt(untimedEnds, 59, 60)).toBe(1);
		expect(answerAt(untimedEnds, 60, 60)).toBe(-1);
	});

	it('is none on a page without timed answers', () => {
		expect(answerAt([], 10)).toBe(-1);
	});
});

describe('the start a link asks for', () => {
	it('reads `t` as seconds', () => {
		expect(startFromSearch('?t=754')).toBe(754);
		expect(startFromSearch('?t=12.5&x=1')).toBe(12.5);
		expect(startFromSearch('?t=0')).toBe(0);
		expect(startFromSearch('q=x&t=28')).toBe(28);
	});

	it('ignores what is not a finite number of seconds from 0 on', () => {
		for (const search of [
			'',
			'?x=1',
			'?t=',
			'?t=%20',
			'?t=-5',
			'?t=abc',
			'?t=12:34',
			'?t=Infinity',
			'?t=NaN',
			'?t=1e999',
		]) {
			expect(startFromSearch(search), search).toBeUndefined();
		}
	});
});
