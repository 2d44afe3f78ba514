import { describe, expect, it } from 'vitest';
import { toCjkPunctuation } from '../../../src/importer/cjk-punctuation.ts';
import { planImport } from '../../../src/importer/plan.ts';
import { seedBytes } from './seed.ts';

describe('--cjk-punctuation', () => {
	it('makes ASCII punctuation next to Chinese text full-width', () => {
		expect(toCjkPunctuation('你要去train,都只需要数据?对!就是这样:好;行')).toEqual({
			text: '你要去train，都只需要数据？对！就是这样：好；行',
			changes: 5,
		});
	});

	it('converts brackets in pairs', () => {
		expect(toCjkPunctuation('服务(Natural Language Process,NLP)深度整合').text).toBe(
			'服务（Natural Language Process,NLP）深度整合',
		);
	});

	it('leaves Latin text, numbers, times and URLs alone', () => {
		for (const text of ['GPT-3.5 model', 'a, b (c)', '23:30:43', 'https://example.com/x?y=1', '版本 1,000']) {
			expect(toCjkPunctuation(text)).toEqual({ text, changes: 0 });
		}
	});

	it('counts the changes in the report and still passes the nothing-lost check on the seed', () => {
		const plan = planImport(seedBytes(), { file: 'onboard-26.txt', cjkPunctuation: true });
		expect(plan.report.counts.cjkPunctuation).toBeGreaterThan(100);
		expect(plan.report.questions[1]?.question).toMatch(/^如果以后每一个领域你要去train，都只需要非常少的数据。/u);
		expect(plan.report.counts.questions).toBe(9);
	});
});
