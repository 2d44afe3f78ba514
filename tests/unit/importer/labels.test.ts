import { describe, expect, it } from 'vitest';
import {
	DEFAULT_QUESTION_LABELS,
	isNoteLabel,
	isQuestionLabel,
	looksLikeName,
	splitLabel,
} from '../../../src/importer/labels.ts';

describe('splitLabel', () => {
	it('accepts ASCII and full-width colons alike', () => {
		expect(splitLabel('Yizhou: 三个区别')).toEqual({ label: 'Yizhou', rest: '三个区别' });
		expect(splitLabel('Yizhou：三个区别')).toEqual({ label: 'Yizhou', rest: '三个区别' });
	});

	it('reads Markdown bold labels', () => {
		expect(splitLabel('**Adam Stacoviak:** Welcome back.')).toEqual({ label: 'Adam Stacoviak', rest: 'Welcome back.' });
		expect(splitLabel('**Jerod**: Hi.')).toEqual({ label: 'Jerod', rest: 'Hi.' });
	});

	it('does not take a URL scheme for a label', () => {
		expect(splitLabel('https://example.com/page')).toBeUndefined();
	});
});

describe('looksLikeName', () => {
	it('accepts short names in Chinese and Latin script', () => {
		for (const name of ['Xuezhi', '张三', 'Grace Hopper', 'Dr. Zoë Smith']) expect(looksLikeName(name)).toBe(true);
	});

	it('rejects prose that happens to end in a colon', () => {
		for (const label of ['他说，其实', 'So the point is, basically', 'This is a long sentence with many words']) {
			expect(looksLikeName(label)).toBe(false);
		}
	});
});

describe('note and question labels', () => {
	it('treats editorial labels as notes, not speakers', () => {
		for (const label of ['编者按', '注', 'Note', '原文链接']) expect(isNoteLabel(label)).toBe(true);
		expect(isNoteLabel('Yizhou')).toBe(false);
	});

	it('recognises numbered question labels', () => {
		expect(isQuestionLabel('Q1', DEFAULT_QUESTION_LABELS)).toBe(true);
		expect(isQuestionLabel('问题 3', DEFAULT_QUESTION_LABELS)).toBe(true);
		expect(isQuestionLabel('问题归档专栏', DEFAULT_QUESTION_LABELS)).toBe(false);
	});
});
