import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './browser.ts';
import { htmlPaths, readBuiltPages, type BuiltPage } from './built-site.ts';
import { brokenLinks, readSite } from './link-check.ts';
import { openPage } from './page.ts';

/**
 * Show pages exist only on a site with more than one show. The real content has one, so these
 * tests read the variant build (global-setup.ts) of tests/fixtures/site/content (two shows, an
 * episode with none, English and Chinese episodes), which is also built under a base path, and
 * compare with the default build.
 */
const { dir, url, basePath, site } = inject('variant');
const pages = readBuiltPages(dir);
const browser = useChromium();
const page = (path: string): BuiltPage => {
	const found = pages.find((candidate) => candidate.path === path);
	if (!found) throw new Error(`No built page at ${path}; built: ${pages.map((p) => p.path).join(', ')}`);
	return found;
};
/** Episode links in a page's HTML, in order. */
const episodeLinks = (html: string): string[] =>
	[...html.matchAll(/<li[^>]*data-episode="([^"]+)"/gu)].map((match) => match[1] ?? '');

describe('a speaker transcript', () => {
	it('names who asked each question and links to their page, but not where the transcript does not say', () => {
		const asked = page('/static-sites/so-lets-start-simple/').html;
		expect(asked).toMatch(
			/<p [^>]*data-asked-by="jerod-santo"[^>]*>\s*<span>Asked by<\/span>\s*<a href="\/transcripts\/speakers\/jerod-santo\/"[^>]*>\s*Jerod Santo\s*<\/a>/u,
		);
		expect(page('/episode-12/static-sites-back/').html).not.toContain('data-asked-by');
	});
});

describe('a site with several shows', () => {
	it('builds a page for each show, listing only its episodes, newest first', () => {
		expect(htmlPaths(dir).filter((path) => path.startsWith('/shows/'))).toEqual([
			'/shows/static-stories/',
			'/shows/the-changelog/',
			'/shows/timed-talk/',
		]);
		expect(episodeLinks(page('/shows/the-changelog/').html)).toEqual(['static-sites', 'episode-7']);
		expect(episodeLinks(page('/shows/static-stories/').html)).toEqual(['episode-12']);
		expect(page('/shows/the-changelog/').title).toBe('The Changelog | Podcast transcripts');
		expect(page('/shows/the-changelog/').description).toBe(
			'All 2 episodes of The Changelog, as questions and answers.',
		);
	});

	it('groups the home page by show, with question and answer counts, and the episodes without a show last', () => {
		const home = page('/');
		const headings = [...home.html.matchAll(/<h2[^>]*>(.*?)<\/h2>/gu)].map((match) =>
			(match[1] ?? '').replace(/<[^>]+>/gu, ''),
		);
		expect(headings).toEqual(['Timed Talk', 'The Changelog', 'Static Stories', 'Other episodes']);
		expect(episodeLinks(home.html)).toEqual([
			'timed-3',
			'damoxing-1',
			'static-sites',
			'episode-7',
			'episode-12',
			'xianliao-1',
			'changelog-612',
		]);
		expect(home.links).toContain(`${basePath}shows/the-changelog/`);
		expect(home.links).toContain(`${basePath}shows/static-stories/`);
		expect(home.html).toMatch(/data-episode="static-sites".*?3 questions.*?7 answers/su);
		// The Chinese episode keeps its own language inside the English list.
		expect(home.html).toMatch(/<li lang="zh-CN" data-episode="xianliao-1">.*?2 个问题.*?4 个回答/su);
	});

	it('links the episode’s show to its page, also in the episode’s JSON-LD', () => {
		const episode = page('/static-sites/');
		expect(episode.links).toContain(`${basePath}shows/the-changelog/`);
		expect(JSON.parse(episode.jsonLd[0] ?? '')).toMatchObject({
			partOfSeries: {
				'@type': 'PodcastSeries',
				name: 'The Changelog',
				url: `${site}${basePath}shows/the-changelog/`,
			},
		});
		expect(JSON.parse(page('/xianliao-1/').jsonLd[0] ?? '')).not.toHaveProperty('partOfSeries');
	});

	it('gives every page a unique title and leads every internal link to a built page', () => {
		const titles = pages.map((candidate) => candidate.title);
		expect(titles.filter((title, index) => titles.indexOf(title) !== index)).toEqual([]);
		const address = { site, base: basePath };
		expect(brokenLinks(readSite(dir, address), address)).toEqual([]);
	});

	it('lists a host’s questions on their speaker page', () => {
		const jerod = page('/speakers/jerod-santo/');
		expect(jerod.html).toContain('Questions asked');
		expect(jerod.links).toContain(`${basePath}static-sites/so-lets-start-simple/`);
	});
});

describe('an undated episode', () => {
	it('is listed after every dated episode of its group, without a date', () => {
		const home = page('/').html;
		const card = /<li[^>]*data-episode="changelog-612"[^>]*>(.*?)<\/li>/su.exec(home)?.[1] ?? '';
		expect(card).toMatch(/3 questions.*?5 answers/su);
		expect(card).not.toContain('<time');
		expect(page('/changelog-612/').html).not.toMatch(/<header class="episode-main">.*?<time/su);
	});

	it('has no date in its JSON-LD and no pubDate in the feed, rather than a made-up one', async () => {
		expect(JSON.parse(page('/changelog-612/').jsonLd[0] ?? '')).not.toHaveProperty('datePublished');
		expect(JSON.parse(page('/static-sites/').jsonLd[0] ?? '')).toHaveProperty('datePublished', '2024-05-01');
		const feed = await (await fetch(new URL('rss.xml', url))).text();
		const items = feed.split('<item>').slice(1);
		const undated = items.find((item) => item.includes(`${basePath}changelog-612/</link>`)) ?? '';
		expect(undated).toContain('<title>The Changelog 612</title>');
		expect(undated).not.toContain('<pubDate>');
		expect(items.filter((item) => item.includes('<pubDate>'))).toHaveLength(items.length - 1);
	});
});

describe('searching a site with several shows', () => {
	async function open(path: string): Promise<{ tab: Page; problems: string[] }> {
		const { page: tab, problems } = await openPage(browser(), path, { site: url });
		return { tab, problems };
	}
	const listed = (tab: Page) =>
		tab
			.locator('search-page .search-question a')
			.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

	it('filters by show, episode and speaker, in English, ten answers at a time', async () => {
		const { tab, problems } = await open('/search/?show=The+Changelog');
		await tab.locator('.search-summary').waitFor();
		expect(await tab.locator('search-page legend').allTextContents()).toEqual(['Show', 'Episode', 'Speaker']);
		expect(await tab.getByRole('status').textContent()).toBe('11 answers');
		// A show's count is over the other filters only: what checking it would add.
		expect(await tab.getByRole('checkbox', { name: 'Static Stories 4' }).isChecked()).toBe(false);
		expect(await tab.getByRole('checkbox', { name: 'The Changelog 11' }).isChecked()).toBe(true);
		const first = await listed(tab);
		expect(first).toHaveLength(10);
		expect(first.every((path) => /^\/transcripts\/(?:static-sites|episode-7)\//u.test(path))).toBe(true);

		await tab.getByRole('button', { name: 'Show more answers' }).click();
		await expect.poll(() => listed(tab)).toHaveLength(11);
		expect(await tab.getByRole('button', { name: 'Show more answers' }).isVisible()).toBe(false);
		// Focus moves to the first answer that was added, where reading goes on.
		expect(
			await tab
				.locator('search-page .search-question a')
				.nth(10)
				.evaluate((link) => link === document.activeElement),
		).toBe(true);

		await tab.getByRole('checkbox', { name: /^Episode 7: Shipping on Fridays/u }).check();
		await expect.poll(() => listed(tab)).toHaveLength(4);
		expect((await listed(tab)).every((path) => path.startsWith(`${basePath}episode-7/`))).toBe(true);
		expect(new URL(tab.url()).searchParams.getAll('episode')).toEqual(['Episode 7: Shipping on Fridays']);
		expect(problems).toEqual([]);
	});

	it('finds answers from the dialog on an English page', async () => {
		const { tab, problems } = await open('/static-sites/');
		await tab.keyboard.press('/');
		await tab.keyboard.insertText('static');
		const status = tab.getByRole('dialog').getByRole('status');
		await expect.poll(() => status.textContent()).toMatch(/^\d+ answers?$/u);
		expect(await tab.getByRole('listbox', { name: 'Search results' }).getByRole('option').count()).toBeGreaterThan(0);
		expect(problems).toEqual([]);
	});
});

describe('a site with one show', () => {
	it('builds no show pages and links to none', () => {
		const siteDir = inject('siteDir');
		expect(htmlPaths(siteDir).filter((path) => path.startsWith('/shows/'))).toEqual([]);
		const defaultPages = readBuiltPages(siteDir);
		expect(defaultPages.flatMap((candidate) => candidate.links).filter((href) => href.includes('/shows/'))).toEqual([]);
		expect(defaultPages.find((candidate) => candidate.path === '/')?.html).toMatch(/<h2[^>]*>Onboard!<\/h2>/u);
	});
});
