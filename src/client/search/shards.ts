/**
 * Searching several builds as one (docs/deploy.md, "Several builds, one search"): the other
 * shards of the archive, listed at build time in `SEARCH_SHARDS` (src/site/search-shards.ts),
 * are merged into this site's Pagefind with its `mergeIndex`, so a search here returns their
 * answers too, with URLs into their sites and facet counts over all of them.
 *
 * Pagefind keeps a merged index that failed to load and then waits for it on every search,
 * forever. So each shard's `pagefind-entry.json` is fetched first, and only the shards that
 * answer are merged; one that is missing or down is left out with a console warning, and the
 * search goes on with the others. Loaded only with the search code.
 */

/** One other shard: where its pages are (result URLs start here) and where its Pagefind bundle is. */
export interface Shard {
	/** The shard's home page, ending in `/`: a path when it is on this host, else an absolute URL. */
	home: string;
	/** `<home>pagefind/`. */
	bundle: string;
}

/** The part of Pagefind's browser API that merging uses (pagefind.app/docs/multisite/). */
export interface MergingPagefind {
	mergeIndex(bundleUrl: string, options: { baseUrl: string }): Promise<void>;
}

/**
 * The configured shards other than this site (whose home page is `ownHome`, absolute), so that
 * every shard can be given the same list. Shards on this host become paths, like this site's
 * own result URLs.
 */
export function otherShards(configured: readonly string[], ownHome: string): Shard[] {
	const own = new URL(ownHome);
	const shards: Shard[] = [];
	for (const entry of configured) {
		const url = new URL(entry, own);
		if (url.href === own.href) continue;
		const home = url.origin === own.origin ? url.pathname : url.href;
		if (shards.some((shard) => shard.home === home)) continue;
		shards.push({ home, bundle: `${home}pagefind/` });
	}
	return shards;
}

export interface MergeOptions {
	/** This site's Pagefind bundle, ending in `/`: its index language is what the shards' must match. */
	ownBundle: string;
	fetch?: typeof fetch;
	warn?: (message: string) => void;
	/** How long a shard may take to answer before it is left out. */
	timeoutMs?: number;
}

/** The languages of a bundle's indexes, from its `pagefind-entry.json`; a failure says what went wrong. */
async function indexLanguages(
	bundle: string,
	fetcher: typeof fetch,
	timeoutMs: number,
): Promise<{ languages: string[] } | { failure: string }> {
	const url = `${bundle}pagefind-entry.json`;
	try {
		const response = await fetcher(url, { signal: AbortSignal.timeout(timeoutMs) });
		if (!response.ok) return { failure: `HTTP ${response.status} for ${url}` };
		const entry: unknown = await response.json();
		if (typeof entry !== 'object' || entry === null || !('languages' in entry)) {
			return { failure: `${url} is not a Pagefind entry file` };
		}
		const { languages } = entry;
		return { languages: typeof languages === 'object' && languages !== null ? Object.keys(languages) : [] };
	} catch (error) {
		return { failure: `${url} could not be fetched (${error instanceof Error ? error.message : String(error)})` };
	}
}

/**
 * Merges every shard that answers into `pagefind`, at once; returns the homes of those merged.
 * Never rejects: a shard that cannot be merged is reported through `warn` and left out.
 */
export async function mergeShards(
	pagefind: MergingPagefind,
	shards: readonly Shard[],
	options: MergeOptions,
): Promise<string[]> {
	const fetcher = options.fetch ?? globalThis.fetch.bind(globalThis);
	const warn =
		options.warn ??
		((message: string): void => {
			console.warn(message);
		});
	const timeoutMs = options.timeoutMs ?? 10_000;
	const own = indexLanguages(options.ownBundle, fetcher, timeoutMs);
	const merged = await Promise.all(
		shards.map(async (shard) => {
			const probe = await indexLanguages(shard.bundle, fetcher, timeoutMs);
			if ('failure' in probe) {
				warn(`Search leaves out the shard at ${shard.home}: ${probe.failure}. The other shards are still searched.`);
				return undefined;
			}
			const ours = await own;
			if ('languages' in ours && !probe.languages.some((language) => ours.languages.includes(language))) {
				warn(
					`The shard at ${shard.home} has a search index in \`${probe.languages.join(', ')}\`, this site in \`${ours.languages.join(', ')}\`: ` +
						'its answers are searched with this site’s word splitting, so some words will not be found. Build every shard with the same SEARCH_LANGUAGE.',
				);
			}
			try {
				await pagefind.mergeIndex(shard.bundle, { baseUrl: shard.home });
				return shard.home;
			} catch (error) {
				warn(
					`Search leaves out the shard at ${shard.home}: Pagefind could not merge it (${error instanceof Error ? error.message : String(error)}).`,
				);
				return undefined;
			}
		}),
	);
	return merged.filter((home) => home !== undefined);
}
