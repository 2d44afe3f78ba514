/**
 * Drawn cards kept between builds, one PNG per cache key (cache-key.ts) in a folder under
 * Astro's cache directory, so that a rebuild draws only the cards whose content changed.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface CardCache {
	/** The kept PNG for `key`, or undefined when there is none. */
	read(key: string): Promise<Uint8Array<ArrayBuffer> | undefined>;
	write(key: string, png: Uint8Array<ArrayBuffer>): Promise<void>;
}

/** A cache in `dir`, created on first write. */
export function folderCache(dir: string): CardCache {
	const file = (key: string): string => join(dir, `${key}.png`);
	// Made once, not before every card: thousands of cards are written in a cold build.
	let made: Promise<unknown> | undefined;
	return {
		async read(key) {
			try {
				return await readFile(file(key));
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
				throw error;
			}
		},
		async write(key, png) {
			made ??= mkdir(dir, { recursive: true });
			await made;
			// Written aside and renamed, so that a build stopped half-way never leaves half a PNG under the key.
			const partial = `${file(key)}.${process.pid}.partial`;
			await writeFile(partial, png);
			await rename(partial, file(key));
		},
	};
}

export interface CachedCard {
	png: Uint8Array<ArrayBuffer>;
	/** `cache` when the PNG was kept from an earlier build, `drawn` when `draw` made it now. */
	from: 'cache' | 'drawn';
}

/** The PNG kept under `key`, or else the one `draw` makes, which is then kept. */
export async function cachedCard(
	cache: CardCache,
	key: string,
	draw: () => Promise<Uint8Array<ArrayBuffer>>,
): Promise<CachedCard> {
	const kept = await cache.read(key);
	if (kept !== undefined) return { png: kept, from: 'cache' };
	const png = await draw();
	await cache.write(key, png);
	return { png, from: 'drawn' };
}
