/**
 * Fitting text into a box of the preview card before the renderer (Takumi, render.ts) lays it
 * out: how wide a text is, how many lines it wraps to, and which font size (or which shortened
 * text) fits. Takumi wraps the text itself; this estimate only picks the size and the cut, so
 * it errs on the wide side, and the layout keeps `lineClamp` as a last guard.
 */
import { collapseWhiteSpace } from '../model/white-space.ts';
import { ellipsis } from '../site/excerpt.ts';

/**
 * Advance widths of printable ASCII (U+0020 to U+007E, in order) in Noto Sans SC Bold, in
 * thousandths of an em (read from the font with HarfBuzz). The bold widths also serve for the
 * regular weight, which is narrower, so a fit at bold also fits at regular.
 */
const asciiAdvance: readonly number[] = [
	227, 370, 574, 590, 590, 963, 740, 325, 378, 378, 507, 590, 325, 370, 325, 387, 590, 590, 590, 590, 590, 590, 590,
	590, 590, 590, 325, 325, 590, 590, 590, 514, 1007, 641, 681, 656, 714, 615, 585, 717, 757, 330, 568, 686, 578, 853,
	749, 770, 667, 770, 682, 624, 625, 748, 619, 915, 627, 580, 613, 378, 387, 378, 590, 567, 626, 591, 644, 527, 644,
	581, 372, 597, 640, 304, 306, 604, 315, 964, 641, 626, 644, 644, 437, 495, 421, 637, 576, 863, 562, 574, 511, 378,
	296, 378, 590,
];

/**
 * Everything else (Chinese characters, full-width punctuation, the ellipsis) is one em wide in
 * this font; the few narrower letters (accented Latin) are overestimated, which is the safe side.
 */
const otherAdvance = 1000;

/** A little room for rounding and kerning, so an estimate that just fits also fits when drawn. */
const safety = 1.03;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The width of `text` at `fontSize` pixels, on one line. */
export function textWidth(text: string, fontSize: number): number {
	let thousandths = 0;
	for (const { segment } of graphemes.segment(text)) {
		const code = segment.length === 1 ? segment.charCodeAt(0) : 0;
		thousandths += (code >= 0x20 && code <= 0x7e ? asciiAdvance[code - 0x20] : undefined) ?? otherAdvance;
	}
	return (thousandths / 1000) * fontSize * safety;
}

/** Latin words, numbers and terms such as `pre-train` or `GPT-3.5` do not break inside. */
const unbreakable = /^[\p{Script=Latin}\p{N}'’._\-/+#@&]+$/u;
/** Punctuation that may not start a line: it stays with the character before it. */
const closing = /^[，。、；：！？）」』”’》〉】…,.;:!?)\]}%]$/u;
/** Punctuation that may not end a line: it goes with the character after it. */
const opening = /^[（「『“‘《〈【([{]$/u;

/**
 * The pieces a line may break between: a Latin word (with its trailing closing punctuation),
 * a space, or one Chinese character (with opening punctuation before it and closing after).
 */
export function breakUnits(text: string): string[] {
	const units: string[] = [];
	let pendingOpening = '';
	for (const { segment } of graphemes.segment(collapseWhiteSpace(text))) {
		const last = units.length - 1;
		const previous = units[last];
		if (opening.test(segment)) {
			pendingOpening += segment;
		} else if (closing.test(segment) && previous !== undefined && previous !== ' ' && pendingOpening === '') {
			units[last] = previous + segment;
		} else if (
			unbreakable.test(segment) &&
			pendingOpening === '' &&
			previous !== undefined &&
			unbreakable.test(previous)
		) {
			units[last] = previous + segment;
		} else {
			units.push(pendingOpening + segment);
			pendingOpening = '';
		}
	}
	if (pendingOpening !== '') units.push(pendingOpening);
	return units;
}

/** How many lines `text` wraps to in a box `width` pixels wide, breaking as a browser would. */
export function lineCount(text: string, fontSize: number, width: number): number {
	let lines = 0;
	let used = 0;
	for (const unit of breakUnits(text)) {
		const size = textWidth(unit, fontSize);
		if (unit === ' ') {
			// A space at the end of a line takes no room; one inside a line does.
			if (lines > 0) used += size;
			continue;
		}
		if (lines === 0 || used + size > width) {
			// A unit wider than the box (a very long word) is broken wherever it must be.
			lines += Math.max(1, Math.ceil(size / width));
			used = size > width ? size % width : size;
		} else {
			used += size;
		}
	}
	return lines;
}

/** One font size to try, and the most lines the box has room for at that size. */
export interface FitStep {
	fontSize: number;
	maxLines: number;
}

export interface FittedText {
	/** The text as it is to be drawn: whole, or cut and ending in `…`. */
	text: string;
	fontSize: number;
	/** The lines it is expected to take. */
	lines: number;
	shortened: boolean;
}

/**
 * The first step (largest font first) at which `text` fits in `width`; when it fits at none,
 * the text shortened to fit the last step, with an ellipsis. A cut inside a Latin word moves
 * back to the word's start, and no comma or space is left before the ellipsis.
 */
export function fitText(text: string, width: number, steps: readonly FitStep[]): FittedText {
	const last = steps.at(-1);
	if (last === undefined) throw new RangeError('fitText needs at least one font size to try.');
	const clean = collapseWhiteSpace(text);
	for (const { fontSize, maxLines } of steps) {
		const lines = lineCount(clean, fontSize, width);
		if (lines <= maxLines) return { text: clean, fontSize, lines, shortened: false };
	}
	const parts = Array.from(graphemes.segment(clean), ({ segment }) => segment);
	const shortened = (count: number): string => {
		let end = count;
		// Back to the start of a Latin word that the cut would split, unless the word fills the line.
		if (unbreakable.test(parts[end - 1] ?? '') && unbreakable.test(parts[end] ?? '')) {
			let start = end;
			while (start > 0 && unbreakable.test(parts[start - 1] ?? '')) start -= 1;
			if (start > 0) end = start;
		}
		const kept = parts
			.slice(0, end)
			.join('')
			.replace(/[\s，、；：,;:（(「“‘]+$/u, '');
		return `${kept}${ellipsis}`;
	};
	const fits = (count: number): boolean => lineCount(shortened(count), last.fontSize, width) <= last.maxLines;
	// The longest prefix that fits: more graphemes never take fewer lines, so search by halves.
	let low = 0;
	let high = parts.length;
	while (low < high) {
		const middle = Math.ceil((low + high) / 2);
		if (fits(middle)) low = middle;
		else high = middle - 1;
	}
	const result = shortened(low);
	return {
		text: result,
		fontSize: last.fontSize,
		lines: lineCount(result, last.fontSize, width),
		shortened: true,
	};
}
