import type { BrowserContext, Page } from 'playwright-core';
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
		// What the button does loads on the first click, so the sheet opens a moment later.
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
			.toEqual([
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

	it('shares links under the base path of a site deployed under one, with the start time of a timed answer', async () => {
		const { url, basePath } = inject('variant');
		const { page, problems } = await openPage(browser(), '/static-sites/so-lets-start-simple/', {
			site: url,
			setup: withClipboard,
		});
		await page.locator('.answer-share[data-share="copy"]').first().click();
		await expect.poll(() => page.locator('[data-announcer]').textContent()).toBe('Link copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(copied).pathname).toBe(`${basePath}static-sites/so-lets-start-simple/`);
		expect(new URL(copied).hash).toBe('#so-lets-start-simple-linus-torvalds');
		// The answer starts at 80.1 s: its link carries the moment, as podcast apps share one.
		expect(new URL(copied).searchParams.get('t')).toBe('80');
		expect(problems).toEqual([]);
	});
});

/** Selects `from`…`to` (the first place `from` occurs, and `to` after it) inside `answer`, as a reader's drag would. */
async function select(page: Page, answer: string, from: string, to: string): Promise<void> {
	await page.evaluate(
		({ answer, from, to }) => {
			const root = document.getElementById(answer);
			if (!root) throw new Error(`No answer #${answer}`);
			const texts: Text[] = [];
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			while (walker.nextNode())
				if (!walker.currentNode.parentElement?.closest('header')) texts.push(walker.currentNode as Text);
			const start = texts.find((node) => node.data.includes(from));
			if (!start) throw new Error(`No ${from} in #${answer}`);
			const after = texts.slice(texts.indexOf(start));
			const end = after.find((node) => node.data.includes(to, node === start ? start.data.indexOf(from) : 0));
			if (!end) throw new Error(`No ${to} after ${from} in #${answer}`);
			const range = document.createRange();
			range.setStart(start, start.data.indexOf(from));
			range.setEnd(end, end.data.indexOf(to, end === start ? start.data.indexOf(from) : 0) + to.length);
			getSelection()?.removeAllRanges();
			getSelection()?.addRange(range);
		},
		{ answer, from, to },
	);
}

/** Opens a copied link in a new tab of the same browser, as the friend it was sent to would. */
async function follow(link: string): Promise<{ page: Page; problems: string[] }> {
	const { page, problems } = await openPage(browser(), new URL(link).pathname);
	await page.goto(link);
	return { page, problems };
}

describe('quoting part of an answer', () => {
	it('widens a Chinese selection that starts and ends mid-word, and its link opens with the quote marked and in view', async () => {
		const { page, problems } = await openPage(browser(), QUESTION, { setup: withClipboard, height: 700 });
		// 据量以 lies inside 数据量以及: a text fragment of it would match nothing.
		await select(page, 'train-yizhou', '据量以', '据量以');
		await page.getByRole('toolbar', { name: '引用所选文字' }).getByRole('button', { name: '复制引用链接' }).click();
		await expect.poll(() => page.locator('[data-announcer]').textContent()).toBe('已复制引用链接');
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(decodeURIComponent(link)).toBe(
			`${siteUrl(QUESTION)}?quote=数据量以及#train-yizhou:~:text=能看到的-,数据量以及,-它的丰富程度`,
		);
		expect(await page.evaluate(() => getSelection()?.toString())).toBe('数据量以及');

		const landed = await follow(link);
		const mark = landed.page.locator('mark.quote-mark');
		await expect.poll(() => mark.allTextContents()).toEqual(['数据量以及']);
		expect(await mark.evaluate((element) => element.closest('.answer')?.id)).toBe('train-yizhou');
		const box = await mark.boundingBox();
		expect(box && box.y >= 0 && box.y + box.height <= 700).toBe(true);
		await landed.page.keyboard.press('Escape');
		expect(await mark.count()).toBe(0);
		expect(new URL(landed.page.url()).searchParams.has('quote')).toBe(false);
		expect([...problems, ...landed.problems]).toEqual([]);
	});

	it('quotes English across two paragraphs, widened to whole words, under a base path', async () => {
		const { url, basePath } = inject('variant');
		const path = '/static-sites/so-lets-start-simple/';
		const { page, problems } = await openPage(browser(), path, { site: url, setup: withClipboard });
		await select(page, 'so-lets-start-simple-linus-torvalds', 'nd as they', 'No datab');
		await page.getByRole('button', { name: 'Copy link to quote' }).click();
		await expect.poll(() => page.locator('[data-announcer]').textContent()).toBe('Quote link copied');
		const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
		expect(link.pathname).toBe(`${basePath}static-sites/so-lets-start-simple/`);
		expect(link.searchParams.get('quote')).toBe('send as they are. No database');

		const landed = await openPage(browser(), path, { site: url });
		await landed.page.goto(link.href);
		await expect
			.poll(() => landed.page.locator('mark.quote-mark').allTextContents())
			.toEqual(['send as they are.', 'No database']);
		expect([...problems, ...landed.problems]).toEqual([]);
	});

	it('copies a citation as plain text and as HTML, naming speaker, episode, date and link', async () => {
		const { page, problems } = await openPage(browser(), QUESTION, { setup: withClipboard });
		await select(page, 'train-yizhou', '数据量以及', '数据量以及');
		await page.getByRole('button', { name: '复制为引文' }).click();
		await expect.poll(() => page.locator('[data-announcer]').textContent()).toBe('已复制引文');
		const flavours = await page.evaluate(async () => {
			const [item] = await navigator.clipboard.read();
			if (!item) return {};
			const read = async (type: string): Promise<string> => (await item.getType(type)).text();
			return { text: await read('text/plain'), html: await read('text/html') };
		});
		const link = siteUrl(`${QUESTION}?quote=${encodeURIComponent('数据量以及')}#train-yizhou`);
		expect(flavours.text?.split('\n')).toEqual([
			'“数据量以及”',
			'— Yizhou, Stability AI 产品经理 · Onboard!: 【播客】onboard26. ChatGPT与生成式AI的技术演进与商业未来 · 2023-02-26',
			expect.stringContaining(`${link}:~:text=`) as unknown,
		]);
		expect(flavours.html).toContain('<p>数据量以及</p>');
		expect(flavours.html).toContain('<time datetime="2023-02-26">2023-02-26</time>');
		expect(flavours.html).toContain(`<a href="${link}:~:text=`);
		expect(problems).toEqual([]);
	});

	it('offers nothing for a selection outside the answers', async () => {
		const { page, problems } = await openPage(browser(), QUESTION);
		await page.locator('h1').selectText();
		await page.waitForTimeout(600);
		expect(await page.locator('.quote-toolbar:visible').count()).toBe(0);
		expect(problems).toEqual([]);
	});
});
