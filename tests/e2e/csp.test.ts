import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { serveAudio } from './audio-file.ts';
import { useChromium } from './browser.ts';
import { readBuiltPages, type BuiltPage } from './built-site.ts';
import { siteUrl } from './page.ts';
import { inlineHashes, parsePolicy } from '../../src/site/page-policy.ts';

/**
 * The Content Security Policy (docs/security.md), on both builds. Without a browser: every page
 * declares one policy, before anything it governs, allowing no inline code but by hash and no
 * other origin but for media; `_headers` sends the same policy. In Chromium: every page loads,
 * and the interactive parts run (search, sharing, quoting, the theme, audio, old links), with
 * no policy violation and no request to another origin than the site's, but the audio an
 * episode declares. The test server sends no headers, so what is tested is the `<meta>`
 * policy, the only one a host like GitHub Pages gives.
 */

const browser = useChromium();

const sites = [
	{ name: 'default', dir: inject('siteDir'), url: inject('baseUrl') },
	{ name: 'variant', dir: inject('variant').dir, url: inject('variant').url },
] as const;

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/gu;

/** A page's policies, as written in its `<meta>` elements (Astro escapes no character a policy has). */
const metaPolicies = (html: string): string[] => [...html.matchAll(META)].map((match) => match[1] ?? '');

/**
 * What comes in `html` before its policy and would not pass it: a `<meta>` policy governs only
 * what follows it. Scripts (but data: JSON-LD is never run) and styles, whose hashes it could
 * not check, and stylesheets from another origin. The search pages link their results' styles
 * in the head, from the site, which the policy allows anyway.
 */
function ungovernedBeforePolicy(html: string): string[] {
	const head = html.slice(0, html.search(META));
	return [...head.matchAll(/<script\b[^>]*>|<style\b[^>]*>|<link\b[^>]*rel="stylesheet"[^>]*>/gu)]
		.map((match) => match[0])
		.filter((tag) => !tag.includes('type="application/ld+json"') && !/^<link\b[^>]*href="\/(?!\/)/u.test(tag));
}

const HASH = /^'sha256-[A-Za-z\d+/]+={0,2}'$/u;
const hashesOf = (sources: readonly string[] = []): string[] => sources.filter((source) => HASH.test(source)).sort();

describe.each(sites)('the Content Security Policy of the $name build', ({ dir }) => {
	const pages = readBuiltPages(dir).map((page) => ({
		...page,
		policy: parsePolicy(metaPolicies(page.html)[0] ?? ''),
	}));

	it('is declared once on every page, before any script or style it governs', () => {
		expect(pages.length).toBeGreaterThan(10);
		for (const page of pages) {
			expect(metaPolicies(page.html), page.path).toHaveLength(1);
			expect(ungovernedBeforePolicy(page.html), page.path).toEqual([]);
		}
	});

	it('allows no inline code but by hash, and no other origin but for media', () => {
		for (const { path, policy } of pages) {
			expect([...policy.keys()].sort(), path).toEqual(
				[
					'base-uri',
					'connect-src',
					'default-src',
					'form-action',
					'img-src',
					'media-src',
					'script-src',
					'style-src',
				].sort(),
			);
			expect(policy.get('default-src'), path).toEqual(["'none'"]);
			expect(
				policy.get('script-src')?.filter((source) => !HASH.test(source)),
				path,
			).toEqual(["'self'", "'wasm-unsafe-eval'"]);
			expect(
				policy.get('style-src')?.filter((source) => !HASH.test(source)),
				path,
			).toEqual(["'self'"]);
			for (const name of ['img-src', 'connect-src', 'form-action']) {
				expect(policy.get(name), `${path} ${name}`).toEqual(["'self'"]);
			}
			expect(policy.get('media-src'), path).toEqual(["'self'", 'https:']);
			expect(policy.get('base-uri'), path).toEqual(["'none'"]);
		}
	});

	it('allows on each page the hashes of exactly its own inline scripts and styles', () => {
		for (const { path, policy, html } of pages) {
			const own = inlineHashes(html);
			expect({ scripts: hashesOf(policy.get('script-src')), styles: hashesOf(policy.get('style-src')) }, path).toEqual({
				scripts: [...own.scripts].sort(),
				styles: [...own.styles].sort(),
			});
		}
	});

	it('is sent by _headers to every file, all pages’ sources in one, with frame-ancestors and the other security headers', () => {
		const lines = readFileSync(join(dir, '_headers'), 'utf8').split('\n');
		expect(lines[0]).toBe('/*');
		const headers = new Map(
			lines.slice(1, -1).map((line) => {
				const [name = '', ...value] = line.trim().split(': ');
				return [name, value.join(': ')];
			}),
		);
		const header = parsePolicy(headers.get('Content-Security-Policy') ?? '');
		expect(header.get('frame-ancestors')).toEqual(["'none'"]);
		header.delete('frame-ancestors');
		for (const { path, policy } of pages) {
			expect([...header.keys()], path).toEqual([...policy.keys()]);
			for (const [name, sources] of policy)
				expect(header.get(name), `${path} ${name}`).toEqual(expect.arrayContaining(sources));
		}
		for (const [name, sources] of header) {
			expect(
				sources.every((source) => pages.some((page) => page.policy.get(name)?.includes(source))),
				name,
			).toBe(true);
		}
		expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
		expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
		expect(headers.get('Permissions-Policy')).toMatch(/\bcamera=\(\).*\bmicrophone=\(\)/u);
	});
});

/** What the policy refused and what went to another origin, while a context was open. */
interface Recording {
	context: BrowserContext;
	page: Page;
	/** `securitypolicyviolation` events and the console's reports of refusals. */
	violations: string[];
	/** Requests to another origin than the site's. */
	foreign: string[];
}

/**
 * A context for `site` that records every policy violation and every request to another
 * origin. Media requests for an `<audio src>` the build has are the exception: an episode's
 * audio is wherever its content says (docs/security.md).
 */
async function recording(site: { dir: string; url: string }, setup?: (context: BrowserContext) => Promise<void>) {
	const audio = new Set(
		readBuiltPages(site.dir).flatMap((page) =>
			[...page.html.matchAll(/<audio\b[^>]*\ssrc="([^"]+)"/gu)].map((match) => match[1] ?? ''),
		),
	);
	const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await setup?.(context);
	const record: Recording = { context, page: await context.newPage(), violations: [], foreign: [] };
	await context.exposeFunction('reportViolation', (violation: string) => record.violations.push(violation));
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { reportViolation: (violation: string) => void }).reportViolation;
			report(
				`${location.pathname}: ${event.effectiveDirective} refused ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
			);
		});
	});
	context.on('console', (message) => {
		if (/Content Security Policy|Refused to/u.test(message.text()))
			record.violations.push(`console: ${message.text()}`);
	});
	const origin = new URL(site.url).origin;
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (request.resourceType() === 'media' && audio.has(request.url())) return;
		record.foreign.push(`${request.resourceType()} ${request.url()}`);
	});
	return record;
}

/** Loads `page` (a site path) and, for the page of an old link, where it leads on to. */
async function visit({ page }: Recording, site: { url: string }, path: BuiltPage): Promise<void> {
	const url = siteUrl(path.path, site.url);
	await page.goto(url, { waitUntil: 'load' });
	if (path.refresh !== null) {
		await page.waitForURL((current) => current.href !== url);
		await page.waitForLoadState('load');
	}
}

describe.each(sites)('every page of the $name build in Chromium', (site) => {
	it('loads with no policy violation and no request to another origin', { timeout: 120_000 }, async () => {
		const record = await recording(site);
		for (const page of readBuiltPages(site.dir)) await visit(record, site, page);
		expect({ violations: record.violations, foreign: record.foreign }).toEqual({ violations: [], foreign: [] });
	});
});

describe('the interactive parts under the policy', () => {
	it('search, sharing, quoting and the theme switch run with no violation and no other origin', async () => {
		const site = sites[0];
		const record = await recording(site);
		const { page } = record;
		await page.goto(siteUrl('/onboard-26/train/', site.url));

		await page.locator('theme-select select').selectOption('dark');
		expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');

		// The dialog loads its code, Pagefind, its WebAssembly, its worker and the results' styles.
		await page.keyboard.press('/');
		await page.keyboard.insertText('数据量');
		await expect
			.poll(() => page.getByRole('listbox', { name: '搜索结果' }).getByRole('option').count())
			.toBeGreaterThan(0);
		await page.keyboard.press('Escape');

		await page.getByRole('button', { name: '复制链接：Yizhou 的回答' }).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('#train-yizhou');

		// A selection inside an answer brings the quote toolbar; its link opens with the quote marked.
		await page.evaluate(() => {
			const text = document.querySelector('#train-yizhou p')?.firstChild;
			if (!text) throw new Error('No paragraph text in #train-yizhou');
			const range = document.createRange();
			range.setStart(text, 0);
			range.setEnd(text, Math.min(6, text.textContent?.length ?? 0));
			getSelection()?.removeAllRanges();
			getSelection()?.addRange(range);
		});
		await page.getByRole('toolbar', { name: '引用所选文字' }).getByRole('button', { name: '复制引用链接' }).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('quote=');
		await page.goto(await page.evaluate(() => navigator.clipboard.readText()));
		await expect.poll(() => page.locator('mark.quote-mark').count()).toBeGreaterThan(0);

		await page.goto(siteUrl('/search/?q=数据量', site.url));
		await expect.poll(() => page.locator('search-page .search-question a').count()).toBeGreaterThan(0);

		// The 404 page searches for the words of the missing address.
		await page.goto(siteUrl('/onboard-26/stable-diffusion-old/', site.url));
		await page
			.getByRole('region', { name: /stable diffusion old/u })
			.locator('.search-question a')
			.first()
			.waitFor();

		expect({ violations: record.violations, foreign: record.foreign }).toEqual({ violations: [], foreign: [] });
	});

	it('plays an episode’s audio from an answer, from the origin its content names', async () => {
		const site = sites[1];
		let audioRequests: string[] = [];
		const record = await recording(site, async (context) => {
			audioRequests = await serveAudio(context);
		});
		const { page } = record;
		await page.goto(siteUrl('/timed-3/what-is-caption-file/', site.url));
		await page.getByRole('button', { name: 'Play from 0:21' }).first().click();
		await expect.poll(() => page.evaluate(() => document.querySelector('audio')?.paused)).toBe(false);
		await expect.poll(() => audioRequests.length).toBeGreaterThan(0);
		expect({ violations: record.violations, foreign: record.foreign }).toEqual({ violations: [], foreign: [] });
	});
});
