import { describe, expect, it } from 'vitest';
import {
	emptyFilters,
	facetValues,
	offeredFacets,
	readState,
	searchPageUrl,
	stateParams,
	withoutFacet,
} from '../../../src/client/search/state.ts';
import { wordsFromPath } from '../../../src/client/search/words-from-path.ts';

describe('the search state in the URL', () => {
	it('reads the query and repeated facet parameters, dropping blanks and repeats', () => {
		const state = readState(
			new URLSearchParams(
				'q=%E6%95%B0%E6%8D%AE%E9%87%8F&speaker=Yizhou&speaker=Yiwen&speaker=&speaker=Yizhou&show=Onboard!',
			),
		);
		expect(state).toEqual({
			query: '数据量',
			filters: { show: ['Onboard!'], episode: [], speaker: ['Yizhou', 'Yiwen'] },
		});
	});

	it('reads an address without parameters as an empty search', () => {
		expect(readState(new URLSearchParams(''))).toEqual({ query: '', filters: emptyFilters() });
	});

	it('writes the query first, then the facets in a fixed order, and leaves out what is empty', () => {
		const filters = { show: [], episode: ['EP 26'], speaker: ['Yizhou', 'Yiwen'] };
		expect(stateParams({ query: '  数据量 ', filters }).toString()).toBe(
			'q=%E6%95%B0%E6%8D%AE%E9%87%8F&episode=EP+26&speaker=Yizhou&speaker=Yiwen',
		);
		expect(stateParams({ query: ' ', filters: emptyFilters() }).toString()).toBe('');
	});

	it('round-trips every state through the URL', () => {
		const state = { query: 'GPT-3 模型', filters: { show: ['硅谷101'], episode: ['A & B'], speaker: ['Jerod Santo'] } };
		expect(readState(stateParams(state))).toEqual(state);
	});

	it('builds the search page address on the base path', () => {
		const filters = { ...emptyFilters(), speaker: ['Yiwen'] };
		expect(searchPageUrl('/transcripts/search/', { query: '', filters })).toBe('/transcripts/search/?speaker=Yiwen');
		expect(searchPageUrl('/search/', { query: '', filters: emptyFilters() })).toBe('/search/');
	});
});

describe('the filters on offer', () => {
	const site = {
		show: { 'Onboard!': 10 },
		episode: { 'EP 26': 10 },
		speaker: { Xuezhi: 4, Yiwen: 2, Yizhou: 4 },
	};

	it('offers only facets with a choice on the site, or with a value selected', () => {
		expect(offeredFacets(site, emptyFilters())).toEqual(['speaker']);
		expect(offeredFacets(site, { ...emptyFilters(), show: ['Onboard!'] })).toEqual(['show', 'speaker']);
	});

	it('orders values by answers on the site, then by name, with unknown selected values last', () => {
		expect(facetValues(site.speaker, [])).toEqual(['Xuezhi', 'Yizhou', 'Yiwen']);
		expect(facetValues(site.speaker, ['Yiwen', 'Nobody'])).toEqual(['Xuezhi', 'Yizhou', 'Yiwen', 'Nobody']);
	});

	it('drops one facet’s filter to count that facet’s values', () => {
		const filters = { show: ['Onboard!'], episode: [], speaker: ['Yiwen'] };
		expect(withoutFacet(filters, 'speaker')).toEqual({ show: ['Onboard!'], episode: [], speaker: [] });
		expect(filters.speaker).toEqual(['Yiwen']);
	});
});

describe('words from a missing address', () => {
	it.each([
		['/onboard-26/stable-diffusion-old/', '/', 'stable diffusion old'],
		['/onboard-26/stable_diffusion', '/', 'stable diffusion'],
		['/transcripts/onboard-26/train/index.html', '/transcripts/', 'train'],
		['/ep/%E6%95%B0%E6%8D%AE%E9%87%8F.html', '/', '数据量'],
		['/transcripts/', '/transcripts/', ''],
		['/', '/', ''],
		['/a/%E6%95%B0%E6%8D%AE%E9', '/', '%E6%95%B0%E6%8D%AE%E9'],
		['/one-two-three-four-five-six-seven-eight/', '/', 'one two three four five six'],
	])('reads %s (base %s) as %j', (pathname, base, words) => {
		expect(wordsFromPath(pathname, base)).toBe(words);
	});
});
