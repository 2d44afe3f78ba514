/**
 * Draws a card with Takumi (`@takumi-rs/core`, Rust through N-API): it lays the element tree
 * out and rasterises and encodes the PNG on libuv's thread pool, off the main thread, so
 * cards are drawn on both cores while Astro renders pages. It replaced satori + resvg, which
 * laid out on the main thread and encoded the PNG there too (docs/performance.md).
 */
import { Renderer } from '@takumi-rs/core';
import { fromJsx } from '@takumi-rs/helpers/jsx';
import type { CardFont } from './fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardElement } from './layout.ts';

/** Draws cards with the fonts it was made with. */
export interface CardRenderer {
	/** The PNG of `element`, CARD_WIDTH × CARD_HEIGHT. */
	draw(element: CardElement): Promise<Uint8Array<ArrayBuffer>>;
}

/**
 * A renderer with `fonts` registered. Make one per build and draw every card with it: the
 * fonts are parsed once, when registered (passing them any other way draws Chinese as boxes).
 */
export async function createCardRenderer(fonts: readonly CardFont[]): Promise<CardRenderer> {
	const renderer = new Renderer();
	for (const { name, data, weight, style } of fonts) await renderer.registerFont({ name, data, weight, style });
	return {
		async draw(element) {
			// The element tree has the shape of React elements, which Takumi's `fromJsx` takes.
			const { node, css } = await fromJsx(element);
			const png = await renderer.render(node, { width: CARD_WIDTH, height: CARD_HEIGHT, format: 'png', css });
			return new Uint8Array(png);
		},
	};
}
