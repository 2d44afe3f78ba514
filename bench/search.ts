/**
 * The `search` stage of `npm run bench`: search latency and bytes in headless Chromium,
 * through the site's real search page (src/pages/search.astro, <search-page>), for a fixed,
 * seeded set of queries drawn from the generated archive (so they have hits) and one with none.
 *
 * - **cold**: a fresh browser context (empty cache) opens `/search/?q=…`, as a reader
 *   following a shared search link does: the time from the navigation's start to the results
 *   rendered (the status marked `search-summary` by the page, then the next frame), and every
 *   byte fetched for it. The search page starts Pagefind as it loads, so the page and the search
 *   cannot be timed apart; `pagefindMs` is the part from the first request for the Pagefind bundle.
 * - **warm**: in the same page afterwards, each query submitted through the search form
 *   (no typing debounce): the time from the submit to the results rendered.
 *
 * Bytes: the static server (scripts/serve-static.ts, sirv) does not compress, so each response
 * body counts as a host with gzip would send it: its gzip size, or its own size when that is
 * smaller (Pagefind's index files are compressed already).
 */
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.ts';
import { serveStatic } from '../scripts/serve-static.ts';
import { random } from './synthetic.ts';

export type QueryKind = 'chinese-2' | 'chinese-3' | 'chinese-4' | 'mixed' | 'english' | 'none';

export interface SearchQuery {
	kind: QueryKind;
	text: string;
}

/** One search as measured. */
export interface QueryTiming {
	kind: QueryKind;
	query: string;
	ms: number;
	/** Answers the page says it found. */
	hits: number;
	requests: number;
	/** Response bodies as served here (uncompressed). */
	bytes: number;
	/** As a host with gzip would send them. */
	gzipBytes: number;
}

export interface ColdTiming extends QueryTiming {
	/** From the first request for the Pagefind bundle to the results rendered. */
	pagefindMs: number;
	/** Of `gzipBytes`, what came from /pagefind/ (bundle, WebAssembly, index chunks, fragments). */
	pagefindGzipBytes: number;
}

export interface SearchResult {
	/** Whether the static server compressed responses (it does not; bytes are gzipped here). */
	serverCompresses: boolean;
	queries: SearchQuery[];
	/** One fresh context per query, for the first few queries. */
	cold: ColdTiming[];
	coldMedianMs: number;
	coldMedianGzipBytes: number;
	/** Every query again, one after another in the page of the first cold run. */
	warm: QueryTiming[];
	warmMedianMs: number;
	warmP95Ms: number;
}

export class SearchBenchError extends Error {
	override name = 'SearchBenchError';
}

const HAN = /^\p{Script=Han}+$/u;
const LATIN = /^[A-Za-z]{4,}$/u;

function words(paragraph: string): string[] {
	return [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(paragraph)]
		.filter((segment) => segment.isWordLike === true)
		.map((segment) => segment.segment);
}

/**
 * The query set, the same for the same paragraphs and seed: three Chinese words each of two,
 * three and four characters, two Chinese words with an English one from the same paragraph,
 * two English words, and one query that matches nothing. Words are the word-like segments of
 * the archive's paragraphs (ICU's segmentation, as a reader's browser would split them).
 */
export function searchQueries(paragraphs: readonly string[], seed: number): SearchQuery[] {
	const next = random(seed);
	const queries: SearchQuery[] = [];
	const seen = new Set<string>();
	const take = (kind: QueryKind, count: number, choose: (paragraphWords: string[]) => string | undefined): void => {
		for (let tries = 0, found = 0; found < count && tries < 10_000; tries += 1) {
			const paragraph = paragraphs[Math.floor(next() * paragraphs.length)] ?? '';
			const text = choose(words(paragraph));
			if (text === undefined || seen.has(text)) continue;
			seen.add(text);
			queries.push({ kind, text });
			found += 1;
		}
	};
	const pickOf = (list: string[]): string | undefined => list[Math.floor(next() * list.length)];
	for (const length of [2, 3, 4] as const)
		take(`chinese-${length}`, 3, (list) => pickOf(list.filter((word) => HAN.test(word) && word.length === length)));
	take('mixed', 2, (list) => {
		const chinese = pickOf(list.filter((word) => HAN.test(word) && word.length >= 2));
		const english = pickOf(list.filter((word) => LATIN.test(word)));
		return chinese === undefined || english === undefined ? undefined : `${chinese} ${english}`;
	});
	take('english', 2, (list) => pickOf(list.filter((word) => LATIN.test(word))));
	const text = paragraphs.join('\n');
	let none = 'qzxjvkwpfgyb';
	while (text.includes(none)) none += 'q';
	queries.push({ kind: 'none', text: none });
	if (queries.length < 14)
		throw new SearchBenchError(
			`The archive gave only ${queries.length} of the 14 search queries; generate more answers (--answers) or another --seed.`,
		);
	return queries;
}

const median = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? Number.NaN;
const percentile = (list: number[], p: number): number =>
	[...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.ceil((p / 100) * list.length) - 1)] ?? Number.NaN;

/** Response bodies fetched by a context, for one phase at a time. */
class Transfers {
	#pending: Promise<{ url: string; bytes: number; gzipBytes: number }>[] = [];

	constructor(context: BrowserContext) {
		context.on('response', (response) => {
			this.#pending.push(this.#size(response));
		});
	}

	async #size(response: Response): Promise<{ url: string; bytes: number; gzipBytes: number }> {
		const body = await response.body().catch(() => Buffer.alloc(0)); // A redirect has none.
		return { url: response.url(), bytes: body.length, gzipBytes: Math.min(body.length, gzipSync(body).length) };
	}

	/** What was fetched since the last call. */
	async take(): Promise<{ url: string; bytes: number; gzipBytes: number }[]> {
		const pending = this.#pending;
		this.#pending = [];
		return Promise.all(pending);
	}
}

const TIMEOUT_MS = 60_000;

/** The number in the page's status line ("找到 12 个回答"), or 0 when it names none. */
async function hitCount(page: Page): Promise<number> {
	const status = await page.locator('search-page [data-search-status]').textContent();
	return Number(/\d[\d,]*/u.exec(status ?? '')?.[0]?.replace(/,/gu, '') ?? '0');
}

/** Marks when the page's search finishes: the status gets `search-summary`, then one frame paints. */
function watchForResults(): void {
	const marks = window as unknown as { benchDone?: number; benchPainted?: number };
	new MutationObserver((changes) => {
		for (const change of changes) {
			const target = change.target;
			if (
				target instanceof HTMLElement &&
				target.matches('search-page [data-search-status]') &&
				target.className === 'search-summary' &&
				marks.benchDone === undefined
			) {
				marks.benchDone = performance.now();
				requestAnimationFrame(() =>
					setTimeout(() => {
						marks.benchPainted = performance.now();
					}, 0),
				);
			}
		}
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
}

async function coldQuery(
	context: BrowserContext,
	siteUrl: string,
	query: SearchQuery,
): Promise<{ timing: ColdTiming; page: Page; transfers: Transfers }> {
	const transfers = new Transfers(context);
	await context.addInitScript(watchForResults);
	const page = await context.newPage();
	const url = new URL(`search/?q=${encodeURIComponent(query.text)}`, siteUrl).href;
	await page.goto(url, { timeout: TIMEOUT_MS });
	try {
		await page.waitForFunction(
			() => (window as unknown as { benchPainted?: number }).benchPainted !== undefined,
			null,
			{
				timeout: TIMEOUT_MS,
			},
		);
	} catch {
		const status = await page.locator('search-page [data-search-status]').textContent();
		throw new SearchBenchError(
			`The search page at ${url} showed no results within ${TIMEOUT_MS / 1000} s (status: "${status ?? ''}"). ` +
				'Open it in a browser: did Pagefind load (dist/pagefind/)?',
		);
	}
	const times = await page.evaluate(() => {
		const painted = (window as unknown as { benchPainted: number }).benchPainted;
		const bundle = performance.getEntriesByType('resource').find((entry) => entry.name.includes('/pagefind/pagefind'));
		return { painted, bundleStart: bundle?.startTime ?? Number.NaN };
	});
	const fetched = await transfers.take();
	const pagefind = fetched.filter((item) => new URL(item.url).pathname.includes('/pagefind/'));
	return {
		timing: {
			kind: query.kind,
			query: query.text,
			ms: times.painted,
			pagefindMs: times.painted - times.bundleStart,
			hits: await hitCount(page),
			requests: fetched.length,
			bytes: fetched.reduce((sum, item) => sum + item.bytes, 0),
			gzipBytes: fetched.reduce((sum, item) => sum + item.gzipBytes, 0),
			pagefindGzipBytes: pagefind.reduce((sum, item) => sum + item.gzipBytes, 0),
		},
		page,
		transfers,
	};
}

async function warmQuery(page: Page, transfers: Transfers, query: SearchQuery): Promise<QueryTiming> {
	const ms = await page.evaluate(
		async ({ text, timeout }) => {
			const root = document.querySelector('search-page');
			const form = root?.querySelector('form');
			const input = root?.querySelector<HTMLInputElement>('input[type="search"]');
			const status = root?.querySelector<HTMLElement>('[data-search-status]');
			if (!form || !input || !status)
				throw new Error('The search page has no form, box or status: see src/pages/search.astro.');
			status.className = '';
			input.value = text;
			const done = new Promise<number>((resolve, reject) => {
				const observer = new MutationObserver(() => {
					if (status.className !== 'search-summary') return;
					observer.disconnect();
					requestAnimationFrame(() =>
						setTimeout(() => {
							resolve(performance.now());
						}, 0),
					);
				});
				observer.observe(status, { attributes: true, attributeFilter: ['class'] });
				setTimeout(() => {
					reject(new Error(`no results for "${text}" within ${timeout / 1000} s (status: "${status.textContent}")`));
				}, timeout);
			});
			const started = performance.now();
			form.requestSubmit();
			return (await done) - started;
		},
		{ text: query.text, timeout: TIMEOUT_MS },
	);
	const fetched = await transfers.take();
	return {
		kind: query.kind,
		query: query.text,
		ms,
		hits: await hitCount(page),
		requests: fetched.length,
		bytes: fetched.reduce((sum, item) => sum + item.bytes, 0),
		gzipBytes: fetched.reduce((sum, item) => sum + item.gzipBytes, 0),
	};
}

/** How many of the queries are also measured cold, each in a fresh context. */
const COLD_RUNS = 3;

/** Serves `dist`, runs the query set in Chromium, and closes both, also on failure. */
export async function measureSearch(dist: string, queries: readonly SearchQuery[]): Promise<SearchResult> {
	const server = await serveStatic(dist);
	const browser = await launchChromium();
	try {
		const cold: ColdTiming[] = [];
		let warm: QueryTiming[] = [];
		for (const [index, query] of queries.slice(0, COLD_RUNS).entries()) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			try {
				const run = await coldQuery(context, server.url, query);
				cold.push(run.timing);
				if (index === 0) {
					warm = [];
					for (const next of queries) warm.push(await warmQuery(run.page, run.transfers, next));
				}
			} finally {
				await context.close();
			}
		}
		// Every drawn query must find answers; the last should find none (Pagefind's matching of
		// a string found nowhere is reported in `hits`, not failed on).
		const missing = warm.filter((timing) => timing.kind !== 'none' && timing.hits === 0);
		if (missing.length > 0)
			throw new SearchBenchError(
				`The search found no answers for ${missing.map((timing) => `"${timing.query}" (${timing.kind})`).join(', ')}, ` +
					'though each query was drawn from the archive. Check the search page and the index.',
			);
		return {
			serverCompresses: false,
			queries: [...queries],
			cold,
			coldMedianMs: median(cold.map((timing) => timing.ms)),
			coldMedianGzipBytes: median(cold.map((timing) => timing.gzipBytes)),
			warm,
			warmMedianMs: median(warm.map((timing) => timing.ms)),
			warmP95Ms: percentile(
				warm.map((timing) => timing.ms),
				95,
			),
		};
	} finally {
		await browser.close();
		await server.close();
	}
}
