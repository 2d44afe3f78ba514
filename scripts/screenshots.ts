/**
 * `npm run screenshots`: builds the site and photographs the home, episode and question
 * pages, the search dialog and the search page, light and dark, at desktop and phone width,
 * into docs/screenshots/ for the README.
 * Chinese renders only where a CJK font is installed (`apt-get install -y fonts-wqy-microhei`).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { buildSite } from './build-site.ts';
import { launchChromium } from './chromium.ts';
import { serveStatic } from './serve-static.ts';

/** Name, path, and what to do on the page before the picture. */
const pages: readonly (readonly [string, string, ((page: Page) => Promise<void>)?])[] = [
	['home', ''],
	['episode', 'onboard-26/'],
	['question', 'onboard-26/train/'],
	[
		'search-dialog',
		'onboard-26/train/',
		async (page) => {
			await page.keyboard.press('/');
			await page.keyboard.insertText('数据量');
			await page.getByRole('listbox').getByRole('option').first().waitFor();
			await page.keyboard.press('ArrowDown');
		},
	],
	[
		'search-page',
		`search/?q=${encodeURIComponent('模型')}&speaker=Yizhou`,
		(page) => page.locator('.search-summary').waitFor(),
	],
];
const widths = [
	['desktop', 1280, 900],
	['phone', 390, 844],
] as const;
const schemes = ['light', 'dark'] as const;

const out = resolve(import.meta.dirname, '../docs/screenshots');
mkdirSync(out, { recursive: true });
const site = await buildSite();
const server = await serveStatic(site.dir);
const browser = await launchChromium();
try {
	for (const [name, path, prepare] of pages) {
		for (const [label, width, height] of widths) {
			for (const colorScheme of schemes) {
				const page = await browser.newPage({ viewport: { width, height }, colorScheme });
				await page.goto(new URL(path, server.url).href);
				await prepare?.(page);
				const file = join(out, `${name}-${label}-${colorScheme}.png`);
				await page.screenshot({ path: file });
				await page.close();
				console.log(`wrote ${file}`);
			}
		}
	}
} finally {
	await browser.close();
	await server.close();
	site.cleanup();
}
