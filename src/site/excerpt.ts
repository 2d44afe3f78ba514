/**
 * Short plain-text excerpts for meta descriptions, the RSS feed and speaker pages. Lengths are
 * counted in graphemes (what a reader sees as one character), and cuts fall between graphemes,
 * so a cut never splits a surrogate pair, an emoji sequence or a letter from its accent.
 */
import { collapseWhiteSpace } from '../model/white-space.ts';

/** The ellipsis that marks a cut. */
export const ellipsis = '…';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Where a cut reads naturally: after a space, or after punctuation that ends a clause. */
const breakAfter = /[\s，。、；：！？,.;:!?）)」』”’]$/u;

/** How far back from the limit a cut may move to land on a natural break, as a share of the limit. */
const lookBack = 0.3;

/**
 * `text` with its white space collapsed, cut to at most `maxLength` graphemes including the
 * ellipsis. The cut moves back to the last space or clause punctuation when one is near the
 * limit, so Latin words stay whole; Chinese text, with no spaces, is cut at the limit.
 */
export function excerpt(text: string, maxLength = 150): string {
	if (!Number.isInteger(maxLength) || maxLength < 2) {
		throw new RangeError(`An excerpt needs a maxLength of at least 2 graphemes, got \`${maxLength}\`.`);
	}
	const clean = collapseWhiteSpace(text);
	const parts = firstGraphemes(clean, maxLength + 1);
	if (parts.length <= maxLength) return clean;

	const room = maxLength - ellipsis.length;
	let cut = room;
	for (let end = room; end > room - Math.floor(maxLength * lookBack) && end > 0; end -= 1) {
		// A break right after `end` graphemes: the grapheme before it ends a clause, or the next one is a space.
		if (breakAfter.test(parts[end - 1] ?? '') || /^\s/u.test(parts[end] ?? '')) {
			cut = end;
			break;
		}
	}
	const kept = parts.slice(0, cut).join('').trimEnd();
	// Do not end on a comma or colon before the ellipsis ("word,…"); a full stop or question mark may stay.
	return `${kept.replace(/[\s，、；：,;:]+$/u, '')}${ellipsis}`;
}

/**
 * The first `count` graphemes of `text`. The segmenter is lazy, so a long answer is not cut
 * into graphemes past the excerpt (speaker pages take an excerpt of every answer).
 */
function firstGraphemes(text: string, count: number): string[] {
	const parts: string[] = [];
	for (const { segment } of graphemes.segment(text)) {
		if (parts.length === count) break;
		parts.push(segment);
	}
	return parts;
}
