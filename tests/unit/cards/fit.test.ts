import { describe, expect, it } from 'vitest';
import { breakUnits, fitText, lineCount, textWidth } from '../../../src/cards/fit.ts';
import { ellipsis } from '../../../src/site/excerpt.ts';

const steps = [
	{ fontSize: 72, maxLines: 3 },
	{ fontSize: 48, maxLines: 5 },
];

describe('textWidth', () => {
	it('counts a Chinese character as one em and Latin letters as their own, narrower widths', () => {
		expect(textWidth('数据', 100)).toBeCloseTo(2 * 100 * 1.03);
		expect(textWidth('il', 100)).toBeLessThan(textWidth('数', 100));
		expect(textWidth('mW', 100)).toBeGreaterThan(textWidth('il', 100));
	});
});

describe('breakUnits', () => {
	it('keeps Latin words and terms whole and breaks Chinese between characters', () => {
		expect(breakUnits('你要去train的pre-train阶段')).toEqual([
			'你',
			'要',
			'去',
			'train',
			'的',
			'pre-train',
			'阶',
			'段',
		]);
	});

	it('keeps closing punctuation with the character before it and opening punctuation with the one after', () => {
		expect(breakUnits('是吗？「好」')).toEqual(['是', '吗？', '「好」']);
		expect(breakUnits('Why static sites, again?')).toEqual(['Why', ' ', 'static', ' ', 'sites,', ' ', 'again?']);
	});
});

describe('lineCount', () => {
	it('wraps Chinese text by the characters that fit on a line', () => {
		// 10 characters of 1.03 em at 100 px in 1,000 px: 9 per line.
		expect(lineCount('一二三四五六七八九十', 100, 1000)).toBe(2);
		expect(lineCount('一二三四五六七八九', 100, 1000)).toBe(1);
	});

	it('moves a whole English word to the next line rather than splitting it', () => {
		const width = textWidth('static sites', 50) + 1;
		expect(lineCount('static sites again', 50, width)).toBe(2);
	});

	it('does not count a space at the end of a line', () => {
		const width = textWidth('static', 50) + 1;
		expect(lineCount('static sites', 50, width)).toBe(2);
	});
});

describe('fitText', () => {
	it('draws a short question at the largest size, unchanged', () => {
		expect(fitText('Stable Diffusion到底是什么？', 1040, steps)).toEqual({
			text: 'Stable Diffusion到底是什么？',
			fontSize: 72,
			lines: 1,
			shortened: false,
		});
	});

	it('takes a smaller size when the text needs more lines than the large one allows', () => {
		const question =
			'如果以后每一个领域你要去train，都只需要非常少的数据。是不是以后要去做一个非常具体场景的模型，其实它的成本其实是越来越低了？';
		const fitted = fitText(question, 1040, steps);
		expect(fitted).toMatchObject({ text: question, fontSize: 48, shortened: false });
		expect(fitted.lines).toBeLessThanOrEqual(5);
	});

	it('shortens a long Chinese question to the lines of the smallest size, ending in an ellipsis', () => {
		const question = '数据的壁垒还存在吗？'.repeat(30);
		const fitted = fitText(question, 1040, steps);
		expect(fitted.shortened).toBe(true);
		expect(fitted.fontSize).toBe(48);
		expect(fitted.text.endsWith(ellipsis)).toBe(true);
		expect(question.startsWith(fitted.text.slice(0, -1))).toBe(true);
		expect(lineCount(fitted.text, 48, 1040)).toBe(5);
		// As long as fits: one more character would take a sixth line.
		expect(lineCount(`${question.slice(0, fitted.text.length)}${ellipsis}`, 48, 1040)).toBeGreaterThan(5);
	});

	it('shortens a long English question after a whole word, with no comma before the ellipsis', () => {
		const question =
			'So what made you decide to go all-in on static sites again, after years of building single-page applications with server rendering, hydration and all the complexity that comes with them, and would you do it again today if you had to start from scratch with a new team and a new framework?';
		const fitted = fitText(question, 1040, steps);
		expect(fitted.shortened).toBe(true);
		expect(fitted.text).toMatch(/[a-z]…$/u);
		const kept = fitted.text.slice(0, -1);
		expect(question.startsWith(kept)).toBe(true);
		// The next character of the question, after the cut, is not a letter of the same word.
		expect(question[kept.length]).toMatch(/[ ,]/u);
	});

	it('collapses white space, as the page shows it', () => {
		expect(fitText('  Why static\n sites?  ', 1040, steps).text).toBe('Why static sites?');
	});
});
