/**
 * Every internal URL, built from `import.meta.env.BASE_URL` so the site also works under a
 * sub-path. URLs are directories with a trailing slash (`trailingSlash: 'always'`), matching
 * the `dist/<episode>/<question>/index.html` files Pagefind turns into result URLs.
 */
const base = import.meta.env.BASE_URL.replace(/\/+$/, '');

function withBase(path: string): string {
	return `${base}/${path}`;
}

export const homeUrl = (): string => withBase('');
/** A file from public/, e.g. `favicon.svg`. */
export const assetUrl = (file: string): string => withBase(file);
export const searchUrl = (): string => withBase('search/');
export const pagefindBundleUrl = (): string => withBase('pagefind/');
export const episodeUrl = (episode: string): string => withBase(`${episode}/`);
export const questionUrl = (episode: string, question: string): string => withBase(`${episode}/${question}/`);
/** A question's place in the full conversation on the episode page. */
export const questionInEpisodeUrl = (episode: string, question: string): string => `${episodeUrl(episode)}#${question}`;

/** Top-level paths the site uses for itself, which an episode folder must not take. */
export const reservedEpisodeSlugs: ReadonlySet<string> = new Set(['search', 'pagefind', '404', '_astro']);
