import { describe, expect, it } from 'vitest';
import { parseSearchShards, SearchShardsError } from '../../../src/site/search-shards.ts';
import { SearchLanguageError, searchLanguage } from '../../../src/site/search-language.ts';

describe('parseSearchShards', () => {
	it.each([
		[undefined, []],
		['', []],
		['  ', []],
		['/shows/harbour/', ['/shows/harbour/']],
		['/shows/harbour /shows/forest', ['/shows/harbour/', '/shows/forest/']],
		['/a/,/b/\n/a/', ['/a/', '/b/']],
		['https://forest.example.org', ['https://forest.example.org/']],
		['https://example.org/archive/forest, /shows/harbour/', ['https://example.org/archive/forest/', '/shows/harbour/']],
	])('reads SEARCH_SHARDS %j as %j', (input, expected) => {
		expect(parseSearchShards(input)).toEqual(expected);
	});

	it.each([
		['shows/harbour/', /neither a path starting with `\/` nor an absolute URL/u],
		['//forest.example.org/', /has no scheme/u],
		['/shows/../harbour/', /is not a plain path/u],
		['/search/?q=x', /has a query or fragment/u],
		['ftp://example.org/', /is not an http\(s\) URL/u],
		['https://user:secret@example.org/', /holds a user name or password/u],
	])('refuses %j, naming the entry and what to write', (input, why) => {
		const parse = (): string[] => parseSearchShards(`/fine/ ${input}`);
		expect(parse).toThrow(SearchShardsError);
		expect(parse).toThrow(why);
		expect(parse).toThrow(`SEARCH_SHARDS lists \`${input}\``);
	});
});

describe('searchLanguage', () => {
	it.each([
		[undefined, undefined],
		[' ', undefined],
		['zh-CN', 'zh-cn'],
		['EN', 'en'],
	])('reads SEARCH_LANGUAGE %j as the index language %j', (input, expected) => {
		expect(searchLanguage(input)).toBe(expected);
	});

	it('refuses what is not a language tag, saying what to set', () => {
		expect(() => searchLanguage('chinese simplified')).toThrow(SearchLanguageError);
		expect(() => searchLanguage('chinese simplified')).toThrow(
			/SEARCH_LANGUAGE is `chinese simplified`, which is not a language tag/u,
		);
	});
});
