import { describe, expect, it } from 'vitest';
import { titleFromFileName } from '../../../src/importer/metadata.ts';

describe('a title from the file name', () => {
	it('turns hyphens and underscores into spaces and capitalizes the words', () => {
		expect(titleFromFileName('the-changelog-612.txt')).toBe('The Changelog 612');
		expect(titleFromFileName('deploy_friday_special.md')).toBe('Deploy Friday Special');
	});

	it('leaves short joining words in lower case unless they start the title', () => {
		expect(titleFromFileName('the-art-of-the-deploy.txt')).toBe('The Art of the Deploy');
	});

	it('keeps words that already have capitals as they are', () => {
		expect(titleFromFileName('JS-Party-GraphQL.txt')).toBe('JS Party GraphQL');
	});

	it('uses only the file name, not the folders before it', () => {
		expect(titleFromFileName('transcripts/2024/the-changelog-612.txt')).toBe('The Changelog 612');
		expect(titleFromFileName('C:\\transcripts\\the-changelog-612.txt')).toBe('The Changelog 612');
	});

	it('keeps a Chinese file name as it is, without its extension', () => {
		expect(titleFromFileName('硅谷101 第3期.txt')).toBe('硅谷101 第3期');
		expect(titleFromFileName('播客/张三访谈-上.txt')).toBe('张三访谈-上');
	});

	it('falls back to the whole file name when nothing else is left', () => {
		expect(titleFromFileName('---.txt')).toBe('---.txt');
	});
});
