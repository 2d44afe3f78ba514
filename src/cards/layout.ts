/**
 * The preview card as an element tree in the shape of React elements
 * (`{ type, props: { style, children } }`, which Takumi's `fromJsx` takes: render.ts), built
 * from plain data so that it can be tested without drawing. Light layout, 1200×630 (the size Open Graph and X show large):
 * where the question was asked on top, the question large in the middle, who answers and the
 * site's name at the bottom.
 */
import type { CardContent } from './content.ts';
import { fitText, textWidth, type FitStep, type FittedText } from './fit.ts';

/**
 * Bump when the layout changes what a card looks like: it is part of every card's cache key,
 * so each card is drawn again once.
 */
export const CARD_LAYOUT_VERSION = 1;

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The one font family the layout uses; render.ts registers it in these weights. */
export const CARD_FONT_FAMILY = 'Noto Sans SC';
export const CARD_FONT_WEIGHTS = [400, 700] as const;

export type CardStyle = Readonly<Record<string, string | number>>;

export interface CardElement {
	type: 'div';
	props: {
		style: CardStyle;
		/** The renderer picks the glyph forms of Han characters by it, as browsers do. */
		lang?: string;
		children?: string | CardElement[];
	};
}

const paddingX = 80;
const contentWidth = CARD_WIDTH - 2 * paddingX;
const lineHeight = 1.3;

/**
 * Largest first. The question's box is about 335 px high (the card less its padding, the
 * episode line and the footer): 3 lines at 72 px, 4 at 64 or 56, 5 at 48.
 */
export const questionSteps: readonly FitStep[] = [
	{ fontSize: 72, maxLines: 3 },
	{ fontSize: 64, maxLines: 4 },
	{ fontSize: 56, maxLines: 4 },
	{ fontSize: 48, maxLines: 5 },
];
const episodeSize = 28;
const speakerSize = 30;
const siteSize = 26;
/** Between the speakers and the site's name in the footer. */
const footerGap = 40;

const colors = {
	background: '#f8fafc',
	accent: '#0284c7',
	episode: '#075985',
	question: '#0f172a',
	speakers: '#334155',
	site: '#64748b',
	rule: '#e2e8f0',
} as const;

const div = (style: CardStyle, children?: string | CardElement[]): CardElement => ({
	type: 'div',
	props: children === undefined ? { style } : { style, children },
});

/** Between the show's name and the episode's title. */
const showGap = 20;

/** The texts of a card as they will be drawn, each fitted to its place. */
export interface FittedCard {
	/** The show's name, whole (it is short, and the title gives way to it). */
	show?: string | undefined;
	episode: FittedText;
	question: FittedText;
	speakers: FittedText;
}

/**
 * How names are listed: Chinese uses the enumeration comma; `·` would do for both, but in a
 * CJK font it is a full em wide and leaves holes between Latin names.
 */
export function listSeparator(lang: string): string {
	return /^(zh|ja)\b/iu.test(lang) ? '、' : ', ';
}

export function fitCard(card: CardContent): FittedCard {
	const showWidth = card.show ? textWidth(card.show, episodeSize) + showGap : 0;
	const speakersWidth = contentWidth - footerGap - textWidth(card.siteTitle, siteSize);
	return {
		show: card.show,
		episode: fitText(card.episodeTitle, contentWidth - showWidth, [{ fontSize: episodeSize, maxLines: 1 }]),
		question: fitText(card.question, contentWidth, questionSteps),
		speakers: fitText(card.speakers.join(listSeparator(card.lang)), speakersWidth, [
			{ fontSize: speakerSize, maxLines: 1 },
		]),
	};
}

/** The card of `card`, for the renderer, with fonts registered under `CARD_FONT_FAMILY`. */
export function cardElement(card: CardContent): CardElement {
	const fitted = fitCard(card);
	const oneLine = { whiteSpace: 'nowrap', overflow: 'hidden' } as const;
	const root: CardElement = div(
		{
			position: 'relative',
			display: 'flex',
			flexDirection: 'column',
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			// Without it, the padding is added to the width and pushes the text out of the card.
			boxSizing: 'border-box',
			padding: `64px ${paddingX}px 56px`,
			backgroundColor: colors.background,
			fontFamily: CARD_FONT_FAMILY,
		},
		[
			div({ position: 'absolute', left: 0, top: 0, bottom: 0, width: 16, backgroundColor: colors.accent }),
			div({ display: 'flex', gap: showGap, fontSize: episodeSize, lineHeight: 1.5, color: colors.episode }, [
				...(fitted.show ? [div({ ...oneLine, fontWeight: 700 }, fitted.show)] : []),
				div({ ...oneLine, fontWeight: 400 }, fitted.episode.text),
			]),
			div(
				{
					display: 'block',
					marginTop: 36,
					fontSize: fitted.question.fontSize,
					fontWeight: 700,
					lineHeight,
					color: colors.question,
					// The fit is an estimate; should the renderer wrap to one line more, it ends the last line with `…`.
					lineClamp: questionSteps.find((step) => step.fontSize === fitted.question.fontSize)?.maxLines ?? 5,
				},
				fitted.question.text,
			),
			div(
				{
					display: 'flex',
					justifyContent: 'space-between',
					alignItems: 'center',
					marginTop: 'auto',
					paddingTop: 24,
					borderTop: `2px solid ${colors.rule}`,
				},
				[
					div({ ...oneLine, fontSize: speakerSize, fontWeight: 700, color: colors.speakers }, fitted.speakers.text),
					div({ ...oneLine, fontSize: siteSize, fontWeight: 400, color: colors.site }, card.siteTitle),
				],
			),
		],
	);
	root.props.lang = card.lang;
	return root;
}
