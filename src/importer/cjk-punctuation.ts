/**
 * `--cjk-punctuation`: ASCII punctuation in Chinese text, as scrapers and some input methods
 * leave it (`数据,但是`), becomes the full-width form Chinese typesetting expects (`数据，但是`).
 * A mark changes only when it touches a CJK character on at least one side and is not
 * between two Latin letters or digits, so `GPT-3.5`, `12:30` and `a, b` stay as they are.
 * Each mark maps to exactly one character, so line numbers and lengths do not move.
 */

const FULL_WIDTH: Record<string, string> = {
	',': '，',
	':': '：',
	';': '；',
	'?': '？',
	'!': '！',
	'(': '（',
	')': '）',
};

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\d]/u;

function neighbour(text: string, index: number, step: 1 | -1): string {
	for (let i = index + step; i >= 0 && i < text.length; i += step) {
		const char = text[i] ?? '';
		if (char !== ' ') return char;
	}
	return '';
}

/** Index of the `)` closing the `(` at `open`, or -1. */
function closingParen(text: string, open: number): number {
	let depth = 0;
	for (let i = open; i < text.length; i += 1) {
		if (text[i] === '(') depth += 1;
		else if (text[i] === ')' && --depth === 0) return i;
	}
	return -1;
}

export function toCjkPunctuation(text: string): { text: string; changes: number } {
	// Code units, not code points: every mark is ASCII, so indexes into `text` stay valid.
	const chars = text.split('');
	const joined = text;
	let changes = 0;
	const convert = (index: number): void => {
		const full = FULL_WIDTH[chars[index] ?? ''];
		if (full !== undefined) {
			chars[index] = full;
			changes += 1;
		}
	};
	const touchesCjk = (index: number): boolean => {
		const before = neighbour(joined, index, -1);
		const after = neighbour(joined, index, 1);
		const cjk = CJK.test(before) || CJK.test(after);
		return cjk && !(LATIN_OR_DIGIT.test(before) && LATIN_OR_DIGIT.test(after));
	};

	for (let i = 0; i < chars.length; i += 1) {
		const char = chars[i];
		if (char === '(') {
			const close = closingParen(joined, i);
			if (close === -1) continue;
			const inside = joined.slice(i + 1, close);
			// A pair changes together, so brackets never end up half full-width.
			if (touchesCjk(i) || touchesCjk(close) || CJK.test(inside)) {
				convert(i);
				convert(close);
			}
		} else if (char !== ')' && char !== undefined && char in FULL_WIDTH && touchesCjk(i)) {
			convert(i);
		}
	}
	return { text: chars.join(''), changes };
}
