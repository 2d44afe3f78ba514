/**
 * Which built pages belong in the sitemap: every page that does not ask search engines to
 * stay away (`<meta name="robots" content="noindex">`): the search page, and the redirect
 * pages of old question URLs, whose list only the content knows. The sitemap integration
 * asks page by page after the build, so this reads the built page it is asked about; the
 * integration half learns where the build went.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const NOINDEX = /<meta name="robots" content="noindex[^"]*"/u;

export function indexablePages(): { integration: AstroIntegration; filter: (page: string) => boolean } {
	let outDir: URL | undefined;
	let base = '/';
	return {
		integration: {
			name: 'indexable-pages',
			hooks: {
				'astro:config:done': ({ config }) => {
					outDir = config.outDir;
					base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				},
			},
		},
		filter: (page) => {
			if (outDir === undefined) return true;
			const pathname = decodeURIComponent(new URL(page).pathname);
			// The page's URL has the base path; the output folder does not.
			const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/u, '');
			try {
				const html = readFileSync(fileURLToPath(new URL(`${path}index.html`, outDir)), 'utf8');
				return !NOINDEX.test(html);
			} catch {
				return true;
			}
		},
	};
}
