/**
 * The searched phrase in an answer's text: whether the answer says it, where, and the
 * excerpt around it with it marked. Pure, and no DOM, so the ranking (rank.ts) and the unit
 * tests use it alike.
 *
 * Pagefind splits a Chinese query with the browser's word segmenter (ICU) and the index with
 * jieba, so `高通` is searched as `高` and `通` and an answer with `高` here and `通` there
 * can outrank the one that says `高通` (docs/search.md). Reading the text itself settles it.
 * A phrase matches in any case, with any white space or hyphen where the query has white
 * space or a hyphen (`decoder only` finds `decoder-only`), with or without a space between
 * Chinese and Latin (`消费级GPU` finds `消费级 GPU`), and Latin words whole (`palm` is not
 * found in `palms`).
 */
import { escapeHtml, escapeRegExp } from '../escape.ts';

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;
const SEPARATOR = /[\s\-‐‑–—_]/u;

/** A pattern for `phrase` in text, as described above; `undefined` for an empty phrase. */
export function phrasePattern(phrase: string): RegExp | undefined {
	const characters = [...phrase.trim()];
	if (characters.length === 0) return undefined;
	let source = '';
	let previous = '';
	for (const character of characters) {
		if (SEPARATOR.test(character)) {
			if (!SEPARATOR.test(previous)) source += '[\\s\\-‐‑–—_]+';
		} else {
			const switches =
				previous !== '' &&
				((HAN.test(previous) && LATIN_OR_DIGIT.test(character)) ||
					(LATIN_OR_DIGIT.test(previous) && HAN.test(character)));
			source += `${switches ? '\\s?' : ''}${escapeRegExp(character)}`;
		}
		previous = character;
	}
	const first = characters[0] ?? '';
	const last = characters.at(-1) ?? '';
	const before = LATIN_OR_DIGIT.test(first) ? '(?<![\\p{L}\\p{N}])' : '';
	const after = LATIN_OR_DIGIT.test(last) ? '(?![\\p{L}\\p{N}])' : '';
	return new RegExp(`${before}${source}${after}`, 'giu');
}

/** Where `pattern` matches in `text`: [start, end) pairs, in order. */
export function matchesOf(text: string, pattern: RegExp | undefined): [number, number][] {
	if (!pattern) return [];
	return [...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((match) => [
		match.index,
		match.index + match[0].length,
	]);
}

/**
 * The parts of a query worth marking when the answer does not say the whole phrase: its Latin
 * words and numbers, and the words of its Chinese (by the browser's segmenter) of two
 * characters or more, so that `数据量` marks `数据` and never `质量`'s `量`; a run the segmenter
 * splits into single characters (`开源`) is kept whole. A query of one Chinese character marks
 * that character.
 */
export function queryWords(query: string): string[] {
	const words = new Set<string>();
	const segmenter =
		typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;
	for (const [run] of query.matchAll(/[\p{Script=Han}]+|[\p{L}\p{N}]+/gu)) {
		if (!HAN.test(run)) {
			if (run.length >= 2 || /\p{N}/u.test(run)) words.add(run);
			continue;
		}
		if (run.length === 1 && [...query.trim()].length === 1) words.add(run);
		const pieces = (segmenter ? [...segmenter.segment(run)].map((piece) => piece.segment) : [run]).filter(
			(piece) => piece.length >= 2,
		);
		// The segmenter splits some words into characters (开源 → 开, 源): then the run is the word.
		for (const piece of pieces.length > 0 ? pieces : run.length >= 2 ? [run] : []) words.add(piece);
	}
	return [...words];
}

/** Characters of text shown before the first mark, and in all. */
const LEAD = 24;
const LENGTH = 96;

/** Moves `index` off the second half of a surrogate pair. */
function onCodePoint(text: string, index: number): number {
	const code = text.charCodeAt(index);
	return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/**
 * An excerpt of `text` (an answer's own words) as HTML: about `LENGTH` characters around the
 * first place it says the phrase, or else the first of the query's words, each such place in
 * `<mark>`; the start of the text when it says neither. Everything else is escaped.
 */
export function excerptHtml(text: string, query: string): string {
	let marks = matchesOf(text, phrasePattern(query));
	if (marks.length === 0) {
		const words = queryWords(query);
		marks = words
			.flatMap((word) => matchesOf(text, phrasePattern(word)))
			.sort(([a], [b]) => a - b)
			.filter(([start], index, all) => index === 0 || start >= (all[index - 1]?.[1] ?? 0));
	}
	const first = marks[0]?.[0] ?? 0;
	// A short answer is shown from its start; a long one from a little before the first mark.
	const start = onCodePoint(text, Math.max(0, Math.min(first - LEAD, text.length - LENGTH)));
	const end = onCodePoint(text, Math.min(text.length, start + LENGTH));
	let html = start > 0 ? '…' : '';
	let at = start;
	for (const [markStart, markEnd] of marks) {
		if (markStart < at || markStart >= end) continue;
		html += `${escapeHtml(text.slice(at, markStart))}<mark>${escapeHtml(text.slice(markStart, Math.min(markEnd, end)))}</mark>`;
		at = Math.min(markEnd, end);
	}
	html += escapeHtml(text.slice(at, end));
	return end < text.length ? `${html}…` : html;
}
