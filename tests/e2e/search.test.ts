import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromium } from './browser.ts';
import { openPage, siteUrl } from './page.ts';

/**
 * The search interface against the built EP26 site: the dialog on every page (keys, focus,
 * results, what it loads when), the search page (filters, the URL as its state) and the 404
 * page's suggestions. Relevance itself is search-relevance.test.ts's business; these only
 * rely on 数据量 being found in both answers to the second question.
 */

const browser = useChromium();

const QUESTION = '/onboard-26/train/';
const YIZHOU = '/onboard-26/train/#train-yizhou';
const YIWEN_ANSWERS = [
	'/onboard-26/train/#train-yiwen',
	'/onboard-26/gongju-lian-shangyou-tongdian/#gongju-lian-shangyou-tongdian-yiwen',
];

/** An answer link as `/path/#anchor`, without the `highlight` parameter. */
function answerOf(href: string): string {
	const url = new URL(href, siteUrl('/'));
	return `${decodeURI(url.pathname)}${url.hash}`;
}

const dialog = (page: Page) => page.locator('search-dialog dialog');
const dialogBox = (page: Page) => page.getByRole('combobox', { name: '搜索问题和回答' });
const results = (page: Page) => page.getByRole('listbox', { name: '搜索结果' }).getByRole('option');
const activeElement = (page: Page) =>
	page.evaluate(() => {
		const active = document.activeElement;
		return active ? `${active.tagName.toLowerCase()}#${active.id}|${active.textContent.trim()}` : '';
	});

/** The answers the search page lists, in order. */
async function listed(page: Page): Promise<string[]> {
	const hrefs = await page
		.locator('search-page .search-question a')
		.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
	return hrefs.map(answerOf);
}

async function answerInView(page: Page, anchor: string): Promise<void> {
	const answer = page.locator(`#${anchor}`);
	await expect
		.poll(() => answer.evaluate((element) => Math.round(element.getBoundingClientRect().top)))
		.toBeLessThan(100);
	expect(await answer.evaluate((element) => element.getBoundingClientRect().bottom > 0)).toBe(true);
}

describe('the search dialog', () => {
	it('loads neither the search code nor Pagefind with the page, only once it opens', async () => {
		const { page, requests, problems } = await openPage(browser(), QUESTION);
		await page.waitForLoadState('networkidle');
		expect(requests.filter((path) => path.includes('/pagefind/'))).toEqual([]);
		// The engine (which names pagefind.js) is in none of the scripts the page loaded.
		const scripts = requests.filter((path) => path.endsWith('.js'));
		for (const script of scripts) {
			const body = await (await page.request.get(siteUrl(script))).text();
			expect(body, script).not.toContain('pagefind.js');
		}
		await page.keyboard.press('/');
		await expect.poll(() => requests.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
		expect(requests.filter((path) => path.endsWith('.js') && !scripts.includes(path)).length).toBeGreaterThan(1);
		expect(problems).toEqual([]);
	});

	it('opens with /, finds 数据量, announces the count, and opens the answer chosen with the arrows and Enter', async () => {
		const { page, problems } = await openPage(browser(), QUESTION);
		await page.keyboard.press('/');
		expect(await dialog(page).evaluate((element) => (element as HTMLDialogElement).open)).toBe(true);
		await expect.poll(() => activeElement(page)).toMatch(/^input#search-dialog-input/u);
		// As an input method commits it: one input event for the word.
		await page.keyboard.insertText('数据量');

		const status = dialog(page).getByRole('status');
		await expect.poll(() => status.textContent()).toMatch(/^找到 \d+ 个回答$/u);
		const options = results(page);
		const count = await options.count();
		expect(count).toBeGreaterThanOrEqual(2);
		expect(await status.textContent()).toBe(`找到 ${count} 个回答`);
		// Each result shows its question, who answered and in which episode, and the excerpt.
		const first = options.first();
		expect(await first.locator('.search-question').textContent()).toMatch(/\S/u);
		expect(await first.locator('.search-meta').textContent()).toContain('ChatGPT与生成式AI的技术演进与商业未来');
		expect(await first.locator('.search-excerpt mark').count()).toBeGreaterThan(0);

		// Down moves through the results; screen readers follow aria-activedescendant.
		const box = dialogBox(page);
		let target = -1;
		for (let step = 0; step < count && target < 0; step++) {
			await page.keyboard.press('ArrowDown');
			const active = await box.getAttribute('aria-activedescendant');
			const option = page.locator(`[id="${active ?? ''}"]`);
			expect(await option.getAttribute('aria-selected')).toBe('true');
			expect(await page.locator('[role="option"][aria-selected="true"]').count()).toBe(1);
			if (answerOf((await option.getAttribute('href')) ?? '') === YIZHOU) target = step;
		}
		expect(target).toBeGreaterThanOrEqual(0);
		expect(await activeElement(page)).toMatch(/^input#search-dialog-input/u);

		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname === QUESTION && url.hash === '#train-yizhou');
		expect(new URL(page.url()).searchParams.get('highlight')).toBe('数据量');
		await answerInView(page, 'train-yizhou');
		expect(problems).toEqual([]);
	});

	it('opens with Ctrl-K and ⌘-K, and Escape closes it and returns focus to where it was', async () => {
		const { page, problems } = await openPage(browser(), QUESTION);
		const next = page.getByRole('link', { name: /下一个问题/u }).first();
		for (const keys of ['Control+k', 'Meta+k']) {
			await next.focus();
			const before = await activeElement(page);
			await page.keyboard.press(keys);
			await expect.poll(() => dialog(page).isVisible()).toBe(true);
			await expect.poll(() => activeElement(page)).toMatch(/^input#search-dialog-input/u);
			await page.keyboard.type('模型');
			await results(page).first().waitFor();
			await page.keyboard.press('Escape');
			await expect.poll(() => dialog(page).isVisible()).toBe(false);
			expect(await activeElement(page)).toBe(before);
		}
		// Opened from the header box, it returns there; the last search is kept.
		await page.locator('[data-search-trigger]').click();
		expect(await dialogBox(page).inputValue()).toBe('模型');
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog(page).isVisible()).toBe(false);
		expect(await activeElement(page)).toMatch(/^input#site-search/u);
		expect(problems).toEqual([]);
	});

	it('leaves the keys alone while the reader is in a field', async () => {
		const { page, problems } = await openPage(browser(), QUESTION);
		await page.getByRole('combobox', { name: '主题' }).focus();
		await page.keyboard.press('/');
		await page.keyboard.press('Control+k');
		expect(await dialog(page).isVisible()).toBe(false);
		expect(page.url()).toBe(siteUrl(QUESTION));
		expect(problems).toEqual([]);
	});

	it('carries what is typed in the header box into the dialog, and closes on a click outside it', async () => {
		const { page, problems } = await openPage(browser(), '/');
		await page.locator('[data-search-trigger]').fill('数据量');
		await expect.poll(() => dialog(page).isVisible()).toBe(true);
		expect(await dialogBox(page).inputValue()).toBe('数据量');
		expect(await page.locator('[data-search-trigger]').inputValue()).toBe('');
		await results(page).first().waitFor();
		await page.mouse.click(5, 5);
		await expect.poll(() => dialog(page).isVisible()).toBe(false);
		expect(problems).toEqual([]);
	});
});

describe('the search page', () => {
	it('lists exactly Yiwen’s two answers when filtered by her with an empty query', async () => {
		const { page, problems } = await openPage(browser(), '/search/?speaker=Yiwen');
		await page.locator('.search-summary').waitFor();
		expect(await listed(page)).toEqual(YIWEN_ANSWERS);
		expect(await page.getByRole('status').textContent()).toBe('找到 2 个回答');
		expect(await page.getByRole('checkbox', { name: /^Yiwen/u }).isChecked()).toBe(true);
		// One show and one episode on this site: only the speaker filter is a choice.
		expect(await page.getByRole('group').allTextContents()).toEqual([expect.stringMatching(/^嘉宾/u)]);
		// Browsing: the results link to the answers without anything to highlight.
		const hrefs = await page
			.locator('search-page .search-question a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(hrefs.every((href) => !href?.includes('highlight'))).toBe(true);
		expect(problems).toEqual([]);
	});

	it('lists the answers of either speaker when two are ticked, with counts per speaker', async () => {
		const { page, problems } = await openPage(browser(), '/search/?speaker=Yiwen&speaker=Yizhou');
		await page.locator('.search-summary').waitFor();
		expect(await page.getByRole('status').textContent()).toBe('找到 6 个回答');
		expect(await listed(page)).toEqual(expect.arrayContaining(YIWEN_ANSWERS));
		expect(await page.getByRole('checkbox', { name: /^Yizhou/u }).isChecked()).toBe(true);
		expect(problems).toEqual([]);
	});

	it('narrows a query by speaker from the keyboard, keeping both in the URL for reloads and Back', async () => {
		const { page, problems } = await openPage(browser(), '/search/');
		const box = page.getByRole('searchbox', { name: '搜索问题和回答' });
		await box.fill('数据量');
		await expect.poll(() => listed(page)).toContain(YIZHOU);
		const all = await listed(page);
		expect(all.length).toBeGreaterThanOrEqual(2);
		await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('数据量');

		const yizhou = page.getByRole('checkbox', { name: /^Yizhou/u });
		await yizhou.focus();
		await page.keyboard.press('Space');
		await expect.poll(() => listed(page)).toEqual([YIZHOU]);
		expect(await page.getByRole('status').textContent()).toBe('找到 1 个回答');
		await expect.poll(() => page.url()).toBe(siteUrl(`/search/?q=${encodeURIComponent('数据量')}&speaker=Yizhou`));
		// Focus stays on the checkbox while the results and counts change around it.
		expect(await yizhou.evaluate((element) => element === document.activeElement)).toBe(true);
		expect(await yizhou.isChecked()).toBe(true);

		const restored = async (): Promise<void> => {
			await expect.poll(() => listed(page)).toEqual([YIZHOU]);
			expect(await box.inputValue()).toBe('数据量');
			expect(await page.getByRole('checkbox', { name: /^Yizhou/u }).isChecked()).toBe(true);
		};
		await page.reload();
		await restored();

		await page.locator('search-page .search-question a').first().click();
		await page.waitForURL((url) => url.pathname === QUESTION && url.hash === '#train-yizhou');
		await page.goBack();
		await page.waitForURL((url) => url.pathname === '/search/');
		await restored();

		// Unchecking brings the others back.
		await page.getByRole('checkbox', { name: /^Yizhou/u }).uncheck();
		await expect.poll(() => listed(page)).toEqual(all);
		await expect.poll(() => page.url()).toBe(siteUrl(`/search/?q=${encodeURIComponent('数据量')}`));
		expect(problems).toEqual([]);
	});

	it('keeps words typed before its script ran, on a slow connection, and searches for them', async () => {
		const { page, problems } = await openPage(browser(), 'about:blank');
		// Hold the page's scripts back long enough for a reader to type.
		await page.route('**/_astro/*.js', async (route) => {
			await new Promise((resume) => setTimeout(resume, 800));
			await route.continue();
		});
		// Module scripts run before DOMContentLoaded, so type as soon as the box is there.
		await page.goto(siteUrl('/search/'), { waitUntil: 'commit' });
		await page.getByRole('searchbox', { name: '搜索问题和回答' }).fill('数据量');
		expect(await page.evaluate(() => customElements.get('search-page'))).toBeUndefined();
		await expect.poll(() => listed(page)).toContain(YIZHOU);
		expect(await page.getByRole('searchbox', { name: '搜索问题和回答' }).inputValue()).toBe('数据量');
		expect(problems).toEqual([]);
	});

	it('opens a shared link with a query and a filter at the same results', async () => {
		const { page, problems } = await openPage(browser(), `/search/?q=${encodeURIComponent('模型')}&speaker=Yiwen`);
		await page.locator('.search-summary').waitFor();
		const shown = await listed(page);
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.every((answer) => answer.endsWith('-yiwen'))).toBe(true);
		expect(await page.getByRole('searchbox', { name: '搜索问题和回答' }).inputValue()).toBe('模型');
		expect(problems).toEqual([]);
	});

	it('focuses its own box with /', async () => {
		const { page, problems } = await openPage(browser(), '/search/?speaker=Yiwen');
		await page.locator('.search-summary').waitFor();
		await page.keyboard.press('/');
		await expect.poll(() => activeElement(page)).toMatch(/^input#search-page-input/u);
		expect(problems).toEqual([]);
	});
});

describe('the 404 page', () => {
	it('searches for the words in the missing address and shows the answers it finds', async () => {
		const { page, problems } = await openPage(browser(), '/onboard-26/stable-diffusion-old/');
		const results = page.getByRole('region', { name: /stable diffusion old/u });
		await results.waitFor();
		expect(await results.getByRole('heading', { level: 2 }).textContent()).toBe('与“stable diffusion old”相关的回答');
		const answers = (
			await results
				.locator('.search-question a')
				.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))
		).map(answerOf);
		expect(answers).toContain('/onboard-26/stable-diffusion/#stable-diffusion-yizhou');
		expect(await page.getByRole('searchbox', { name: '也可以搜索文字稿：' }).inputValue()).toBe('stable diffusion old');
		// The one error is the missing page's own 404.
		expect(problems).toEqual([
			'console error: Failed to load resource: the server responded with a status of 404 (Not Found)',
		]);
	});
});
