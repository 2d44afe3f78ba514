import { describe, expect, it } from 'vitest';
import { useChromium } from './browser.ts';
import { openPage, siteUrl } from './page.ts';

const browser = useChromium();

describe('reading EP26', () => {
	it('walks from the home page to the episode and on to a question', async () => {
		const { page, problems } = await openPage(browser(), '/');
		await page
			.getByRole('link', { name: /ChatGPT与生成式AI的技术演进与商业未来/u })
			.first()
			.click();
		await page.waitForURL(siteUrl('/onboard-26/'));
		expect(await page.locator('h1').textContent()).toContain('ChatGPT与生成式AI的技术演进与商业未来');
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');

		await page
			.getByRole('link', { name: /^如果以后每一个领域你要去train/u })
			.first()
			.click();
		await page.waitForURL(siteUrl('/onboard-26/train/'));
		const headings = await page.locator('h1').allTextContents();
		expect(headings).toHaveLength(1);
		expect(headings[0]?.trim()).toBe(
			'如果以后每一个领域你要去train，都只需要非常少的数据。是不是以后要去做一个非常具体场景的模型，其实它的成本其实是越来越低了？',
		);
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
		const answers = await page
			.locator('[data-speaker]')
			.evaluateAll((elements) =>
				elements.map((element) => ({ id: element.id, speaker: element.getAttribute('data-speaker') })),
			);
		expect(answers).toEqual([
			{ id: 'train-yiwen', speaker: 'Yiwen' },
			{ id: 'train-yizhou', speaker: 'Yizhou' },
		]);
		expect(await page.locator('#train-yizhou').textContent()).toContain('消费级GPU');
		expect(problems).toEqual([]);
	});

	it('shows every question of the episode, in order, with all its answers', async () => {
		const { page, problems } = await openPage(browser(), '/onboard-26/');
		const speakers = await page
			.locator('[data-speaker]')
			.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-speaker')));
		expect(speakers).toEqual([
			'Xuezhi',
			'Yiwen',
			'Yizhou',
			'Yizhou',
			'Yizhou',
			'Xuezhi',
			'Xuezhi',
			'Yizhou',
			'Xuezhi',
			'Yiwen',
		]);
		const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
		expect(new Set(ids).size).toBe(ids.length);
		expect(problems).toEqual([]);
	});

	it('opens a shared answer link at that answer', async () => {
		const { page, problems } = await openPage(browser(), '/onboard-26/stable-diffusion/#stable-diffusion-yizhou', {
			width: 390,
		});
		const answer = page.locator('#stable-diffusion-yizhou');
		expect(await answer.getAttribute('data-speaker')).toBe('Yizhou');
		await expect
			.poll(() => answer.evaluate((element) => Math.round(element.getBoundingClientRect().top)))
			.toBeLessThan(100);
		expect(problems).toEqual([]);
	});
});

describe('searching EP26', () => {
	it('loads no search code until the search box is used', async () => {
		const { page, requests, problems } = await openPage(browser(), '/onboard-26/train/');
		await page.waitForLoadState('networkidle');
		expect(requests.filter((path) => path.includes('/pagefind/'))).toEqual([]);
		// Focus alone warms the search up, without opening anything.
		await page.getByRole('searchbox', { name: '搜索问题和回答' }).focus();
		await expect.poll(() => requests.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
		expect(await page.getByRole('dialog').count()).toBe(0);
		expect(problems).toEqual([]);
	});

	it.each(['数据量', '消费级GPU'])('finds %s and lands on Yizhou’s answer to the second question', async (query) => {
		const { page, problems } = await openPage(browser(), '/');
		// Typing into the header's box opens the search dialog with the text.
		await page.getByRole('searchbox', { name: '搜索问题和回答' }).fill(query);
		const dialog = page.getByRole('dialog', { name: '搜索问题和回答' });
		await dialog.waitFor();
		const result = dialog.locator('a[role="option"][href*="/onboard-26/train/?highlight="][href$="#train-yizhou"]');
		await result.waitFor();
		await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/^找到 \d+ 个回答$/u);
		await result.click();
		await page.waitForURL((url) => url.pathname === '/onboard-26/train/' && url.hash === '#train-yizhou');
		expect(new URL(page.url()).searchParams.get('highlight')).toBe(query);
		const answer = page.locator('#train-yizhou');
		expect(await answer.getAttribute('data-speaker')).toBe('Yizhou');
		await expect
			.poll(() => answer.evaluate((element) => Math.round(element.getBoundingClientRect().top)))
			.toBeLessThan(100);
		expect(problems).toEqual([]);
	});
});
