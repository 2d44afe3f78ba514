import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/build-site.ts';
import { launchChromium } from '../../scripts/chromium.ts';
import { serveStatic } from '../../scripts/serve-static.ts';
import { brokenLinks, readBuiltPages, type BuiltPage } from './built-site.ts';

/**
 * The site deployed under a sub-path, as on GitHub Pages for a project: built with
 * `BASE_PATH=/transcripts/` and served only under `/transcripts/`, so any link that forgets
 * the base path is a 404. The same build sets `EDIT_BASE_URL`, to see the edit links.
 */
const basePath = '/transcripts/';
const site = 'https://example.org';
const editBase = 'https://github.com/example/transcripts/edit/main/';

let browser: Browser;
let built: ReturnType<typeof buildSite>;
let server: Awaited<ReturnType<typeof serveStatic>>;
let pages: BuiltPage[];

beforeAll(async () => {
	built = buildSite({ env: { BASE_PATH: basePath, SITE_URL: site, EDIT_BASE_URL: editBase } });
	server = await serveStatic(built.dir, { prefix: basePath });
	browser = await launchChromium();
	pages = readBuiltPages(built.dir);
}, 180_000);
afterAll(async () => {
	// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll failed
	await browser?.close();
	// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll failed
	await server?.close();
	// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll failed
	built?.cleanup();
});

/** A page that records console errors, page errors, failed requests and HTTP errors. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
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
	await page.goto(new URL(path.replace(/^\//u, ''), server.url).href);
	return { page, problems };
}

describe(`the site under ${basePath}`, () => {
	it('serves only under the base path', async () => {
		expect(server.url.endsWith(basePath)).toBe(true);
		expect((await fetch(new URL('/onboard-26/', server.url))).status).toBe(404);
		expect((await fetch(new URL('onboard-26/', server.url))).status).toBe(200);
	});

	it('walks from the home page to an episode and a question, styled, with no 404 and no console error', async () => {
		const { page, problems } = await open('/');
		expect(await page.locator('h1').textContent()).toBe('播客文字稿');
		// Tailwind's reset is applied only when the stylesheet loaded from under the base path.
		expect(await page.locator('body').evaluate((body) => getComputedStyle(body).margin)).toBe('0px');

		await page
			.getByRole('link', { name: /ChatGPT与生成式AI的技术演进与商业未来/u })
			.first()
			.click();
		await page.waitForURL(`${server.url}onboard-26/`);
		await page
			.getByRole('link', { name: /^如果以后每一个领域你要去train/u })
			.first()
			.click();
		await page.waitForURL(`${server.url}onboard-26/train/`);
		expect(await page.locator('#train-yizhou').getAttribute('data-speaker')).toBe('Yizhou');

		const icon = await page.locator('link[rel="icon"]').getAttribute('href');
		const feed = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(icon).toBe(`${basePath}favicon.svg`);
		expect(feed).toBe(`${basePath}rss.xml`);
		expect(canonical).toBe(`${site}${basePath}onboard-26/train/`);
		for (const href of [icon, feed]) {
			const response = await page.request.get(new URL(href ?? '', server.url).href);
			expect(response.status(), href ?? '').toBe(200);
		}
		expect(problems).toEqual([]);
	});

	it('names the sitemap under the base path in robots.txt, and the sitemap lists pages under it', async () => {
		const robots = await (await fetch(new URL('robots.txt', server.url))).text();
		expect(robots).toContain(`Sitemap: ${site}${basePath}sitemap-index.xml`);
		const index = await fetch(new URL('sitemap-index.xml', server.url));
		expect(index.status).toBe(200);
		expect(await index.text()).toContain(`<loc>${site}${basePath}sitemap-0.xml</loc>`);
		const sitemap = await (await fetch(new URL('sitemap-0.xml', server.url))).text();
		expect(sitemap).toContain(`<loc>${site}${basePath}onboard-26/train/</loc>`);
		expect(sitemap).not.toMatch(new RegExp(`<loc>${site}/(?!transcripts/)`, 'u'));
		const feed = await (await fetch(new URL('rss.xml', server.url))).text();
		expect(feed).toContain(`<link>${site}${basePath}onboard-26/</link>`);
	});

	it('finds 数据量 from the header search box and lands on Yizhou’s answer under the base path', async () => {
		const { page, problems } = await open('/');
		await page.getByRole('searchbox', { name: '搜索问题和回答' }).fill('数据量');
		const result = page
			.getByRole('dialog')
			.locator(`a[role="option"][href^="${basePath}onboard-26/train/?highlight="][href$="#train-yizhou"]`);
		await result.waitFor();
		await result.click();
		await page.waitForURL((url) => url.pathname === `${basePath}onboard-26/train/` && url.hash === '#train-yizhou');
		const answer = page.locator('#train-yizhou');
		await expect
			.poll(() => answer.evaluate((element) => Math.round(element.getBoundingClientRect().top)))
			.toBeLessThan(100);
		expect(problems).toEqual([]);
	});

	it('browses by speaker and searches on the search page under the base path, keeping both in its URL', async () => {
		const { page, problems } = await open('/search/?speaker=Yiwen');
		await page.locator('.search-summary').waitFor();
		const links = await page
			.locator('search-page .search-question a')
			.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
		expect(links).toEqual([
			`${basePath}onboard-26/train/#train-yiwen`,
			`${basePath}onboard-26/gongju-lian-shangyou-tongdian/#gongju-lian-shangyou-tongdian-yiwen`,
		]);
		await page.getByRole('searchbox', { name: '搜索问题和回答' }).fill('数据量');
		const query = encodeURIComponent('数据量');
		await expect.poll(() => page.url()).toBe(`${server.url}search/?q=${query}&speaker=Yiwen`);
		await expect
			.poll(() => page.locator('search-page .search-question a').first().getAttribute('href'))
			.toBe(`${basePath}onboard-26/train/?highlight=${query}#train-yiwen`);
		expect(problems).toEqual([]);
	});

	it('keeps every internal link and resource of every page inside the base path, leading to a built file', () => {
		expect(brokenLinks(pages, built.dir, basePath)).toEqual([]);
		const speakerLinks = pages.find((page) => page.path === '/onboard-26/train/')?.links ?? [];
		expect(speakerLinks).toContain(`${basePath}speakers/yizhou/`);
	});
});

describe('the edit link, with EDIT_BASE_URL set', () => {
	it('links each question page to its Markdown file in the repository', () => {
		const questionPages = pages.filter((page) => /^\/onboard-26\/[^/]+\/$/u.test(page.path));
		expect(questionPages).toHaveLength(9);
		for (const page of questionPages) {
			const edits = page.links.filter((href) => href.startsWith(editBase));
			expect(edits, page.path).toHaveLength(1);
			expect(edits[0]).toMatch(
				/^https:\/\/github\.com\/example\/transcripts\/edit\/main\/content\/episodes\/onboard-26\/\d\d-[a-z0-9-]+\.md$/u,
			);
		}
		const train = questionPages.find((page) => page.path === '/onboard-26/train/');
		expect(train?.links).toContain(`${editBase}content/episodes/onboard-26/02-train.md`);
		expect(train?.html).toContain('提出修改建议');
	});

	it('shows it only on question pages', () => {
		const others = pages.filter((page) => !/^\/onboard-26\/[^/]+\/$/u.test(page.path));
		expect(others.filter((page) => page.links.some((href) => href.startsWith(editBase))).map((p) => p.path)).toEqual(
			[],
		);
	});
});
