/**
 * Landing on an answer from a search: the result link carries the searched terms in a
 * `highlight` parameter (`/ep/q/?highlight=数据量#q-yizhou`), which src/client/highlight.ts
 * reads on the question page to mark the terms in that answer. The parameter sits before the
 * fragment, so the browser still scrolls to the answer, with or without JavaScript.
 */
export const HIGHLIGHT_PARAM = 'highlight';

export function landingUrl(answerUrl: string, searched: string): string {
	if (searched.trim() === '') return answerUrl;
	const url = new URL(answerUrl, 'https://placeholder.invalid');
	url.searchParams.set(HIGHLIGHT_PARAM, searched.trim());
	// Keep the URL as relative as it came (result URLs are site-absolute paths).
	return answerUrl.startsWith('http') ? url.href : `${url.pathname}${url.search}${url.hash}`;
}
