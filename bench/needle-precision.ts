/**
 * How often a search for a planted needle (bench/needles.ts) lists its answer first, through
 * the site's search engine in Chromium (scripts/search-index-site.ts). Used by
 * tests/e2e/search-precision.test.ts at 1,000 answers, and on its own for larger archives:
 *
 *   node bench/needle-precision.ts --answers 10000 --needles 120 --seed 26
 *
 * prints the precision at rank 1, the time it took, and every miss.
 */
import { parseArgs } from 'node:util';
import type { Browser, Request } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.ts';
import { serveSearchIndex } from '../scripts/search-index-site.ts';
import type { SearchEngine } from '../src/client/search/engine.ts';
import { needleArchive, type NeedleArchive } from './needle-records.ts';
import type { Needle } from './needles.ts';

declare global {
	interface Window {
		searchEngine: SearchEngine;
	}
}

export interface NeedleMiss {
	needle: Needle;
	/** The first three answers the search listed. */
	got: string[];
}

export interface NeedlePrecision {
	/** Needles whose answer the search listed first, over all needles. */
	precision: number;
	misses: NeedleMiss[];
	/** Milliseconds of each search, in the order of the needles (after the first search, below). */
	latencies: number[];
	/**
	 * Bytes the first search fetched (bodies as served, headers left out), by kind: Pagefind's
	 * index chunks, filters and metadata, its fragments (both gzip already as Pagefind writes
	 * them), and the code (pagefind.js, its wasm and the engine's chunks, not compressed by the
	 * test's server; a host would gzip them).
	 */
	firstSearchBytes: { index: number; fragments: number; code: number };
	/** Milliseconds of the first search, Pagefind's loading included. */
	firstSearchMs: number;
}

/** Searches every needle of `archive` in a fresh page of `browser`, one after another as a reader would. */
export async function measureNeedles(browser: Browser, archive: NeedleArchive): Promise<NeedlePrecision> {
	const site = await serveSearchIndex(archive.records);
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(site.url);
		await page.waitForFunction(() => 'searchEngine' in window);
		const firstSearchBytes = { index: 0, fragments: 0, code: 0 };
		const sizes: Promise<void>[] = [];
		const count = (request: Request): void => {
			const kind = request.url().includes('/fragment/')
				? 'fragments'
				: /\/(index|filter)\/|\.pf_meta$/u.test(request.url())
					? 'index'
					: 'code';
			sizes.push(
				request.sizes().then((size) => {
					firstSearchBytes[kind] += size.responseBodySize;
				}),
			);
		};
		// The first search alone, cold: what a reader's first query costs to fetch.
		page.on('requestfinished', count);
		const firstSearchMs = await page.evaluate(async (query) => {
			const started = performance.now();
			await window.searchEngine.search(query, {}, 3);
			return performance.now() - started;
		}, archive.needles[0]?.query ?? '');
		page.off('requestfinished', count);
		await Promise.all(sizes);
		const answers = await page.evaluate(
			async (queries) => {
				const listed: { urls: string[]; ms: number }[] = [];
				for (const query of queries) {
					const started = performance.now();
					const outcome = await window.searchEngine.search(query, {}, 3);
					listed.push({ urls: outcome.hits.map((hit) => hit.url), ms: performance.now() - started });
				}
				return listed;
			},
			archive.needles.map((needle) => needle.query),
		);
		const misses = archive.needles.flatMap((needle, index) => {
			const got = answers[index]?.urls ?? [];
			return got[0] === needle.url ? [] : [{ needle, got }];
		});
		return {
			precision: (archive.needles.length - misses.length) / archive.needles.length,
			misses,
			latencies: answers.map((answer) => answer.ms),
			firstSearchBytes,
			firstSearchMs,
		};
	} finally {
		await context.close();
		await site.close();
	}
}

/** One line per miss: kind, query, expected answer and what came first. */
export function describeMisses(misses: readonly NeedleMiss[]): string {
	return misses
		.map(
			({ needle, got }) =>
				`${needle.kind} ${JSON.stringify(needle.query)} → expected ${needle.url}, got ${JSON.stringify(got)}`,
		)
		.join('\n');
}

if (import.meta.main) {
	const { values } = parseArgs({
		options: {
			answers: { type: 'string', default: '10000' },
			needles: { type: 'string', default: '120' },
			seed: { type: 'string', default: '26' },
		},
	});
	const started = performance.now();
	const archive = needleArchive({
		answers: Number(values.answers),
		needles: Number(values.needles),
		seed: Number(values.seed),
	});
	const generated = performance.now();
	const browser = await launchChromium();
	try {
		const result = await measureNeedles(browser, archive);
		const sorted = [...result.latencies].sort((a, b) => a - b);
		console.log(
			`${archive.records.length} answers, ${archive.needles.length} needles (seed ${values.seed}): ` +
				`rank-1 precision ${(result.precision * 100).toFixed(1)}%; ` +
				`searches: median ${Math.round(sorted[sorted.length >> 1] ?? 0)} ms, slowest ${Math.round(sorted.at(-1) ?? 0)} ms; ` +
				`first search ${Math.round(result.firstSearchMs)} ms, fetched ${JSON.stringify(result.firstSearchBytes)} bytes; ` +
				`generated in ${((generated - started) / 1000).toFixed(1)} s, indexed and searched in ${((performance.now() - generated) / 1000).toFixed(1)} s`,
		);
		if (result.misses.length > 0) console.log(describeMisses(result.misses));
	} finally {
		await browser.close();
	}
}
