import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { useChromium } from './browser.ts';
import { siteUrl } from './page.ts';

/**
 * Recall over tests/search/relevance.yaml: for each query, the answers the search page shows,
 * in order; the expected answer (or any answer of the expected question) must be first for at
 * least 97% of the queries (recall@1) and among the first three for all of them (recall@3).
 * Reports every miss.
 */
interface Case {
	query: string;
	expect: string;
	note?: string;
}

const cases = parse(
	readFileSync(fileURLToPath(new URL('../search/relevance.yaml', import.meta.url)), 'utf8'),
) as Case[];
const RECALL_AT_1 = 0.97;
const RECALL_AT_3 = 1;

const browser = useChromium();

/**
 * The answer URLs the search page lists for a query, as `/path/#anchor`, in display order.
 * Each query is typed into the search page and sent with Enter, as a reader's next search
 * would be; loading the page (and Pagefind) afresh for each of the 54 queries was most of this
 * test's time, and ranks nothing differently.
 */
async function shownAnswers(page: Page, query: string): Promise<string[]> {
	if (!page.url().includes('/search/')) {
		await page.goto(siteUrl(`/search/?q=${encodeURIComponent(query)}`));
	} else {
		// The previous search has finished (its summary was awaited); take its mark away, so that
		// the one awaited below is this query's.
		await page.locator('.search-summary').evaluate((status) => {
			status.classList.remove('search-summary');
		});
		await page.locator('#search-page-input').fill(query);
		await page.locator('#search-page-input').press('Enter');
	}
	await page.locator('.search-summary').first().waitFor();
	expect(new URL(page.url()).searchParams.get('q')).toBe(query);
	return page.locator('.search-page').evaluateAll((items) =>
		items.flatMap((item) => {
			const links = [...item.querySelectorAll<HTMLAnchorElement>('.search-answer a')];
			const chosen = links.length > 0 ? links : [...item.querySelectorAll<HTMLAnchorElement>('.search-question a')];
			return chosen.map((link) => {
				const url = new URL(link.href);
				return `${decodeURI(url.pathname)}${url.hash}`;
			});
		}),
	);
}

const matches = (shown: string, expected: string): boolean =>
	expected.includes('#') ? shown === expected : shown.split('#')[0] === expected;

describe('search relevance', () => {
	it(`lists the expected answer first for at least ${RECALL_AT_1 * 100}% of ${cases.length} queries and in the top 3 for all`, async () => {
		expect(cases.length).toBeGreaterThanOrEqual(40);
		// One page for all queries, as one reader searching again and again.
		const page = await browser().newPage();
		const missesAt1: string[] = [];
		const missesAt3: string[] = [];
		for (const { query, expect: expected } of cases) {
			const top = (await shownAnswers(page, query)).slice(0, 3);
			const miss = `${query} → expected ${expected}, got ${JSON.stringify(top)}`;
			if (!top.slice(0, 1).some((shown) => matches(shown, expected))) missesAt1.push(miss);
			if (!top.some((shown) => matches(shown, expected))) missesAt3.push(miss);
		}
		const recall = (misses: string[]): number => (cases.length - misses.length) / cases.length;
		const percent = (misses: string[]): string =>
			`${(recall(misses) * 100).toFixed(1)}% (${cases.length - misses.length}/${cases.length})`;
		console.log(`search recall@1: ${percent(missesAt1)}, recall@3: ${percent(missesAt3)}`);
		if (missesAt1.length > 0) console.log(`not first:\n${missesAt1.join('\n')}`);
		expect(recall(missesAt3), missesAt3.join('\n')).toBeGreaterThanOrEqual(RECALL_AT_3);
		expect(recall(missesAt1), missesAt1.join('\n')).toBeGreaterThanOrEqual(RECALL_AT_1);
	}, 180_000);

	it('marks what was searched, in excerpts of the answer’s own words', async () => {
		const page = await browser().newPage();
		await page.goto(siteUrl(`/search/?q=${encodeURIComponent('数据量')}`));
		await page.locator('.search-summary').first().waitFor();
		const results = await page.locator('.search-page').evaluateAll((items) =>
			items.map((item) => ({
				question: item.querySelector('.search-question a')?.firstChild?.textContent ?? '',
				excerpt: item.querySelector('.search-excerpt')?.textContent ?? '',
				marks: [...item.querySelectorAll('.search-excerpt mark')].map((mark) => mark.textContent),
			})),
		);
		expect(results.length).toBeGreaterThan(0);
		// 数据量, never 质量 (a word sharing the character 量) nor a lone 量.
		expect(results[0]?.marks).toContain('数据量');
		for (const { marks } of results) for (const mark of marks) expect(['数据量', '数据']).toContain(mark);
		// The excerpt is the answer's words, not its question's.
		for (const { question, excerpt } of results) expect(excerpt).not.toContain(question);
	});
});
