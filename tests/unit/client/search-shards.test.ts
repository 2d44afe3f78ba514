import { describe, expect, it } from 'vitest';
import { mergeShards, otherShards, type MergingPagefind } from '../../../src/client/search/shards.ts';

describe('otherShards', () => {
	it('leaves out this site, so every shard can be given the same list, and keeps shards on this host as paths', () => {
		expect(
			otherShards(
				['/shows/harbour/', '/shows/forest/', 'http://archive.test/shows/forest/', 'https://forest.example.org/'],
				'http://archive.test/shows/harbour/',
			),
		).toEqual([
			{ home: '/shows/forest/', bundle: '/shows/forest/pagefind/' },
			{ home: 'https://forest.example.org/', bundle: 'https://forest.example.org/pagefind/' },
		]);
	});

	it('leaves out this site also when the list names it with its absolute URL', () => {
		expect(otherShards(['http://archive.test/'], 'http://archive.test/')).toEqual([]);
	});
});

/** Pagefind bundles on a pretend host: the entry file of each bundle that exists. */
function host(bundles: Record<string, string[]>): typeof fetch {
	return (input) => {
		const url = input instanceof Request ? input.url : input.toString();
		const bundle = Object.keys(bundles).find((base) => url === `${base}pagefind-entry.json`);
		if (bundle === undefined) return Promise.resolve(new Response('Not found', { status: 404 }));
		const languages = Object.fromEntries(
			(bundles[bundle] ?? []).map((language) => [language, { hash: 'x', wasm: language, page_count: 1 }]),
		);
		return Promise.resolve(Response.json({ version: '1.6.0', languages }));
	};
}

/** Records what would be merged into Pagefind. */
function pagefind(failing: string[] = []): MergingPagefind & { merged: [string, string][] } {
	const merged: [string, string][] = [];
	return {
		merged,
		mergeIndex: (bundle, options) => {
			if (failing.includes(bundle)) return Promise.reject(new Error('Failed to load Pagefind metadata'));
			merged.push([bundle, options.baseUrl]);
			return Promise.resolve();
		},
	};
}

const forest = { home: '/shows/forest/', bundle: '/shows/forest/pagefind/' };
const gone = { home: '/shows/gone/', bundle: '/shows/gone/pagefind/' };
const english = { home: '/shows/english/', bundle: '/shows/english/pagefind/' };

describe('mergeShards', () => {
	it('merges each shard with its home as the base of its result URLs', async () => {
		const target = pagefind();
		const warnings: string[] = [];
		const merged = await mergeShards(target, [forest], {
			ownBundle: '/shows/harbour/pagefind/',
			fetch: host({ '/shows/harbour/pagefind/': ['en'], '/shows/forest/pagefind/': ['en'] }),
			warn: (message) => warnings.push(message),
		});
		expect(merged).toEqual(['/shows/forest/']);
		expect(target.merged).toEqual([['/shows/forest/pagefind/', '/shows/forest/']]);
		expect(warnings).toEqual([]);
	});

	it('leaves out a shard whose bundle is missing, with a warning naming it, and merges the others', async () => {
		const target = pagefind();
		const warnings: string[] = [];
		const merged = await mergeShards(target, [gone, forest], {
			ownBundle: '/shows/harbour/pagefind/',
			fetch: host({ '/shows/harbour/pagefind/': ['en'], '/shows/forest/pagefind/': ['en'] }),
			warn: (message) => warnings.push(message),
		});
		expect(merged).toEqual(['/shows/forest/']);
		expect(target.merged.map(([bundle]) => bundle)).toEqual(['/shows/forest/pagefind/']);
		expect(warnings).toEqual([
			'Search leaves out the shard at /shows/gone/: HTTP 404 for /shows/gone/pagefind/pagefind-entry.json. The other shards are still searched.',
		]);
	});

	it('leaves out a shard that cannot be fetched or that Pagefind cannot merge, and never rejects', async () => {
		const warnings: string[] = [];
		const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
		expect(
			await mergeShards(pagefind(), [forest], { ownBundle: '/p/', fetch: offline, warn: (m) => warnings.push(m) }),
		).toEqual([]);
		expect(warnings[0]).toMatch(
			/^Search leaves out the shard at \/shows\/forest\/: .* could not be fetched \(Failed to fetch\)/u,
		);

		const failing = pagefind(['/shows/forest/pagefind/']);
		const fine = host({ '/p/': ['en'], '/shows/forest/pagefind/': ['en'] });
		expect(
			await mergeShards(failing, [forest], { ownBundle: '/p/', fetch: fine, warn: (m) => warnings.push(m) }),
		).toEqual([]);
		expect(warnings[1]).toMatch(/Pagefind could not merge it \(Failed to load Pagefind metadata\)/u);
	});

	it('warns when a shard’s index is in another language, and still merges it', async () => {
		const target = pagefind();
		const warnings: string[] = [];
		await mergeShards(target, [english], {
			ownBundle: '/p/',
			fetch: host({ '/p/': ['zh-cn'], '/shows/english/pagefind/': ['en'] }),
			warn: (message) => warnings.push(message),
		});
		expect(target.merged.map(([bundle]) => bundle)).toEqual(['/shows/english/pagefind/']);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/index in `en`, this site in `zh-cn`.*SEARCH_LANGUAGE/u);
	});
});
