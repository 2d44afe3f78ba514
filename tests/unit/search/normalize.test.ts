import { describe, expect, it } from 'vitest';
import { termsToMark } from '../../../src/client/highlight.ts';
import { landingUrl } from '../../../src/client/search/landing.ts';
import { normalizeQuery } from '../../../src/client/search/normalize.ts';

describe('normalizeQuery', () => {
	it('turns traditional Chinese into simplified, phrases and characters', async () => {
		expect(await normalizeQuery('數據量')).toBe('数据量');
		expect(await normalizeQuery('開源 編譯器')).toBe('开源 编译器');
	});

	it('turns full-width Latin and digits into ASCII and collapses spaces', async () => {
		expect(await normalizeQuery('  ＧＰＴ－３　模型 ')).toBe('GPT-3 模型');
	});

	it('leaves simplified Chinese and English alone', async () => {
		expect(await normalizeQuery('消费级GPU pre-train阶段')).toBe('消费级GPU pre-train阶段');
	});
});

describe('landingUrl', () => {
	it('puts the searched terms before the answer anchor', () => {
		expect(landingUrl('/onboard-26/train/#train-yizhou', '数据量')).toBe(
			'/onboard-26/train/?highlight=%E6%95%B0%E6%8D%AE%E9%87%8F#train-yizhou',
		);
		expect(landingUrl('/onboard-26/train/#train-yizhou', '  ')).toBe('/onboard-26/train/#train-yizhou');
	});
});

describe('termsToMark', () => {
	it('marks words as typed when they occur, in any case', () => {
		expect(termsToMark('GPU fine-tune', '在消费级gpu上去做 fine-tune')).toEqual(['fine-tune', 'gpu']);
	});

	it('falls back to two-character pieces of a Chinese word that does not occur whole', () => {
		expect(termsToMark('数据质量', '我们的数据要质量特别高')).toEqual(['数据', '质量']);
	});
});
