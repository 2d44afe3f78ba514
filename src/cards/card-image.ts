/**
 * A question's preview card as the build makes it: kept from an earlier build when nothing
 * drawn on it changed, else drawn now. The I/O edge of src/cards/: fonts are read once per
 * build and only when a card must be drawn, so a rebuild that changed no question reads none.
 */
import { resolve } from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { cacheDir } from '../site/cache-dir.ts';
import { folderCache, cachedCard, type CachedCard, type CardCache } from './cache.ts';
import { cardCacheKey } from './cache-key.ts';
import type { CardContent } from './content.ts';
import { loadCardFonts } from './fonts.ts';
import { CARD_LAYOUT_VERSION, cardElement } from './layout.ts';
import { createCardRenderer, type CardRenderer } from './render.ts';

const { dependencies } = packageJson;

/** The layout and everything that draws it: part of each card's cache key. */
export const cardRenderer = [
	`layout ${CARD_LAYOUT_VERSION}`,
	`takumi ${dependencies['@takumi-rs/core']}`,
	`noto-sans-sc ${dependencies['@expo-google-fonts/noto-sans-sc']}`,
].join(', ');

/** `cards/` in Astro's cache directory. */
export const cardCacheDir = (): string => resolve(cacheDir(), 'cards');

let renderer: Promise<CardRenderer> | undefined;
let buildCache: CardCache | undefined;

/** The PNG of `card`, from `cache` (by default the build's card cache) or drawn. */
export async function cardImage(
	card: CardContent,
	cache: CardCache = (buildCache ??= folderCache(cardCacheDir())),
): Promise<CachedCard> {
	return cachedCard(cache, cardCacheKey(card, cardRenderer), async () => {
		renderer ??= loadCardFonts().then(createCardRenderer);
		return (await renderer).draw(cardElement(card));
	});
}
