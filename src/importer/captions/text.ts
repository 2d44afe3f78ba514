/**
 * Joining pieces of caption text the way the words were spoken: a space between Latin
 * words, none between CJK characters, none before closing punctuation or after an opening
 * bracket. White space the source has at a join is kept (as one space), so mixed text such
 * as `我们用 GPU 训练` keeps exactly the spaces it came with.
 */

/** Han, kana and the CJK symbols, punctuation and full-width forms: written without spaces. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;
/** CJK punctuation carries its own spacing: no space on either side of it. */
const CJK_PUNCTUATION = /[\u3000-\u303F\uFF00-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]/u;
/** Marks that attach to the word before them. */
const CLOSING = /[,.?!;:%)\]}…、，。？！；：）」』》〉】〕]/u;
/** Brackets that attach to the word after them. */
const OPENING = /[([{（「『《〈【〔“‘]/u;

function lastCharacter(text: string): string {
	return /.$/su.exec(text)?.[0] ?? '';
}

function firstCharacter(text: string): string {
	return /^./su.exec(text)?.[0] ?? '';
}

export function isCjk(character: string): boolean {
	return CJK.test(character);
}

/** Collapses every run of white space (line breaks, tabs, no-break spaces) into one space. */
export function collapseWhiteSpace(text: string): string {
	return text.replace(/\s+/gu, ' ');
}

/** Whether a space belongs between two characters that meet where two fragments join. */
function spaceBetween(before: string, after: string): boolean {
	if (CLOSING.test(after) || OPENING.test(before)) return false;
	if (CJK_PUNCTUATION.test(before) || CJK_PUNCTUATION.test(after)) return false;
	return !(isCjk(before) && isCjk(after));
}

/**
 * Joins two fragments of caption text (two lines of a cue, two cues, two words of a
 * word-level transcript). White space at the join is kept as one space; without any, a space
 * is added between words but not between CJK characters, before closing punctuation
 * (`,` `.` `?` `，` `。`) or after an opening bracket.
 */
export function joinText(before: string, after: string): string {
	if (before.trim() === '') return after.trimStart() === '' ? '' : collapseWhiteSpace(after).trimStart();
	if (after.trim() === '') return after === '' ? before : `${before.trimEnd()} `;
	const left = collapseWhiteSpace(before);
	const right = collapseWhiteSpace(after);
	if (/\s$/u.test(left) || /^\s/u.test(right)) return `${left.trimEnd()} ${right.trimStart()}`;
	return spaceBetween(lastCharacter(left), firstCharacter(right)) ? `${left} ${right}` : left + right;
}

/** Joins lines (of one cue, one paragraph) with `joinText`, trimmed. */
export function joinLines(lines: readonly string[]): string {
	return lines.reduce(joinText, '').trim();
}

// A sentence ends at `.`, `?`, `!` or `…` before white space, or at `。`, `？`, `！` anywhere,
// with any closing quotes or brackets after it.
const SENTENCE_END = /(?:[.?!…]+["'”’)\]]*(?=\s|$)|[。？！]+[”’」』）]*)$/u;
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'jr', 'sr', 'prof', 'etc', 'e.g', 'i.e']);
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

/**
 * The word before a text's final `.` (`Mr` in `said Mr.`), when it is short enough to be an
 * abbreviation. Only the last few characters are looked at: a regular expression such as
 * `(\S+)\.$` tries every start in a long run without spaces, which takes minutes on a
 * caption line of 100,000 characters.
 */
function shortWordBeforeDot(text: string): string | undefined {
	if (!text.endsWith('.')) return undefined;
	const beforeDot = text.slice(0, -1);
	const tail = beforeDot.slice(-(LONGEST_ABBREVIATION + 1));
	const space = tail.search(/\s\S*$/u);
	if (space !== -1) return tail.slice(space + 1);
	return tail.length === beforeDot.length && tail.length <= LONGEST_ABBREVIATION ? tail : undefined;
}

/** Whether text ends a sentence (`exactly.`, `对吗？`), not an abbreviation such as `Mr.`. */
export function endsSentence(text: string): boolean {
	const trimmed = text.trimEnd();
	if (!SENTENCE_END.test(trimmed)) return false;
	const lastWord = shortWordBeforeDot(trimmed);
	return lastWord === undefined || !ABBREVIATIONS.has(lastWord.toLowerCase());
}

export interface SentencePiece {
	text: string;
	/** Whether white space separated this piece from the one before it in the source. */
	spaceBefore: boolean;
}

/**
 * Splits one cue's text after each sentence end, so a long cue (an HTML paragraph, a long
 * WebVTT cue) can be broken into paragraphs; each piece remembers whether a space preceded it.
 */
export function sentencePieces(text: string): SentencePiece[] {
	const pieces: SentencePiece[] = [];
	const boundary = /(?:[.?!…]+["'”’)\]]*(\s+)|[。？！]+[”’」』）]*(\s*))/gu;
	let from = 0;
	let spaceBefore = false;
	for (const match of text.matchAll(boundary)) {
		const space = match[1] ?? match[2] ?? '';
		const end = match.index + match[0].length - space.length;
		const piece = text.slice(from, end);
		if (!endsSentence(piece) || end === text.length) continue;
		pieces.push({ text: piece, spaceBefore });
		from = end + space.length;
		spaceBefore = space !== '';
	}
	if (from < text.length) pieces.push({ text: text.slice(from), spaceBefore });
	return pieces.filter((piece) => piece.text !== '');
}

/**
 * How full a paragraph is, where 1 is long: about 600 characters of Latin text or 250 CJK
 * characters, mixed text counting each kind at its own rate.
 */
export function paragraphFill(text: string): number {
	const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
	return cjk / 250 + ([...text].length - cjk) / 600;
}

/**
 * The words of a text in order, for the nothing-lost check: split at white space and
 * punctuation, each CJK character a word of its own. Case and spelling are kept. Invisible
 * format characters (the word joiner SRT files put in `--⁠>`, zero-width spaces) are not words.
 */
export function captionWords(text: string): string[] {
	return text
		.replace(/\p{Cf}/gu, '')
		.replace(/[\p{P}\p{S}]/gu, ' ')
		.replace(/([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu, ' $1 ')
		.split(/\s+/u)
		.filter((word) => word !== '');
}
