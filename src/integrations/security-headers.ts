/**
 * After the build, each page's Content Security Policy (the `<meta>` Astro writes) is narrowed
 * to the hashes of that page's own inline code (src/site/page-policy.ts), and `_headers`
 * (Netlify, Cloudflare Pages) is written: the policy of all pages in one, with what only a
 * header can carry, and the other security headers (src/site/security-policy.ts).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { narrowPolicy, pagePolicy, unionPolicy, withPolicy, type Policy } from '../site/page-policy.ts';
import { headersFile } from '../site/security-policy.ts';

export default function securityHeaders(): AstroIntegration {
	return {
		name: 'security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const pages: { page: string; policy: Policy | undefined }[] = [];
				for (const file of htmlFiles(outDir)) {
					const html = readFileSync(file, 'utf8');
					const astroPolicy = pagePolicy(html);
					const policy = astroPolicy && narrowPolicy(astroPolicy, html);
					if (policy) writeFileSync(file, withPolicy(html, policy));
					pages.push({ page: relative(outDir, file).split(sep).join('/'), policy });
				}
				const file = join(outDir, '_headers');
				const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
				writeFileSync(file, headersFile(unionPolicy(pages), existing));
				logger.info(`${pages.length} pages' policies narrowed to their own inline code; _headers written.`);
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
