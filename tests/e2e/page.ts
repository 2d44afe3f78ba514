import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';

/**
 * A page that records every console error, page error and failed request, so that a test
 * can end by asserting that a person would have seen nothing broken.
 */
export interface WatchedPage {
	page: Page;
	problems: string[];
	/** URLs requested so far, relative to the site. */
	requests: string[];
}

/** The URL of a page of the served site: the default build's, unless `site` (a served URL ending in `/`) says otherwise. */
export function siteUrl(path: string, site = inject('baseUrl')): string {
	return new URL(path.replace(/^\//u, ''), site).href;
}

export interface OpenOptions {
	width?: number;
	height?: number;
	/** The system's colour scheme. */
	colorScheme?: 'light' | 'dark';
	/** A theme the reader chose earlier, as the theme switch stores it. */
	storedTheme?: 'light' | 'dark';
	javaScriptEnabled?: boolean;
	/** Where the site to open is served, e.g. `inject('variant').url`; the default build's by default. */
	site?: string;
	/** Runs before the page loads: to grant permissions (clipboard) or stub a browser API. */
	setup?: (context: BrowserContext) => Promise<void>;
}

export async function openPage(browser: Browser, path: string, options: OpenOptions = {}): Promise<WatchedPage> {
	const context = await browser.newContext({
		viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
		colorScheme: options.colorScheme ?? 'light',
		javaScriptEnabled: options.javaScriptEnabled ?? true,
	});
	if (options.storedTheme) {
		await context.addInitScript((theme) => {
			// about:blank has no storage; the site's pages do.
			if (location.protocol.startsWith('http')) localStorage.setItem('theme', theme);
		}, options.storedTheme);
	}
	await options.setup?.(context);
	const page = await context.newPage();
	const watched: WatchedPage = { page, problems: [], requests: [] };
	page.on('console', (message) => {
		if (message.type() === 'error') watched.problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => watched.problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => {
		// A navigation cancels what the previous page was still loading (often the favicon).
		if (request.failure()?.errorText !== 'net::ERR_ABORTED') watched.problems.push(`request failed: ${request.url()}`);
	});
	page.on('request', (request) => watched.requests.push(new URL(request.url()).pathname));
	await page.goto(siteUrl(path, options.site));
	return watched;
}
