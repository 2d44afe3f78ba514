import type { Browser, Page } from 'playwright-core';
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

export function siteUrl(path: string): string {
	return new URL(path.replace(/^\//u, ''), inject('baseUrl')).href;
}

export async function openPage(browser: Browser, path: string, options: { width?: number } = {}): Promise<WatchedPage> {
	const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 } });
	const page = await context.newPage();
	const watched: WatchedPage = { page, problems: [], requests: [] };
	page.on('console', (message) => {
		if (message.type() === 'error') watched.problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => watched.problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => watched.problems.push(`request failed: ${request.url()}`));
	page.on('request', (request) => watched.requests.push(new URL(request.url()).pathname));
	await page.goto(siteUrl(path));
	return watched;
}
