/**
 * Draws a card: satori lays the element tree out into an SVG (text as outlines, from the
 * fonts given), resvg rasterises it to PNG. resvg runs off the main thread (`renderAsync`).
 */
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import type { CardFont } from './fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardElement } from './layout.ts';

/**
 * The PNG of `element`, CARD_WIDTH × CARD_HEIGHT. Pass the same `fonts` array to every call:
 * satori keeps the fonts it parsed for the array it was given.
 */
export async function renderCard(element: CardElement, fonts: CardFont[]): Promise<Uint8Array<ArrayBuffer>> {
	const svg = await satori(element, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
	const image = await renderAsync(svg, { fitTo: { mode: 'original' } });
	// resvg's Buffer may sit on shared memory as far as the types know; a copy is a plain byte array.
	return new Uint8Array(image.asPng());
}
