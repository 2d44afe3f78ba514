/**
 * Writes `_headers` (Netlify, Cloudflare Pages) after the build: the Content Security Policy
 * that Astro put into the pages' `<meta>`, with what only a header can carry, and the other
 * security headers (src/site/security-policy.ts). The hashes in the policy are Astro's, known
 * only once it has built the pages, so the policy is read from them; every page must carry
 * the same one, or one header could not stand for them all, and the build stops.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../site/security-policy.ts';
import { pagePolicy, sitePolicy } from '../site/page-policy.ts';

export default function securityHeaders(): AstroIntegration {
	return {
		name: 'security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const pages = htmlFiles(outDir).map((file) => ({
					page: relative(outDir, file).split(sep).join('/'),
					policy: pagePolicy(readFileSync(file, 'utf8')),
				}));
				writeFileSync(join(outDir, '_headers'), headersFile(sitePolicy(pages)));
				logger.info(`_headers written: the policy of all ${pages.length} pages, and the security headers.`);
			},
		},
	};
}

/** Every HTML file under `dir`, but Pagefind's. */
function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((file) => !relative(dir, file).split(sep).includes('pagefind'))
		.sort();
}
