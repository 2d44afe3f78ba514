import { describe, expect, it } from 'vitest';
import { answersIn, plainText } from '../../../src/lib/markdown-text.ts';

describe('answersIn', () => {
	it('lists the answers of a question file with their anchors, speakers and text', () => {
		const body = [
			':::answer{#train-yiwen speaker="yiwen"}',
			'最后我们就问自己是模型厉害还是**数据**厉害。',
			'',
			'第二段，[链接](https://example.org)。',
			':::',
			'',
			':::answer{#train-yizhou speaker=yizhou start=72.5}',
			'Note:this stays as written.',
			':::',
			'',
		].join('\n');
		expect(answersIn(body)).toEqual([
			{ anchor: 'train-yiwen', speakerId: 'yiwen', text: '最后我们就问自己是模型厉害还是数据厉害。 第二段，链接。' },
			{ anchor: 'train-yizhou', speakerId: 'yizhou', text: 'Note:this stays as written.' },
		]);
	});

	it('skips blocks that are not answers', () => {
		expect(answersIn('<!-- a note -->\n\nStray text.\n')).toEqual([]);
	});
});

describe('plainText', () => {
	it('turns paragraphs of Markdown into one line of text', () => {
		expect(plainText('In this *episode*\nwe talk.\n\nSecond paragraph with `code`.\n')).toBe(
			'In this episode we talk. Second paragraph with code.',
		);
	});
});
