import { describe, expect, it } from 'vitest';
import { keepIds, similarity } from '../../../src/importer/match.ts';

describe('similarity', () => {
	it('is 1 for equal texts and ignores punctuation and spacing', () => {
		expect(similarity('Stable Diffusion到底是什么?', 'Stable Diffusion 到底是什么？')).toBe(1);
	});

	it('stays high after a small fix and low between different questions', () => {
		expect(similarity('如果以后每一个领域你要去train', '如果以后每个领域你要去 training')).toBeGreaterThan(0.7);
		expect(similarity('Stable Diffusion到底是什么?', '你现在看到的工具链上有哪一些痛点?')).toBeLessThan(0.1);
	});
});

describe('keepIds', () => {
	const previous = [
		{
			id: 'palm',
			text: '介绍一下什么是Google PaLM',
			answers: [
				{ anchor: 'palm-xuezhi', speakerId: 'xuezhi', text: 'PaLM 是叫做Pathways Language Model', aliases: [] },
			],
			aliases: [],
		},
		{
			id: 'sd',
			text: 'Stable Diffusion到底是什么?',
			answers: [{ anchor: 'sd-yizhou', speakerId: 'yizhou', text: '三个区别,一个是它开源', aliases: [] }],
			aliases: [],
		},
	];

	it('gives moved questions their old ids and a new question none', () => {
		const kept = keepIds(
			[
				{ text: 'Stable Diffusion到底是什么?', answers: [{ speakerId: 'yizhou', text: '三个区别,一个是它开源' }] },
				{
					text: '你现在看到的工具链上有哪一些痛点?',
					answers: [{ speakerId: 'yiwen', text: '其实去年我跟我们的朋友们投了一家公司' }],
				},
				{
					text: '介绍一下什么是 Google 的 PaLM',
					answers: [{ speakerId: 'xuezhi', text: 'PaLM 是叫做Pathways Language Model' }],
				},
			],
			previous,
		);
		expect(kept.questionIds).toEqual(['sd', undefined, 'palm']);
		expect(kept.anchors).toEqual([['sd-yizhou'], [undefined], ['palm-xuezhi']]);
	});

	it('does not hand an answer anchor to a different speaker', () => {
		const kept = keepIds(
			[{ text: 'Stable Diffusion到底是什么?', answers: [{ speakerId: 'yiwen', text: '三个区别,一个是它开源' }] }],
			previous,
		);
		expect(kept.anchors).toEqual([[undefined]]);
	});

	it('keeps the anchor of an answer that moved, unchanged, to another question', () => {
		const kept = keepIds(
			[
				{ text: 'Stable Diffusion到底是什么?', answers: [] },
				{
					text: '它为什么开源?',
					answers: [{ speakerId: 'yizhou', text: '三个区别,一个是它开源' }],
				},
			],
			previous,
		);
		expect(kept.questionIds).toEqual(['sd', undefined]);
		expect(kept.anchors).toEqual([[], ['sd-yizhou']]);
	});
});
