/**
 * The card's fonts: Noto Sans SC (OFL) from the `@expo-google-fonts/noto-sans-sc` package, one
 * static TTF per weight, read from node_modules: nothing is fetched at build time. Each weight
 * is about 10 MB, so only the weights the layout uses are read, and only when a card is drawn.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { CARD_FONT_FAMILY, CARD_FONT_WEIGHTS } from './layout.ts';

export interface CardFont {
	name: string;
	data: Buffer;
	weight: (typeof CARD_FONT_WEIGHTS)[number];
	style: 'normal';
}

const files: Record<(typeof CARD_FONT_WEIGHTS)[number], string> = {
	400: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
	700: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
};

export class CardFontNotFoundError extends Error {
	override name = 'CardFontNotFoundError';
}

export async function loadCardFonts(): Promise<CardFont[]> {
	const require = createRequire(import.meta.url);
	return Promise.all(
		CARD_FONT_WEIGHTS.map(async (weight) => {
			let path: string;
			try {
				path = require.resolve(files[weight]);
			} catch (cause) {
				throw new CardFontNotFoundError(
					`The preview cards' font \`${files[weight]}\` is not installed, so no card can be drawn. Run \`npm ci\` (the package is in \`dependencies\`).`,
					{ cause },
				);
			}
			return { name: CARD_FONT_FAMILY, data: await readFile(path), weight, style: 'normal' as const };
		}),
	);
}
