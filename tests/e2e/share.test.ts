import type { BrowserContext } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './browser.ts';
import { openPage, siteUrl } from './page.ts';

/**
 * Sharing one answer: its copy-link button puts the answer's absolute URL on the clipboard
 * (read back here) and says so to screen readers; its share button hands the same URL to the
 * device's share sheet where there is one. Without JavaScript neither shows, and the `#` beside
 * the speaker stays the plain link to the answer.
 */
const browser = useChromium();
const QUESTION = '/onboard-26/train/';

const withClipboard = async (context: BrowserContext): Promise<void> => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
};
/** A share sheet that records what it was given, as a phone's would receive it. */
const withShareSheet = async (context: BrowserContext): Promise<void> => {
	await context.addInitScript(() => {
		const shared: ShareData[] = [];
		Object.assign(window, { shared });
		Object.defineProperty(navigator, 'share', {
			value: (data: ShareData) => {
				shared.push(data);
				return Promise.resolve();
			},
		});
	});
};

describe('sharing an answer', () => {
	it('copies the answer’s absolute link from the keyboard, and announces it', async () => {
		const { page, problems } = await openPage(browser(), QUESTION, { setup: withClipboard });
		const copy = page.getByRole('button', { name: '复制链接：Yizhou 的回答' });
		await copy.focus();
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toBe(siteUrl(`${QUESTION}#train-yizhou`));
		await expect.poll(() => page.locator('[data-announcer]').textContent()).toBe('已复制链接');
		expect(await copy.textContent()).toBe('已复制链接');
		expect(problems).toEqual([]);
	});

	it('copies the question page’s link of an answer read on the episode page', async () => {
		const { page, problems } = await openPage(browser(), '/onboard-26/', { setup: withClipboard });
		await page
			.locator('#train-yiwen')
			.getByRole('button', { name: /复制链接/u })
			.click();
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toBe(siteUrl(`${QUESTION}#train-yiwen`));
		expect(problems).toEqual([]);
	});

	it('hands the answer’s link to the share sheet where the device has one, and shows no share button where not', async () => {
		const plain = await openPage(browser(), QUESTION);
		expect(await plain.page.getByRole('button', { name: /^分享/u }).count()).toBe(0);
		expect(await plain.page.getByRole('button', { name: /复制链接/u }).count()).toBe(2);

		const { page, problems } = await openPage(browser(), QUESTION, { setup: withShareSheet });
		await page.locator('#train-yizhou').getByRole('button', { name: '分享：Yizhou 的回答' }).click();
		const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
		expect(shared).toEqual([
			{
				title: expect.stringContaining('如果以后每一个领域你要去train') as unknown,
				text: expect.stringMatching(/^Yizhou: 如果从生成模型角度上来说/u) as unknown,
				url: siteUrl(`${QUESTION}#train-yizhou`),
			},
		]);
		expect(problems).toEqual([]);
	});

	it('keeps the permalink a plain link and shows no share buttons without JavaScript', async () => {
		const { page } = await openPage(browser(), QUESTION, { javaScriptEnabled: false });
		expect(await page.locator('.answer-share:visible').count()).toBe(0);
		expect(await page.locator('#train-yizhou .answer-permalink').getAttribute('href')).toBe('#train-yizhou');
	});

	it('shares links under the base path of a site deployed under one', async () => {
		const { url, basePath } = inject('variant');
		const { page, problems } = await openPage(browser(), '/static-sites/so-lets-start-simple/', {
			site: url,
			setup: withClipboard,
		});
		await page.locator('.answer-share[data-share="copy"]').first().click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(copied).pathname).toBe(`${basePath}static-sites/so-lets-start-simple/`);
		expect(new URL(copied).hash).toMatch(/^#so-lets-start-simple-/u);
		expect(problems).toEqual([]);
	});
});
