/**
 * The `SEARCH_SHARDS` of this build, as astro.config.mjs validated them (src/site/search-shards.ts),
 * put into the search code by Vite's `define`; none where that did not run (unit tests).
 */
declare const __SEARCH_SHARDS__: readonly string[] | undefined;

export const configuredShards: readonly string[] = typeof __SEARCH_SHARDS__ === 'undefined' ? [] : __SEARCH_SHARDS__;
