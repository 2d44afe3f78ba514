import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './browser.ts';
import { openPage, siteUrl } from './page.ts';

const browser = useChromium();

const QUESTION_2 = '/onboard-26/train/';
const QUESTION_3 = '/onboard-26/stable-diffusion/';

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset['theme'] ?? 'none');
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const WHITE = 'rgb(255, 255, 255)';

describe('themes', () => {
	it('follows the system theme until the reader picks one', async () => {
		const dark = await openPage(browser(), QUESTION_2, { colorScheme: 'dark' });
		expect(await theme(dark.page)).toBe('dark');
		expect(await background(dark.page)).not.toBe(WHITE);
		const light = await openPage(browser(), QUESTION_2, { colorScheme: 'light' });
		expect(await theme(light.page)).toBe('light');
		expect(await background(light.page)).toBe(WHITE);
		expect([...dark.problems, ...light.problems]).toEqual([]);
	});

	it('keeps the theme the reader picked across pages and reloads', async () => {
		const { page, problems } = await openPage(browser(), QUESTION_2, { colorScheme: 'light' });
		await page.getByRole('combobox', { name: '主题' }).selectOption('dark');
		expect(await theme(page)).toBe('dark');
		await page.getByRole('link', { name: /下一个问题/u }).click();
		await page.waitForURL(siteUrl(QUESTION_3));
		expect(await theme(page)).toBe('dark');
		await page.reload();
		expect(await theme(page)).toBe('dark');
		expect(await page.getByRole('combobox', { name: '主题' }).inputValue()).toBe('dark');
		await page.getByRole('combobox', { name: '主题' }).selectOption('auto');
		expect(await theme(page)).toBe('light');
		expect(problems).toEqual([]);
	});

	it('applies a stored theme before the first paint, without waiting for any script file', async () => {
		const { page, problems } = await openPage(browser(), 'about:blank', { storedTheme: 'dark', colorScheme: 'light' });
		// Only the inline head script may run: every script file is held back.
		await page.route('**/*.js', (route) => route.abort());
		const seen: string[] = [];
		await page.exposeFunction('reportTheme', (value: string) => seen.push(value));
		await page.addInitScript(() => {
			document.addEventListener('readystatechange', () => {
				if (document.readyState === 'interactive')
					(window as unknown as { reportTheme: (v: string) => void }).reportTheme(
						document.documentElement.dataset['theme'] ?? 'none',
					);
			});
		});
		await page.goto(siteUrl(QUESTION_2));
		await expect.poll(() => seen).toEqual(['dark']);
		expect(await background(page)).not.toBe(WHITE);
		// The script files were refused on purpose; nothing else may fail.
		expect(problems.filter((problem) => !/\.js\b|Failed to load resource/u.test(problem))).toEqual([]);
	});

	it('uses the system theme without JavaScript and hides the switch that could not work', async () => {
		const { page, problems } = await openPage(browser(), QUESTION_2, { colorScheme: 'dark', javaScriptEnabled: false });
		expect(await background(page)).not.toBe(WHITE);
		expect(await page.locator('theme-select').isVisible()).toBe(false);
		expect(problems).toEqual([]);
	});
});

describe('reading without JavaScript', () => {
	it('reads home, episode and question pages, following links', async () => {
		const { page, problems } = await openPage(browser(), '/', { javaScriptEnabled: false });
		await page
			.getByRole('link', { name: /ChatGPT与生成式AI的技术演进与商业未来/u })
			.first()
			.click();
		await page.waitForURL(siteUrl('/onboard-26/'));
		expect(await page.locator('[data-speaker]').count()).toBe(10);
		await page.getByRole('navigation', { name: '本期问题' }).getByRole('link').nth(2).click();
		await page.waitForURL(siteUrl(QUESTION_3));
		expect(await page.locator('h1').textContent()).toContain('Stable Diffusion到底是什么');
		await page.getByRole('link', { name: /下一个问题/u }).click();
		await page.waitForURL(siteUrl('/onboard-26/ai-business-model/'));
		expect(problems).toEqual([]);
	});
});

describe('keyboard', () => {
	it('opens the next and previous question with n and p, and j and k', async () => {
		const { page, problems } = await openPage(browser(), QUESTION_2);
		await expect.poll(() => page.locator('[data-shortcuts-help]').isVisible()).toBe(true);
		await page.keyboard.press('n');
		await page.waitForURL(siteUrl(QUESTION_3));
		await page.keyboard.press('p');
		await page.waitForURL(siteUrl(QUESTION_2));
		await page.keyboard.press('j');
		await page.waitForURL(siteUrl(QUESTION_3));
		await page.keyboard.press('k');
		await page.waitForURL(siteUrl(QUESTION_2));
		expect(problems).toEqual([]);
	});

	it('does not take the keys from someone typing in the search box', async () => {
		const { page, problems } = await openPage(browser(), QUESTION_2);
		await page.getByRole('searchbox', { name: '搜索问题和回答' }).click();
		await page.keyboard.type('np');
		expect(await page.getByRole('combobox', { name: '搜索问题和回答' }).inputValue()).toBe('np');
		expect(page.url()).toBe(siteUrl(QUESTION_2));
		expect(problems).toEqual([]);
	});

	it('offers a skip link first, which moves focus past the header, with a visible focus ring', async () => {
		const { page, problems } = await openPage(browser(), QUESTION_2);
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: '跳到正文' });
		await expect.poll(() => skip.evaluate((element) => element === document.activeElement)).toBe(true);
		expect(await skip.isVisible()).toBe(true);
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement;
			const style = getComputedStyle(element);
			return { inMain: element.closest('main') !== null, outline: style.outlineStyle, width: style.outlineWidth };
		});
		expect(focused.inMain).toBe(true);
		expect(focused.outline).not.toBe('none');
		expect(problems).toEqual([]);
	});
});

describe('the episode page’s table of contents', () => {
	it('marks the question being read on a wide screen', async () => {
		const { page, problems } = await openPage(browser(), '/onboard-26/', { width: 1280 });
		await page.locator('#stable-diffusion').scrollIntoViewIfNeeded();
		await page.evaluate(() => document.getElementById('stable-diffusion')?.scrollIntoView({ block: 'start' }));
		const current = page.locator('episode-toc a[aria-current="true"]');
		await expect.poll(() => current.getAttribute('data-question')).toBe('stable-diffusion');
		expect(await page.locator('episode-toc nav').isVisible()).toBe(true);
		expect(problems).toEqual([]);
	});

	it('names the question being read in a bar on a phone once the contents are out of sight', async () => {
		const { page, problems } = await openPage(browser(), '/onboard-26/', { width: 390, height: 800 });
		const bar = page.locator('[data-now-reading]');
		expect(await bar.isVisible()).toBe(false);
		await page.evaluate(() => document.getElementById('ai-business-model')?.scrollIntoView({ block: 'start' }));
		await expect.poll(() => bar.isVisible()).toBe(true);
		expect(await bar.textContent()).toContain('4 / 9');
		expect(await bar.textContent()).toContain('上一波我没有看到成功的 AI 开源公司出来');
		expect(problems).toEqual([]);
	});
});

describe('printing', () => {
	it('prints one question in black on white with its URL and without the site chrome', async () => {
		const { page, problems } = await openPage(browser(), QUESTION_2, { storedTheme: 'dark' });
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('header').first().isVisible()).toBe(false);
		expect(await page.getByRole('navigation', { name: '问题导航' }).isVisible()).toBe(false);
		const url = page.getByText(/在线阅读：/u);
		expect(await url.isVisible()).toBe(true);
		expect(await url.textContent()).toContain('/onboard-26/train/');
		expect(await page.locator('h1').evaluate((element) => getComputedStyle(element).color)).toBe('rgb(0, 0, 0)');
		expect(await background(page)).toBe(WHITE);
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
		expect(problems).toEqual([]);
	});
});

describe('typography', () => {
	it('sets Chinese in system fonts with CJK line breaking and Han–Latin spacing where supported', async () => {
		const { page, problems } = await openPage(browser(), QUESTION_2);
		const style = await page
			.locator('#train-yizhou p')
			.first()
			.evaluate((element) => {
				const computed = getComputedStyle(element);
				return {
					font: computed.fontFamily,
					lineHeight: parseFloat(computed.lineHeight) / parseFloat(computed.fontSize),
					lineBreak: computed.lineBreak,
					autospace: CSS.supports('text-autospace', 'normal') ? computed.getPropertyValue('text-autospace') : 'normal',
				};
			});
		expect(style.font).toMatch(/^system-ui, .*PingFang SC.*Microsoft YaHei.*Noto Sans CJK SC/u);
		expect(style.lineHeight).toBeGreaterThanOrEqual(1.7);
		expect(style.lineBreak).toBe('strict');
		expect(style.autospace).toBe('normal');
		// No web font is fetched for the Chinese text.
		expect(
			await page.evaluate(() =>
				performance.getEntriesByType('resource').some((entry) => /\.(?:woff2?|ttf|otf)$/u.test(entry.name)),
			),
		).toBe(false);
		expect(problems).toEqual([]);
	});

	it('wraps long URLs and English terms instead of widening the page on a phone', async () => {
		const { page, problems } = await openPage(browser(), '/onboard-26/', { width: 390 });
		// The description holds a 70-character URL with no break opportunity.
		expect(await page.getByRole('link', { name: /feishu\.cn/u }).count()).toBeGreaterThan(0);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		expect(problems).toEqual([]);
	});
});

describe('page weight', () => {
	it.each([
		['a question page', QUESTION_2, undefined, 20 * 1024],
		// The fixture site's episode with audio: the player's script and styles come on top, and
		// the hashes of its inline script in the page's security policy (about 0.25 KB that no
		// compression shrinks; docs/performance.md, "Page weight").
		['a question page with the audio player', '/timed-3/what-is-caption-file/', 'variant', 20.5 * 1024],
	] as const)(
		'sends at most its budget (20 KB; 20.5 KB with audio) of HTML, CSS and JavaScript (gzip) for %s, none of it needed to read',
		async (_name, path, site, budget) => {
			const { page, problems } = await openPage(browser(), path, site ? { site: inject(site).url } : {});
			const sizes: Record<string, number> = {};
			const bodies = await page.evaluate(() =>
				performance.getEntriesByType('resource').map((entry) => (entry as PerformanceResourceTiming).name),
			);
			for (const url of [page.url(), ...bodies]) {
				if (!/\.(?:css|js)$|\/$/u.test(new URL(url).pathname)) continue;
				const response = await page.request.get(url);
				sizes[new URL(url).pathname] = gzipSync(await response.body()).length;
			}
			const total = Object.values(sizes).reduce((sum, size) => sum + size, 0);
			expect(Object.keys(sizes).some((path) => path.endsWith('.css'))).toBe(true);
			// Only pages of episodes with audio load the player's styles.
			expect(Object.keys(sizes).some((path) => path.includes('audio-player'))).toBe(site !== undefined);
			expect(total, JSON.stringify(sizes)).toBeLessThanOrEqual(budget);
			expect(problems).toEqual([]);
		},
	);
});
