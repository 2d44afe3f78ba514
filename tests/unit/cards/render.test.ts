import { describe, expect, it } from 'vitest';
import { cardImage } from '../../../src/cards/card-image.ts';
import type { CardCache } from '../../../src/cards/cache.ts';
import { loadCardFonts } from '../../../src/cards/fonts.ts';
import { cardElement } from '../../../src/cards/layout.ts';
import { createCardRenderer } from '../../../src/cards/render.ts';

/** Width and height from a PNG's header (its first chunk, IHDR), after checking the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	expect([...png.subarray(0, 8)]).toEqual(signature);
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

const card = {
	question: 'Stable Diffusion到底是什么？它和之前的GAN有什么不一样？',
	speakers: ['Yizhou'],
	episodeTitle: '【播客】onboard26. ChatGPT与生成式AI的技术演进与商业未来',
	show: 'Onboard!',
	siteTitle: '播客文字稿',
	lang: 'zh-CN',
};

/** A cache in memory that counts what it is asked. */
function memoryCache(): CardCache & { reads: number; writes: number } {
	const kept = new Map<string, Uint8Array<ArrayBuffer>>();
	const cache = {
		reads: 0,
		writes: 0,
		read: (key: string) => {
			cache.reads += 1;
			return Promise.resolve(kept.get(key));
		},
		write: (key: string, png: Uint8Array<ArrayBuffer>) => {
			cache.writes += 1;
			kept.set(key, png);
			return Promise.resolve();
		},
	};
	return cache;
}

describe('createCardRenderer', () => {
	it('draws a Chinese question as a 1200×630 PNG', { timeout: 20_000 }, async () => {
		const png = await (await createCardRenderer(await loadCardFonts())).draw(cardElement(card));
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		// Text was drawn: a blank card of one colour compresses to far less.
		expect(png.length).toBeGreaterThan(20_000);
	});

	it('draws Chinese characters from the registered fonts, not as boxes', { timeout: 20_000 }, async () => {
		const renderer = await createCardRenderer(await loadCardFonts());
		// Without the fonts every character is the same box (or nothing), so two questions of the
		// same length in different characters would come out as the same image.
		const [first, second] = await Promise.all([
			renderer.draw(cardElement({ ...card, question: '你今天过得好吗？' })),
			renderer.draw(cardElement({ ...card, question: '我们明天再谈吧？' })),
		]);
		expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
	});
});

describe('cardImage', () => {
	it(
		'draws a card once and takes the second request with the same content from the cache',
		{ timeout: 20_000 },
		async () => {
			const cache = memoryCache();
			const first = await cardImage(card, cache);
			const second = await cardImage({ ...card }, cache);
			expect([first.from, second.from]).toEqual(['drawn', 'cache']);
			expect(cache.writes).toBe(1);
			expect(second.png).toBe(first.png);
			expect((await cardImage({ ...card, speakers: ['Yizhou', 'Yiwen'] }, cache)).from).toBe('drawn');
		},
	);
});
