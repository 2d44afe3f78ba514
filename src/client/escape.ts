/**
 * Escaping for text the browser code puts into HTML or into a regular expression. No DOM and
 * no dependencies, so every module that builds markup or patterns from transcript text (search
 * excerpts, quote citations, highlights) escapes it the same way.
 */

/** `text` for HTML: nothing of a transcript is ever read as markup. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/gu, (character) => `&#${character.charCodeAt(0)};`);
}

/** `text` matched literally inside a regular expression (with or without the `u` flag). */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}
