/**
 * Where builds keep what they can reuse: Astro's content cache and the preview cards
 * (src/cards/). `ASTRO_CACHE_DIR` gives builds that must not share a cache (the tests' builds,
 * the benchmark's) each their own. Relative paths are from the project root.
 */
export function cacheDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
	return env['ASTRO_CACHE_DIR'] || './node_modules/.astro';
}
