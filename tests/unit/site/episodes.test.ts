import { describe, expect, it } from 'vitest';
import { commonLang, sortEpisodes } from '../../../src/site/episodes.ts';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

describe('sortEpisodes', () => {
	it('lists the newest episode first, undated episodes after every dated one, ties by slug', () => {
		const episodes = [
			{ slug: 'undated-b', date: undefined },
			{ slug: 'old', date: day('2020-01-01') },
			{ slug: 'undated-a', date: undefined },
			{ slug: 'new-b', date: day('2024-05-01') },
			{ slug: 'new-a', date: day('2024-05-01') },
		];
		expect(sortEpisodes(episodes).map(({ slug }) => slug)).toEqual(['new-a', 'new-b', 'old', 'undated-a', 'undated-b']);
	});
});

describe('commonLang', () => {
	it('is the episodes’ language when they agree, and English when they do not', () => {
		expect(commonLang([{ lang: 'zh-CN' }, { lang: 'zh-CN' }])).toBe('zh-CN');
		expect(commonLang([{ lang: 'zh-CN' }, { lang: 'en' }])).toBe('en');
	});
});
