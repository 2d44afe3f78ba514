/**
 * The name a drawn card is kept under: a hash of everything drawn on it and of the renderer
 * that drew it. A card whose content and renderer are unchanged is not drawn again; any change
 * to either (a reworded question, a renamed speaker, a new layout or library) gives a new key.
 */
import { createHash } from 'node:crypto';
import type { CardContent } from './content.ts';

/**
 * `renderer` names the layout's version and the versions of the libraries and fonts that draw
 * it (card-image.ts), so that upgrading any of them draws every card again.
 */
export function cardCacheKey(card: CardContent, renderer: string): string {
	// Fields in a fixed order, so the key does not depend on how the object was built.
	const drawn = [
		renderer,
		card.question,
		card.speakers,
		card.episodeTitle,
		card.show ?? null,
		card.siteTitle,
		card.lang,
	];
	return createHash('sha256').update(JSON.stringify(drawn)).digest('hex').slice(0, 32);
}
