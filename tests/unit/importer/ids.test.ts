import { describe, expect, it } from 'vitest';
import { MAX_ID_LENGTH, slugify, speakerId, uniqueId } from '../../../src/importer/ids.ts';

describe('slugify', () => {
	it('uses the Latin words of a mixed question', () => {
		expect(slugify('Stable Diffusion到底是什么?')).toBe('stable-diffusion');
	});

	it('spells Chinese words in pinyin when the question has no Latin words', () => {
		expect(slugify('图片生成的这块')).toBe('tupian-shengcheng-kuai');
	});

	it('never exceeds the maximum length and cuts at word boundaries', () => {
		const slug = slugify('Supercalifragilisticexpialidocious internationalization considerations everywhere');
		expect(slug.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
		expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
	});
});

describe('speakerId', () => {
	it('makes ASCII ids from Latin and Chinese names', () => {
		expect(speakerId('Yizhou')).toBe('yizhou');
		expect(speakerId('张三')).toBe('zhangsan');
		expect(speakerId('Dr. Zoë Smith')).toBe('dr-zoe-smith');
	});
});

describe('uniqueId', () => {
	it('numbers repeats and falls back when the base is empty', () => {
		const taken = new Set<string>();
		expect(uniqueId('train', taken, 'q1')).toBe('train');
		expect(uniqueId('train', taken, 'q2')).toBe('train-2');
		expect(uniqueId('', taken, 'q3')).toBe('q3');
	});
});
