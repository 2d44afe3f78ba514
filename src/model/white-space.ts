/**
 * Runs of white space (line breaks, tabs, non-breaking spaces) as single spaces, trimmed: how
 * a browser shows text, and so how the model, excerpts, cards and quotes compare it. No
 * dependencies, so browser code can use it too.
 */
export function collapseWhiteSpace(text: string): string {
	return text.replace(/\s+/gu, ' ').trim();
}
