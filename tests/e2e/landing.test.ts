import { describe, expect, it } from 'vitest';
import { useChromium } from './browser.ts';
import { openPage } from './page.ts';

const browser = useChromium();

const marksIn = (selector: string) => `${selector} mark.search-highlight`;

describe('landing on an answer from a search', () => {
	it('scrolls to the answer and marks the searched terms in it, and only there', async () => {
		const { page, problems } = await openPage(
			browser(),
			`/onboard-26/train/?highlight=${encodeURIComponent('数据量 GPU')}#train-yizhou`,
			{
				width: 390,
			},
		);
		const marks = page.locator(marksIn('#train-yizhou'));
		await expect.poll(() => marks.count()).toBeGreaterThan(2);
		expect(await marks.allTextContents()).toEqual(expect.arrayContaining(['数据量', 'GPU']));
		expect(await page.locator(marksIn('#train-yiwen')).count()).toBe(0);
		const top = await page.locator('#train-yizhou').evaluate((element) => element.getBoundingClientRect().top);
		expect(Math.round(top)).toBeLessThan(100);
		expect(problems).toEqual([]);
	});

	it('clears the marks and the parameter on Escape, leaving the text as it was', async () => {
		const { page, problems } = await openPage(
			browser(),
			`/onboard-26/train/?highlight=${encodeURIComponent('数据量')}#train-yizhou`,
		);
		const answer = page.locator('#train-yizhou');
		await expect.poll(() => page.locator(marksIn('#train-yizhou')).count()).toBeGreaterThan(0);
		const text = await answer.textContent();
		await page.keyboard.press('Escape');
		expect(await page.locator('mark.search-highlight').count()).toBe(0);
		expect(await answer.textContent()).toBe(text);
		expect(new URL(page.url()).search).toBe('');
		expect(new URL(page.url()).hash).toBe('#train-yizhou');
		expect(problems).toEqual([]);
	});

	it('loads no highlighting code on a page opened without search terms', async () => {
		const { page, requests, problems } = await openPage(browser(), '/onboard-26/train/#train-yizhou');
		await page.waitForLoadState('networkidle');
		expect(requests.some((path) => path.includes('highlight'))).toBe(false);
		expect(problems).toEqual([]);
	});
});
