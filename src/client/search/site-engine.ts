/**
 * The one search engine of a page, shared by the dialog, the search page and the 404 page,
 * pointed at this site's Pagefind bundle under its base path (src/site/urls.ts), and at the
 * other shards of the archive when `SEARCH_SHARDS` lists some (shards.ts). Created on first
 * use; nothing is fetched until `load()` or a search.
 */
import { homeUrl, pagefindBundleUrl } from '../../site/urls.ts';
import { configuredShards } from './configured-shards.ts';
import { SearchEngine } from './engine.ts';
import { otherShards } from './shards.ts';

let engine: SearchEngine | undefined;

export function siteEngine(): SearchEngine {
	engine ??= new SearchEngine({
		bundleUrl: pagefindBundleUrl(),
		baseUrl: homeUrl(),
		shards: otherShards(configuredShards, new URL(homeUrl(), location.href).href),
	});
	return engine;
}
