/**
 * `npm run screenshots`: builds the site and photographs the home, episode and question
 * pages, light and dark, at desktop and phone width, into docs/screenshots/ for the README.
 * Chinese renders only where a CJK font is installed (`apt-get install -y fonts-wqy-microhei`).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/browser.ts';
import { buildSite } from '../tests/e2e/global-setup.ts';
import { serveStatic } from './serve-static.ts';

const pages = [
	['home', ''],
	['episode', 'onboard-26/'],
	['question', 'onboard-26/train/'],
] as const;
const widths = [
	['desktop', 1280, 900],
	['phone', 390, 844],
] as const;
const schemes = ['light', 'dark'] as const;

const out = resolve(import.meta.dirname, '../docs/screenshots');
mkdirSync(out, { recursive: true });
const site = buildSite();
const server = await serveStatic(site.dir);
const browser = await launchChromium();
try {
	for (const [name, path] of pages) {
		for (const [label, width, height] of widths) {
			for (const colorScheme of schemes) {
				const page = await browser.newPage({ viewport: { width, height }, colorScheme });
				await page.goto(new URL(path, server.url).href);
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
