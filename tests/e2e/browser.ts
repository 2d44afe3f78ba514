import { chromium, type Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

/**
 * The calling test file's connection to the Chromium that global-setup.ts started for the
 * whole run: opened before its tests, closed after them. Connecting takes milliseconds where
 * launching took a second or more, and the files running in parallel share one browser.
 * Returns the browser, for `openPage(browser(), …)`.
 */
export function useChromium(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await chromium.connect(inject('browserEndpoint'));
	});
	// Each test opens its own contexts (openPage); closing them after it keeps tests apart and
	// frees their renderer processes, which the other files running at the same time need.
	afterEach(async () => {
		await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
	});
	afterAll(async () => {
		// On a connected browser, close() disconnects and closes this file's contexts only.
		await browser?.close();
	});
	return () => browser ?? expect.fail('Could not connect to Chromium; see the error of beforeAll above.');
}
