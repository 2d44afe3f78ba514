/**
 * `SEARCH_SHARDS`: the other builds of one archive that this site's search also searches
 * (docs/deploy.md, "Several builds, one search"). Each shard is an ordinary build of this site
 * (its own `CONTENT_DIR` and `BASE_PATH`); the setting lists where each one's home page is
 * served, as a path on this host (`/shows/harbour/`) or an absolute URL
 * (`https://forest.example.org/`). Its Pagefind bundle is `<that>pagefind/`.
 *
 * Read once by astro.config.mjs, which fails the build on a bad value; the list it returns
 * reaches the search code in the browser as a constant (src/client/search/shards.ts). The same
 * list may be given to every shard: the search skips its own site in it.
 */

export class SearchShardsError extends Error {
	override name = 'SearchShardsError';
}

/**
 * The shards in `value` (separated by white space or commas), each ending in `/`, without
 * repeats, in the order given. Unset or blank is none.
 */
export function parseSearchShards(value: string | undefined): string[] {
	const entries = (value ?? '').split(/[\s,]+/u).filter((entry) => entry !== '');
	const shards: string[] = [];
	for (const entry of entries) {
		const shard = normalizeShard(entry);
		if (!shards.includes(shard)) shards.push(shard);
	}
	return shards;
}

function normalizeShard(entry: string): string {
	const problem = (why: string): SearchShardsError =>
		new SearchShardsError(
			`SEARCH_SHARDS lists \`${entry}\`, which ${why}. List where each shard's home page is served, ` +
				'separated by spaces or commas: a path on this host such as `/shows/harbour/`, or an absolute URL such as `https://forest.example.org/`.',
		);
	if (/[?#]/u.test(entry)) throw problem('has a query or fragment');
	if (entry.startsWith('//')) throw problem('has no scheme (write `https://…`)');
	if (entry.startsWith('/')) {
		if (entry.split('/').some((segment) => segment === '..' || segment === '.')) throw problem('is not a plain path');
		return entry.endsWith('/') ? entry : `${entry}/`;
	}
	if (!URL.canParse(entry)) throw problem('is neither a path starting with `/` nor an absolute URL');
	const url = new URL(entry);
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw problem('is not an http(s) URL');
	if (url.username !== '' || url.password !== '') throw problem('holds a user name or password');
	return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
