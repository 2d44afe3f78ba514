// @ts-check
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import remarkDirective from 'remark-directive';
import { uiStrings } from './src/i18n/index.ts';
import pagefind from './src/integrations/pagefind.ts';
import { readEpisodeContext } from './src/markdown/episode-context.ts';
import remarkAnswers from './src/markdown/remark-answers.ts';
import remarkCjkAutolinks from './src/markdown/remark-cjk-autolinks.ts';

// The one place the public address is set: canonical URLs and the sitemap-to-be read it.
// Override per deployment with `SITE_URL=https://… npm run build`.
const site = process.env.SITE_URL ?? 'https://transcripts.example.org';

export default defineConfig({
	site,
	// Every page is a folder (`/onboard-26/train/index.html`), so every URL ends in `/`;
	// saying so keeps dev, preview and Pagefind's result URLs identical.
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: {
		processor: unified({
			remarkPlugins: [
				remarkDirective,
				remarkCjkAutolinks,
				[
					remarkAnswers,
					{
						resolveEpisode: readEpisodeContext,
						permalinkLabel: (/** @type {string} */ speaker, /** @type {string} */ lang) =>
							uiStrings(lang).answerPermalink(speaker),
					},
				],
			],
		}),
	},
	vite: {
		plugins: [tailwindcss()],
	},
	integrations: [pagefind()],
});
