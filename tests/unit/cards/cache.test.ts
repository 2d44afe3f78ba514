import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachedCard, folderCache } from '../../../src/cards/cache.ts';

const folders: string[] = [];
const newFolder = (): string => {
	const folder = mkdtempSync(join(tmpdir(), 'card-cache-'));
	folders.push(folder);
	return join(folder, 'cards');
};
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

describe('cachedCard', () => {
	it('draws a card the first time and takes it from the cache the second time, without drawing', async () => {
		const cache = folderCache(newFolder());
		const draw = vi.fn(() => Promise.resolve(png));
		const first = await cachedCard(cache, 'abc', draw);
		const second = await cachedCard(cache, 'abc', draw);
		expect(first.from).toBe('drawn');
		expect(second.from).toBe('cache');
		expect(draw).toHaveBeenCalledTimes(1);
		expect([...second.png]).toEqual([...png]);
	});

	it('draws again for another key', async () => {
		const cache = folderCache(newFolder());
		const draw = vi.fn(() => Promise.resolve(png));
		await cachedCard(cache, 'abc', draw);
		expect((await cachedCard(cache, 'def', draw)).from).toBe('drawn');
		expect(draw).toHaveBeenCalledTimes(2);
	});

	it('keeps one PNG per key in the folder and no partial files', async () => {
		const folder = newFolder();
		await cachedCard(folderCache(folder), 'abc', () => Promise.resolve(png));
		expect(readdirSync(folder)).toEqual(['abc.png']);
	});

	it('keeps nothing when drawing fails, so the next build tries again', async () => {
		const folder = newFolder();
		const cache = folderCache(folder);
		await expect(cachedCard(cache, 'abc', () => Promise.reject(new Error('no font')))).rejects.toThrow('no font');
		expect(await cache.read('abc')).toBeUndefined();
	});
});
