// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, envField } from 'astro/config';
import remarkDirective from 'remark-directive';
import { indexablePages } from './src/integrations/indexable-pages.ts';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import remarkAnswers from './src/markdown/remark-answers.ts';
import remarkCjkAutolinks from './src/markdown/remark-cjk-autolinks.ts';
import remarkHtmlAsText from './src/markdown/remark-html-as-text.ts';
import { cacheDir } from './src/site/cache-dir.ts';
import { parseSearchShards } from './src/site/search-shards.ts';
import { searchLanguage } from './src/site/search-language.ts';
import { contentSecurityPolicy } from './src/site/security-policy.ts';
import { createUrls, normalizeBasePath } from './src/site/urls.ts';

// The one place where the site's address is set (README, "Configuration"): canonical URLs, the
// sitemap, the RSS feed and robots.txt are built from `site`; every internal link from `base`
// (through src/site/urls.ts). Set them per deployment:
//   SITE_URL=https://example.org BASE_PATH=/transcripts/ npm run build
const site = process.env['SITE_URL'] || 'https://transcripts.example.org';
if (!URL.canParse(site)) {
	throw new Error(`SITE_URL is \`${site}\`, which is not an absolute URL. Set it to e.g. \`https://example.org\`.`);
}
const base = normalizeBasePath(process.env['BASE_PATH']);
const indexable = indexablePages();
// An archive built as several sites searched as one (docs/deploy.md, "Several builds, one
// search"): where the other shards are, and the one index language they all share.
const searchShards = parseSearchShards(process.env['SEARCH_SHARDS']);
const forceLanguage = searchLanguage(process.env['SEARCH_LANGUAGE']);
// Vite lets a `BASE_URL` in the environment override `import.meta.env.BASE_URL`, which every
// internal link is built from (src/site/urls.ts): links would miss the base path that the
// sitemap and the file layout have. Vitest sets it, so do some CI systems.
const inherited = process.env['BASE_URL'];
if (inherited !== undefined && inherited !== base) {
	throw new Error(
		`The environment sets BASE_URL to \`${inherited}\`, which would override the base path \`${base}\` in every link. ` +
			'Unset BASE_URL, and set the base path with BASE_PATH.',
	);
}

export default defineConfig({
	site,
	base,
	// Builds that must not share the content cache (the tests' builds with other settings,
	// run while a developer builds) each get their own. The preview cards are kept there too.
	cacheDir: cacheDir(),
	// Every page is a folder (`/onboard-26/train/index.html`), so every URL ends in `/`;
	// saying so keeps dev, preview and Pagefind's result URLs identical.
	trailingSlash: 'always',
	// Four routes at a time: a question's preview card spends most of its time in resvg, off the
	// main thread, so the next pages render meanwhile (500 cards: 25.6 s → 20.4 s cold on 2
	// cores; 2 and 8 were slower).
	build: { format: 'directory', concurrency: 4 },
	// A Content Security Policy in every page's <meta>, with the hashes of the scripts and styles
	// Astro emits (docs/security.md); `securityHeaders` repeats it in `_headers`.
	security: { csp: contentSecurityPolicy(searchShards) },
	env: {
		schema: {
			// Where "Suggest a correction" on question pages points: this URL followed by the question
			// file's path, e.g. `https://github.com/org/repo/edit/main/` + `content/episodes/…/02-train.md`.
			// Unset, the link is not shown.
			EDIT_BASE_URL: envField.string({ context: 'server', access: 'public', optional: true, url: true }),
		},
	},
	markdown: {
		// Shiki colours code with `style` attributes, which the Content Security Policy refuses
		// (no 'unsafe-inline' for styles); code blocks stay plain, styled by the prose styles.
		syntaxHighlight: false,
		processor: unified({
			remarkPlugins: [
				remarkDirective,
				remarkHtmlAsText,
				remarkCjkAutolinks,
				[
					remarkAnswers,
					{
						speakerUrl: createUrls(base).speaker,
					},
				],
			],
		}),
	},
	vite: {
		plugins: [tailwindcss()],
		// Only the search code reads it (src/client/search/configured-shards.ts).
		define: { __SEARCH_SHARDS__: JSON.stringify(searchShards) },
	},
	integrations: [
		pagefind(forceLanguage ? { pagefind: { forceLanguage } } : {}),
		securityHeaders(),
		indexable.integration,
		// Every page but the ones marked `noindex` (search, redirects of old question URLs); 404 is left out by the integration itself.
		sitemap({ filter: indexable.filter }),
	],
});
