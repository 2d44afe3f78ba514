import { describe, expect, it } from 'vitest';
import { absoluteUrl, createUrls, editUrl, normalizeBasePath, reservedSlugProblem } from '../../../src/site/urls.ts';

describe('normalizeBasePath', () => {
	it.each([
		[undefined, '/'],
		['', '/'],
		['/', '/'],
		['transcripts', '/transcripts/'],
		['/transcripts', '/transcripts/'],
		['/transcripts/', '/transcripts/'],
		['//a/b//', '/a/b/'],
	])('reads BASE_PATH %j as %j', (input, expected) => {
		expect(normalizeBasePath(input)).toBe(expected);
	});

	it.each(['/a//b/', '/a/../b/', '/a?b', '/a b/'])('refuses %j, saying what to set', (input) => {
		expect(() => normalizeBasePath(input)).toThrow(/BASE_PATH is `.*`, which is not a URL path/u);
	});
});

describe('createUrls', () => {
	it('starts every URL with the base path and ends pages with a slash', () => {
		const urls = createUrls('/transcripts/');
		expect(urls.home()).toBe('/transcripts/');
		expect(urls.file('favicon.svg')).toBe('/transcripts/favicon.svg');
		expect(urls.search()).toBe('/transcripts/search/');
		expect(urls.episode('onboard-26')).toBe('/transcripts/onboard-26/');
		expect(urls.question('onboard-26', 'train')).toBe('/transcripts/onboard-26/train/');
		expect(urls.questionCard('onboard-26', 'train')).toBe('/transcripts/onboard-26/train/card.png');
		expect(urls.answer('onboard-26', 'train', 'train-yizhou')).toBe('/transcripts/onboard-26/train/#train-yizhou');
		expect(urls.show('the-changelog')).toBe('/transcripts/shows/the-changelog/');
		expect(urls.speaker('yizhou')).toBe('/transcripts/speakers/yizhou/');
	});

	it('builds root-relative URLs for a site at the root', () => {
		const urls = createUrls('/');
		expect(urls.home()).toBe('/');
		expect(urls.speaker('yizhou')).toBe('/speakers/yizhou/');
	});
});

describe('absoluteUrl', () => {
	it('puts a path on the configured site', () => {
		expect(absoluteUrl('/transcripts/rss.xml', 'https://example.org')).toBe('https://example.org/transcripts/rss.xml');
	});

	it('refuses to guess when no site is configured', () => {
		expect(() => absoluteUrl('/', undefined)).toThrow(/Set SITE_URL/u);
	});
});

describe('editUrl', () => {
	it('appends the file path from the project root to the repository edit URL', () => {
		expect(editUrl('https://github.com/org/repo/edit/main/', 'content/episodes/onboard-26/02-train.md')).toBe(
			'https://github.com/org/repo/edit/main/content/episodes/onboard-26/02-train.md',
		);
	});

	it('adds the slash the edit URL lacks, and encodes each path segment', () => {
		expect(editUrl('https://git.example/edit/main', './content/episodes/ep 1/01-a#b.md')).toBe(
			'https://git.example/edit/main/content/episodes/ep%201/01-a%23b.md',
		);
	});

	it('is undefined when no edit URL is configured or the file is unknown', () => {
		expect(editUrl(undefined, 'content/episodes/a/01-b.md')).toBeUndefined();
		expect(editUrl('', 'content/episodes/a/01-b.md')).toBeUndefined();
		expect(editUrl('https://github.com/org/repo/edit/main/', undefined)).toBeUndefined();
	});
});

describe('reservedSlugProblem', () => {
	it('refuses episode folders that would take one of the site’s own URLs, and says how to fix it', () => {
		expect(reservedSlugProblem('search')).toMatchInlineSnapshot(
			`"the episode folder \`search\` would take the site's own \`/search/\` URL. Rename the folder, e.g. \`search-episode\`."`,
		);
		expect(reservedSlugProblem('speakers')).toBeDefined();
		expect(reservedSlugProblem('onboard-26')).toBeUndefined();
	});
});
