import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './browser.ts';
import { isQuestionPage, readBuiltPages } from './built-site.ts';
import { brokenLinks, readSite } from './link-check.ts';

/**
 * The site deployed under a sub-path, as on GitHub Pages for a project: the variant build
 * (global-setup.ts), made with `BASE_PATH=/transcripts/` and served only under `/transcripts/`,
 * so any link that forgets the base path is a 404. The same build sets `SITE_URL` and
 * `EDIT_BASE_URL`, to see the edit links, and builds the fixture content
 * (tests/fixtures/site/content: English and Chinese episodes).
 */
const { dir, url, basePath, site, editBase } = inject('variant');
const pages = readBuiltPages(dir);
const browser = useChromium();

/** A page that records console errors, page errors, failed requests and HTTP errors. */
async function open(path: string, height = 900): Promise<{ page: Page; problems: string[] }> {
	const context = await browser().newContext({ viewport: { width: 1280, height } });
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => {
		if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	await page.goto(new URL(path.replace(/^\//u, ''), url).href);
	return { page, problems };
}

describe(`the site under ${basePath}`, () => {
	it('serves only under the base path', async () => {
		expect(url.endsWith(basePath)).toBe(true);
		expect((await fetch(new URL('/static-sites/', url))).status).toBe(404);
		expect((await fetch(new URL('static-sites/', url))).status).toBe(200);
	});

	it('walks from the home page to an episode and a question, styled, with no 404 and no console error', async () => {
		const { page, problems } = await open('/');
		expect(await page.locator('h1').textContent()).toBe('Podcast transcripts');
		// Tailwind's reset is applied only when the stylesheet loaded from under the base path.
		expect(await page.locator('body').evaluate((body) => getComputedStyle(body).margin)).toBe('0px');

		await page.getByRole('link', { name: 'Static sites, again' }).first().click();
		await page.waitForURL(`${url}static-sites/`);
		await page
			.getByRole('link', { name: /^So let.s start simple/u })
			.first()
			.click();
		await page.waitForURL(`${url}static-sites/so-lets-start-simple/`);
		expect(await page.locator('#so-lets-start-simple-ada-lovelace').getAttribute('data-speaker')).toBe('Ada Lovelace');

		const icon = await page.locator('link[rel="icon"]').getAttribute('href');
		const feed = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(icon).toBe(`${basePath}favicon.svg`);
		expect(feed).toBe(`${basePath}rss.xml`);
		expect(canonical).toBe(`${site}${basePath}static-sites/so-lets-start-simple/`);
		for (const href of [icon, feed]) {
			const response = await page.request.get(new URL(href ?? '', url).href);
			expect(response.status(), href ?? '').toBe(200);
		}
		expect(problems).toEqual([]);
	});

	it('names the sitemap under the base path in robots.txt, and the sitemap lists pages under it', async () => {
		const robots = await (await fetch(new URL('robots.txt', url))).text();
		expect(robots).toContain(`Sitemap: ${site}${basePath}sitemap-index.xml`);
		const index = await fetch(new URL('sitemap-index.xml', url));
		expect(index.status).toBe(200);
		expect(await index.text()).toContain(`<loc>${site}${basePath}sitemap-0.xml</loc>`);
		const sitemap = await (await fetch(new URL('sitemap-0.xml', url))).text();
		expect(sitemap).toContain(`<loc>${site}${basePath}static-sites/so-lets-start-simple/</loc>`);
		expect(sitemap).toContain(`<loc>${site}${basePath}xianliao-1/zuijin-mang/</loc>`);
		expect(sitemap).not.toMatch(new RegExp(`<loc>${site}/(?!transcripts/)`, 'u'));
		const feed = await (await fetch(new URL('rss.xml', url))).text();
		expect(feed).toContain(`<link>${site}${basePath}static-sites/</link>`);
		expect(feed).toContain(`<link>${site}${basePath}xianliao-1/</link>`);
	});

	it('finds 读书 from the header search box and lands on 李四’s answer under the base path', async () => {
		// The question page is short: in a window lower than the page, only a scroll to the answer
		// brings it to the top.
		const { page, problems } = await open('/', 500);
		await page.getByRole('searchbox', { name: 'Search questions and answers' }).fill('读书');
		const result = page
			.getByRole('dialog')
			.locator(`a[role="option"][href^="${basePath}xianliao-1/zuijin-mang/?highlight="][href$="#zuijin-mang-lisi"]`);
		await result.waitFor();
		await result.click();
		await page.waitForURL(
			(at) => at.pathname === `${basePath}xianliao-1/zuijin-mang/` && at.hash === '#zuijin-mang-lisi',
		);
		expect(new URL(page.url()).searchParams.get('highlight')).toBe('读书');
		const answer = page.locator('#zuijin-mang-lisi');
		await expect
			.poll(() => answer.evaluate((element) => Math.round(element.getBoundingClientRect().top)))
			.toBeLessThan(100);
		expect(problems).toEqual([]);
	});

	it('browses by speaker and searches on the search page under the base path, keeping both in its URL', async () => {
		const { page, problems } = await open('/search/?speaker=Linus');
		await page.locator('.search-summary').waitFor();
		const links = await page
			.locator('search-page .search-question a')
			.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
		expect(links).toEqual([
			`${basePath}episode-12/static-sites-back/#static-sites-back-linus`,
			`${basePath}episode-12/search-static-site/#search-static-site-linus`,
		]);
		await page.getByRole('searchbox', { name: 'Search questions and answers' }).fill('chunks');
		await expect.poll(() => page.url()).toBe(`${url}search/?q=chunks&speaker=Linus`);
		await expect
			.poll(() => page.locator('search-page .search-question a').first().getAttribute('href'))
			.toBe(`${basePath}episode-12/search-static-site/?highlight=chunks#search-static-site-linus`);
		expect(problems).toEqual([]);
	});

	it('keeps every internal link and resource of every page inside the base path, leading to a built file', () => {
		const address = { site, base: basePath };
		expect(brokenLinks(readSite(dir, address), address)).toEqual([]);
		const speakerLinks = pages.find((page) => page.path === '/static-sites/so-lets-start-simple/')?.links ?? [];
		expect(speakerLinks).toContain(`${basePath}speakers/ada-lovelace/`);
		const chineseLinks = pages.find((page) => page.path === '/xianliao-1/zuijin-mang/')?.links ?? [];
		expect(chineseLinks).toContain(`${basePath}speakers/lisi/`);
	});
});

describe('the edit link, with EDIT_BASE_URL set', () => {
	it('links each question page to its Markdown file in the repository', () => {
		const questionPages = pages.filter((page) => isQuestionPage(page));
		// 3 + 2 + 3 + 2 + 3 + 2 + 1 questions in tests/fixtures/site/content.
		expect(questionPages).toHaveLength(16);
		for (const page of questionPages) {
			const edits = page.links.filter((href) => href.startsWith(editBase));
			expect(edits, page.path).toHaveLength(1);
			const episode = page.path.split('/')[1] ?? '';
			expect(edits[0]).toMatch(
				new RegExp(
					`^https://github\\.com/example/transcripts/edit/main/tests/fixtures/site/content/episodes/${episode}/\\d\\d-[a-z0-9-]+\\.md$`,
					'u',
				),
			);
		}
		const english = questionPages.find((page) => page.path === '/static-sites/so-lets-start-simple/');
		expect(english?.links).toContain(
			`${editBase}tests/fixtures/site/content/episodes/static-sites/02-so-lets-start-simple.md`,
		);
		expect(english?.html).toContain('Suggest a correction');
		const chinese = questionPages.find((page) => page.path === '/xianliao-1/zuijin-mang/');
		expect(chinese?.links).toContain(`${editBase}tests/fixtures/site/content/episodes/xianliao-1/02-zuijin-mang.md`);
		expect(chinese?.html).toContain('提出修改建议');
	});

	it('shows it only on question pages', () => {
		const others = pages.filter((page) => !isQuestionPage(page));
		expect(others.filter((page) => page.links.some((href) => href.startsWith(editBase))).map((p) => p.path)).toEqual(
			[],
		);
	});
});
