import { describe, expect, inject, it } from 'vitest';
import { brokenLinks, readSite, type SiteAddress, type SiteSnapshot } from './link-check.ts';

/**
 * Issue #12, part 5: every internal link and anchor of both built sites resolves, the redirect
 * pages of question aliases, `_redirects`, the anchor maps, the sitemap, the feed and the
 * preview images included. The checker reads the built files (tests/e2e/link-check.ts).
 */

/** The default build's `site`: astro.config.mjs's fallback when SITE_URL is unset. */
const DEFAULT_SITE = 'https://transcripts.example.org';

const variant = inject('variant');
const sites: { name: string; dir: string; address: SiteAddress }[] = [
	{ name: 'the default site', dir: inject('siteDir'), address: { site: DEFAULT_SITE, base: '/' } },
	{ name: 'the variant site', dir: variant.dir, address: { site: variant.site, base: variant.basePath } },
];

const kinds = (snapshot: SiteSnapshot): Set<string> => new Set(snapshot.references.map((reference) => reference.where));

describe.each(sites)('$name', ({ dir, address }) => {
	const snapshot = readSite(dir, address);

	it('leads every internal URL of every page, feed, sitemap and stylesheet to a built file and anchor', () => {
		expect(brokenLinks(snapshot, address)).toEqual([]);
	});

	it('checks the links of pages, their resources, their preview images, the sitemap and the feed', () => {
		const seen = kinds(snapshot);
		for (const where of ['a[href]', 'link[href]', 'script[src]', 'meta[og:image]', '<loc>', '<link>']) {
			expect(seen, where).toContain(where);
		}
		// Fragments are checked, not only files: most question links carry an answer's anchor.
		expect(snapshot.references.filter((reference) => reference.url.includes('#')).length).toBeGreaterThan(10);
	});
});

describe('the redirects of old question URLs, in the variant site', () => {
	const { dir, site, basePath } = variant;
	const address = { site, base: basePath };
	const snapshot = readSite(dir, address);

	it('has a redirect page, a `_redirects` line and a moved anchor to check (tests/fixtures/site has aliases)', () => {
		const seen = kinds(snapshot);
		expect(seen).toContain('meta[http-equiv=refresh]');
		expect(seen).toContain('_redirects to');
		expect(snapshot.references.some((reference) => reference.where.startsWith('anchors.json moved.'))).toBe(true);
	});

	it('follows a redirect page to the anchor on the page it leads to', () => {
		const redirect = `${basePath}episode-12/static-comeback/`;
		const probe: SiteSnapshot = {
			...snapshot,
			references: [
				{ file: '/probe.html', where: 'a[href]', url: `${redirect}#static-sites-back-linus` },
				{ file: '/probe.html', where: 'a[href]', url: `${redirect}#no-such-answer` },
			],
		};
		expect(brokenLinks(probe, address)).toEqual([
			`/probe.html: a[href] \`${redirect}#no-such-answer\` has no element #no-such-answer on /episode-12/static-sites-back/index.html`,
		]);
	});
});
