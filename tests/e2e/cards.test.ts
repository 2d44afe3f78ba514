import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, inject, it } from 'vitest';
import { builtFile, isQuestionPage, readBuilt, readBuiltPages } from './built-site.ts';

/**
 * Link previews: every question page of both builds (the default one at `/`, the variant
 * under `/transcripts/` on another host) names its own card in Open Graph and Twitter meta,
 * and the card is in the build as a 1200×630 PNG. Read from the built files; no browser.
 */
const builds = [
	{ name: 'the default build', dir: inject('siteDir'), site: 'https://transcripts.example.org', basePath: '/' },
	{ name: `the build under ${inject('variant').basePath}`, ...inject('variant') },
];

function pngSize(file: string): { width: number; height: number } {
	const png = readFileSync(file);
	expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.each(builds)('preview cards in $name', ({ dir, site, basePath }) => {
	// The redirect page of an old question URL (an alias) only sends the reader on: nothing to preview.
	const pages = readBuiltPages(dir).filter((page) => page.refresh === null);
	const questions = pages.filter(isQuestionPage);

	it('has question pages to check', () => {
		expect(questions.length).toBeGreaterThanOrEqual(9);
	});

	it('gives every question page Open Graph and Twitter meta about its question', () => {
		for (const page of questions) {
			const heading = select('h1', fromHtml(page.html));
			const question = heading ? toText(heading).replace(/\s+/gu, ' ').trim() : '';
			const card = `${site}${basePath}${page.path.slice(1)}card.png`;
			expect(page.meta, page.path).toMatchObject({
				'og:title': expect.any(String) as unknown,
				'og:description': page.description,
				'og:url': `${site}${basePath}${page.path.slice(1)}`,
				'og:image': card,
				'og:image:width': '1200',
				'og:image:height': '630',
				'og:image:alt': question,
				'twitter:card': 'summary_large_image',
				'twitter:title': page.meta['og:title'],
				'twitter:description': page.description,
				'twitter:image': card,
			});
			expect(page.canonical, page.path).toBe(page.meta['og:url']);
			// The page's own title: the question, with its episode when another episode asks the same.
			expect(page.meta['og:title']?.replace(/\s+/gu, ' '), page.path).toContain(question);
		}
	});

	it('builds each card named by a page as a 1200×630 PNG', () => {
		for (const page of questions) {
			const path = new URL(page.meta['og:image'] ?? '').pathname.slice(basePath.length - 1);
			expect(pngSize(builtFile(dir, path)), path).toEqual({ width: 1200, height: 630 });
		}
	});

	it('gives pages other than questions no image, and keeps their Open Graph tags', () => {
		for (const page of pages.filter((candidate) => !isQuestionPage(candidate))) {
			expect(page.meta['og:image'], page.path).toBeUndefined();
			expect(page.meta['twitter:card'], page.path).toBeUndefined();
			expect(page.meta['og:title'], page.path).toBeTruthy();
		}
	});

	it('leaves the cards out of the sitemap', () => {
		const index = readBuilt(dir, '/sitemap-index.xml');
		const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/gu)].map(([, loc = '']) => new URL(loc).pathname);
		expect(sitemaps.length).toBeGreaterThan(0);
		for (const sitemap of sitemaps) {
			const xml = readFileSync(join(dir, sitemap.slice(basePath.length)), 'utf8');
			expect(xml).toContain('<loc>');
			expect(xml).not.toContain('.png');
		}
	});
});
