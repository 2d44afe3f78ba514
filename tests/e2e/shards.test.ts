import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../../scripts/build-site.ts';
import { serveStaticSites, type StaticServer } from '../../scripts/serve-static.ts';
import { useChromium } from './browser.ts';
import { openPage, type WatchedPage } from './page.ts';

/**
 * An archive built as two sites and searched as one (docs/deploy.md, "Several builds, one
 * search"): the two shards in tests/fixtures/shards/, each built on its own with its own
 * `CONTENT_DIR` and `BASE_PATH`, served from one host under `/shows/harbour/` and
 * `/shows/forest/`. Both get the same `SEARCH_SHARDS`, which also lists a third shard that was
 * never deployed (`/shows/gone/`): every search here has to survive it.
 *
 * The shards are built here rather than in global-setup.ts: only this file reads them.
 */

const HARBOUR = '/shows/harbour/';
const FOREST = '/shows/forest/';
const GONE = '/shows/gone/';
const SHARDS = `${HARBOUR} ${FOREST} ${GONE}`;

const GLASS = `${HARBOUR}harbour-1/how-did-you-start/#how-did-you-start-grace-hopper`;
const LIGHTHOUSE = `${FOREST}forest-1/what-was-your-first-job/#what-was-your-first-job-linus`;

/** What the browser says about the shard that is not there: its entry file's 404, and nothing else. */
const GONE_404 = 'console error: Failed to load resource: the server responded with a status of 404 (Not Found)';

const browser = useChromium();
const built: BuiltSite[] = [];
let server: StaticServer | undefined;

beforeAll(async () => {
	const shard = (content: string, basePath: string): Promise<BuiltSite> =>
		buildSite({
			env: { CONTENT_DIR: `tests/fixtures/shards/${content}`, BASE_PATH: basePath, SEARCH_SHARDS: SHARDS },
		});
	// At once, as the jobs of a CI matrix would; settled, so that when one fails the other is still cleaned up.
	const results = await Promise.allSettled([shard('harbour', HARBOUR), shard('forest', FOREST)]);
	for (const result of results) if (result.status === 'fulfilled') built.push(result.value);
	const [harbour, forest] = results.map((result) => {
		if (result.status === 'rejected') throw result.reason;
		return result.value;
	});
	if (!harbour || !forest) throw new Error('Two shards were built, but not both were returned.');
	server = await serveStaticSites([
		{ dir: harbour.dir, prefix: HARBOUR },
		{ dir: forest.dir, prefix: FOREST },
	]);
}, 240_000);

afterAll(async () => {
	await server?.close();
	for (const site of built) site.cleanup();
});

/** The host both shards are served from, ending in `/`: paths here start with a shard's base path. */
function origin(): string {
	const url = server?.url ?? expect.fail('The shards are not served; see the error of beforeAll above.');
	return new URL('/', url).href;
}

/** Opens a page of the archive, also recording the console's warnings. */
async function open(path: string): Promise<WatchedPage & { warnings: string[] }> {
	const watched = await openPage(browser(), path, { site: origin() });
	const warnings: string[] = [];
	watched.page.on('console', (message: ConsoleMessage) => {
		if (message.type() === 'warning') warnings.push(message.text());
	});
	return { ...watched, warnings };
}

/** An answer link as `/path/#anchor`, without the `highlight` parameter. */
function answerOf(href: string): string {
	const url = new URL(href, origin());
	return `${decodeURI(url.pathname)}${url.hash}`;
}

async function listed(page: Page): Promise<string[]> {
	const hrefs = await page
		.locator('search-page .search-question a')
		.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
	return hrefs.map(answerOf);
}

/** The count shown next to a filter value on the search page. */
async function facetCount(page: Page, facet: 'show' | 'speaker', value: string): Promise<string> {
	const label = page.locator('search-page label', { has: page.locator(`input[name="${facet}"][value="${value}"]`) });
	return (await label.locator('.search-count').textContent()) ?? '';
}

describe('two shards searched as one', () => {
	it('finds from the harbour shard’s dialog a phrase only the forest shard holds, and its result opens that answer', async () => {
		const { page, problems, warnings } = await open(HARBOUR);
		await page.keyboard.press('/');
		await page.keyboard.insertText('lighthouse keeper');
		const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
		await expect
			.poll(async () =>
				(await options.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))).map(answerOf),
			)
			.toEqual([LIGHTHOUSE]);
		await options.first().click();
		await page.waitForURL((url) => `${url.pathname}${url.hash}` === LIGHTHOUSE);
		expect(await page.locator('#what-was-your-first-job-linus').getAttribute('data-speaker')).toBe('Linus');
		expect(problems).toEqual([GONE_404]);
		expect(warnings.some((warning) => warning.includes(GONE))).toBe(true);
	});

	it('finds from the forest shard’s search page a phrase only the harbour shard holds, and opens it', async () => {
		const { page, problems } = await open(`${FOREST}search/?q=glassblowing`);
		await expect.poll(() => listed(page)).toEqual([GLASS]);
		await page.locator('search-page .search-question a').first().click();
		await page.waitForURL((url) => `${url.pathname}${url.hash}` === GLASS);
		expect(await page.locator('#how-did-you-start-grace-hopper').getAttribute('data-speaker')).toBe('Grace Hopper');
		expect(problems).toEqual([GONE_404]);
	});

	it('counts the filters over both shards: both shows, and a speaker who answers in each', async () => {
		const { page, problems } = await open(`${HARBOUR}search/?speaker=${encodeURIComponent('Ada Lovelace')}`);
		await expect
			.poll(async () => (await listed(page)).sort())
			.toEqual(
				[
					`${HARBOUR}harbour-1/how-did-you-start/#how-did-you-start-ada-lovelace`,
					`${FOREST}forest-1/what-was-your-first-job/#what-was-your-first-job-ada-lovelace`,
				].sort(),
			);
		expect(await facetCount(page, 'speaker', 'Ada Lovelace')).toBe('2');
		expect(await facetCount(page, 'show', 'Harbour Talk')).toBe('1');
		expect(await facetCount(page, 'show', 'Forest Radio')).toBe('1');
		expect(problems).toEqual([GONE_404]);
	});

	it('suggests answers from the other shard on a missing page', async () => {
		const { page, problems } = await open(`${HARBOUR}lighthouse-keeper/`);
		const results = page.getByRole('region', { name: /lighthouse keeper/u });
		await results.waitFor();
		const answers = (
			await results
				.locator('.search-question a')
				.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))
		).map(answerOf);
		expect(answers).toContain(LIGHTHOUSE);
		// The missing page's own 404, and the missing shard's.
		expect(problems).toEqual([GONE_404, GONE_404]);
	});

	it('still searches this shard, with a console warning and no page error, when another shard cannot be reached', async () => {
		const { page, problems, warnings } = await open('about:blank');
		await page.route(`**${FOREST}pagefind/**`, (route) => route.abort('connectionrefused'));
		await page.goto(new URL(`${HARBOUR.slice(1)}search/?q=glassblowing`, origin()).href);
		await expect.poll(() => listed(page)).toEqual([GLASS]);
		expect(await page.getByRole('status').textContent()).toBe('1 answer');
		expect(warnings.some((warning) => warning.includes(FOREST))).toBe(true);
		// Only the two shards that did not answer: no page error, nothing else failed.
		const refused = 'console error: Failed to load resource: net::ERR_CONNECTION_REFUSED';
		const expected = (problem: string): boolean =>
			problem === GONE_404 ||
			problem === refused ||
			problem === `request failed: ${origin()}${FOREST.slice(1)}pagefind/pagefind-entry.json`;
		expect(problems.filter((problem) => !expected(problem))).toEqual([]);
		expect(problems).toContain(refused);
	});
});
