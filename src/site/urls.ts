/**
 * Every internal URL. URLs are directories with a trailing slash (`trailingSlash: 'always'`),
 * matching the `dist/<episode>/<question>/index.html` files Pagefind turns into result URLs,
 * and start with the site's base path, so the site also works under a sub-path.
 *
 * Pages use the functions bound to `import.meta.env.BASE_URL` below. `createUrls` takes the
 * base path as an argument for code that runs where `import.meta.env` does not exist:
 * astro.config.mjs hands its `speaker` builder to the remark plugin that renders answers.
 */

export interface SiteUrls {
	home(): string;
	/** A file from public/ or an endpoint at the top of the site, e.g. `favicon.svg`, `rss.xml`. */
	file(name: string): string;
	search(): string;
	pagefindBundle(): string;
	episode(episode: string): string;
	question(episode: string, question: string): string;
	/** The question's preview card for link previews (`og:image`), a PNG next to its page. */
	questionCard(episode: string, question: string): string;
	/** One answer on its question's page. */
	answer(episode: string, question: string, anchor: string): string;
	/** Where each anchor of the episode lives, and what old anchors lead to (moved-links.ts). */
	episodeAnchors(episode: string): string;
	show(show: string): string;
	speaker(speaker: string): string;
}

/**
 * `BASE_PATH` as Astro wants it: `''`, `/`, `transcripts`, `/transcripts` and `/transcripts/`
 * all become `/transcripts/` (or `/`). Refuses what cannot be a path.
 */
export function normalizeBasePath(path: string | undefined): string {
	const trimmed = (path ?? '').trim().replace(/^\/+|\/+$/gu, '');
	if (trimmed === '') return '/';
	if (/[?#\s\\]/u.test(trimmed) || trimmed.split('/').some((segment) => segment === '' || segment === '..')) {
		throw new Error(
			`BASE_PATH is \`${path ?? ''}\`, which is not a URL path. Set it to the folder the site is served from, e.g. \`/transcripts/\`, or leave it unset for \`/\`.`,
		);
	}
	return `/${trimmed}/`;
}

export function createUrls(base: string): SiteUrls {
	const root = base.replace(/\/+$/u, '');
	const at = (path: string): string => `${root}/${path}`;
	const segment = (value: string): string => encodeURIComponent(value);
	const question = (episode: string, id: string): string => at(`${segment(episode)}/${segment(id)}/`);
	return {
		home: () => at(''),
		file: (name) => at(name),
		search: () => at('search/'),
		pagefindBundle: () => at('pagefind/'),
		episode: (episode) => at(`${segment(episode)}/`),
		question,
		// Inside the question's folder: a question id is a slug without dots, so no page can take it.
		questionCard: (episode, id) => `${question(episode, id)}card.png`,
		answer: (episode, id, anchor) => `${question(episode, id)}#${segment(anchor)}`,
		// A file beside the question folders: question ids are slugs without dots.
		episodeAnchors: (episode) => at(`${segment(episode)}/anchors.json`),
		show: (show) => at(`shows/${segment(show)}/`),
		speaker: (speaker) => at(`speakers/${segment(speaker)}/`),
	};
}

let bound: SiteUrls | undefined;
/** Created on first use: `import.meta.env` exists in pages, not when Node loads astro.config.mjs. */
function urls(): SiteUrls {
	bound ??= createUrls(import.meta.env.BASE_URL);
	return bound;
}

export const homeUrl = (): string => urls().home();
/** A file from public/ or an endpoint at the top of the site, e.g. `favicon.svg`, `rss.xml`. */
export const assetUrl = (file: string): string => urls().file(file);
export const searchUrl = (): string => urls().search();
export const pagefindBundleUrl = (): string => urls().pagefindBundle();
export const episodeUrl = (episode: string): string => urls().episode(episode);
export const questionUrl = (episode: string, question: string): string => urls().question(episode, question);
export const questionCardUrl = (episode: string, question: string): string => urls().questionCard(episode, question);
export const answerUrl = (episode: string, question: string, anchor: string): string =>
	urls().answer(episode, question, anchor);
export const episodeAnchorsUrl = (episode: string): string => urls().episodeAnchors(episode);
/**
 * A file the episode publishes next to its page, e.g. `transcript.vtt` (src/export/files.ts).
 * Beside the question folders: the names have a dot, which no question id has.
 */
export const episodeFileUrl = (episode: string, name: string): string =>
	`${episodeUrl(episode)}${encodeURIComponent(name)}`;
/** A question's place in the full conversation on the episode page. */
export const questionInEpisodeUrl = (episode: string, question: string): string => `${episodeUrl(episode)}#${question}`;
/** The page of one show, by its slug (src/site/shows.ts); only built when the site has several shows. */
export const showUrl = (show: string): string => urls().show(show);
/** Everything one speaker said, across episodes. */
export const speakerUrl = (speaker: string): string => urls().speaker(speaker);
export const rssUrl = (): string => urls().file('rss.xml');
/** Written by @astrojs/sitemap. */
export const sitemapUrl = (): string => urls().file('sitemap-index.xml');

/** `path` (already including the base path) as an absolute URL on the configured `site`. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
	if (site === undefined) {
		throw new Error(
			'`site` is not set, so absolute URLs (canonical links, the sitemap, the RSS feed) cannot be made. Set SITE_URL or `site` in astro.config.mjs.',
		);
	}
	return new URL(path, site).href;
}

/**
 * Where to suggest a change to a content file: the repository's edit URL (`EDIT_BASE_URL`,
 * e.g. `https://github.com/org/repo/edit/main/`) followed by the file's path from the project
 * root (`content/episodes/onboard-26/02-train.md`). Undefined when no edit URL is configured.
 */
export function editUrl(editBase: string | undefined, filePath: string | undefined): string | undefined {
	if (!editBase || !filePath) return undefined;
	const path = filePath
		.replaceAll('\\', '/')
		.replace(/^(\.\/)+/u, '')
		.split('/')
		.map((segment) => encodeURIComponent(segment))
		.join('/');
	return new URL(path, editBase.endsWith('/') ? editBase : `${editBase}/`).href;
}

/** Top-level paths the site uses for itself, which an episode folder must not take. */
export const reservedEpisodeSlugs: ReadonlySet<string> = new Set([
	'search',
	'pagefind',
	'404',
	'_astro',
	'shows',
	'speakers',
]);

/** Why an episode folder cannot be named `slug`, or undefined when it can. */
export function reservedSlugProblem(slug: string): string | undefined {
	return reservedEpisodeSlugs.has(slug)
		? `the episode folder \`${slug}\` would take the site's own \`/${slug}/\` URL. Rename the folder, e.g. \`${slug}-episode\`.`
		: undefined;
}
