import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findChromium } from '../../scripts/chromium.ts';

/**
 * Issue #12, part 5: Lighthouse on the home, an episode and a question page of the default
 * site, in its default mode (a phone, with simulated throttling: Lantern models the page's load
 * on a slow 4G phone from the trace it records, which is far steadier on a busy machine than
 * slowing the browser down for real). Accessibility, best practices and SEO score 100, and
 * performance at least 95. The pages run one after the other, in a Chromium of their own:
 * Lighthouse drives it over the DevTools protocol, which the tests' shared browser does not
 * expose.
 */

const MINIMUM: Record<string, number> = {
	performance: 0.95,
	accessibility: 1,
	'best-practices': 1,
	seo: 1,
};

const PAGES = [
	{ name: 'the home page', path: '' },
	{ name: 'an episode page', path: 'onboard-26/' },
	{ name: 'a question page', path: 'onboard-26/train/' },
];

/** A Lighthouse run takes 10–20 s a page on 2 busy cores, a cold start more. */
const TIMEOUT = 180_000;

/** Every audit that cost a category points, with what Lighthouse says of it. */
function failingAudits(result: Result): string[] {
	return Object.entries(result.categories).flatMap(([id, category]) =>
		category.auditRefs
			.filter((ref) => ref.weight > 0)
			.map((ref) => result.audits[ref.id])
			.filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
			.map(
				(audit) =>
					`${id}: ${audit?.id ?? ''} scored ${audit?.score ?? ''} (${audit?.title ?? ''}${audit?.displayValue ? `, ${audit.displayValue}` : ''})`,
			),
	);
}

describe('Lighthouse, in mobile mode on the default site', () => {
	const baseUrl = inject('baseUrl');
	let chrome: chromeLauncher.LaunchedChrome | undefined;

	beforeAll(async () => {
		chrome = await chromeLauncher.launch({
			chromePath: await findChromium(),
			chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
		});
	}, TIMEOUT);

	afterAll(() => {
		chrome?.kill();
	});

	it.each(PAGES)(
		'scores 100 for accessibility, best practices and SEO and at least 95 for performance on $name',
		async ({ path }) => {
			const run = await lighthouse(`${baseUrl}${path}`, {
				port: chrome?.port ?? expect.fail('Chromium did not start for Lighthouse'),
				output: 'json',
				logLevel: 'error',
				onlyCategories: Object.keys(MINIMUM),
			});
			const result = run?.lhr ?? expect.fail(`Lighthouse returned no result for ${baseUrl}${path}`);
			expect(result.runtimeError, result.runtimeError?.message).toBeUndefined();
			const scores = Object.fromEntries(
				Object.entries(result.categories).map(([id, category]) => [id, category.score ?? 0]),
			);
			const below = Object.entries(MINIMUM).filter(([id, minimum]) => (scores[id] ?? 0) < minimum);
			expect(
				below,
				`scores ${JSON.stringify(scores)}; audits that cost points:\n${failingAudits(result).join('\n')}`,
			).toEqual([]);
		},
		TIMEOUT,
	);
});
