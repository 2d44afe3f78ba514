import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';

/**
 * One Chromium for the calling test file: launched before its tests, closed after them.
 * Returns the browser, for `openPage(browser(), …)`.
 */
export function useChromium(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => browser ?? expect.fail('Chromium did not start; see the error of beforeAll above.');
}
