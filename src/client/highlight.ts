/**
 * Marks the searched terms in the answer a search result led to (`?highlight=…#anchor`, see
 * src/client/search/landing.ts), so the reader sees at once why this answer matched.
 * Escape, or reading on, clears the marks: Escape removes them and the parameter from the
 * address. Loaded only on pages opened from a search.
 */
import { HIGHLIGHT_PARAM } from './search/landing.ts';
import { escapeRegExp } from './escape.ts';

const HAN_RUN = /^\p{Script=Han}{3,}$/u;

/**
 * The strings to mark for a query in a text: each word of the query where it occurs as
 * typed; a Chinese word that does not (Pagefind matches `数据量` in `数据的量`) by its
 * two-character pieces instead, as the index split it.
 */
export function termsToMark(query: string, text: string): string[] {
	const haystack = text.toLowerCase();
	const terms = new Set<string>();
	for (const word of query
		.toLowerCase()
		.split(/\s+/u)
		.filter((part) => part !== '')) {
		if (haystack.includes(word)) terms.add(word);
		else if (HAN_RUN.test(word)) {
			const chars = [...word];
			for (let i = 0; i + 1 < chars.length; i += 1) {
				const piece = `${chars[i]}${chars[i + 1]}`;
				if (haystack.includes(piece)) terms.add(piece);
			}
		}
	}
	return [...terms].sort((a, b) => b.length - a.length);
}

function markIn(root: HTMLElement, terms: string[]): HTMLElement[] {
	if (terms.length === 0) return [];
	const pattern = new RegExp(terms.map(escapeRegExp).join('|'), 'giu');
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		// Name, role and permalink are labels, not what was said.
		acceptNode: (node) =>
			node.parentElement?.closest('header, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
	});
	const nodes: Text[] = [];
	while (walker.nextNode()) nodes.push(walker.currentNode as Text);
	const marks: HTMLElement[] = [];
	for (const node of nodes) {
		const value = node.data;
		const pieces: (string | HTMLElement)[] = [];
		let last = 0;
		for (const match of value.matchAll(pattern)) {
			if (match.index > last) pieces.push(value.slice(last, match.index));
			const mark = document.createElement('mark');
			mark.className = 'search-highlight';
			mark.textContent = match[0];
			pieces.push(mark);
			marks.push(mark);
			last = match.index + match[0].length;
		}
		if (pieces.length === 0) continue;
		if (last < value.length) pieces.push(value.slice(last));
		node.replaceWith(...pieces);
	}
	return marks;
}

function clear(marks: HTMLElement[]): void {
	for (const mark of marks) {
		const parent = mark.parentNode;
		mark.replaceWith(mark.textContent);
		parent?.normalize();
	}
	const url = new URL(location.href);
	url.searchParams.delete(HIGHLIGHT_PARAM);
	history.replaceState(history.state, '', url);
}

export function highlightFromUrl(): void {
	const query = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM)?.trim() ?? '';
	if (query === '') return;
	const id = decodeURIComponent(location.hash.slice(1));
	const target = (id && document.getElementById(id)) || document.querySelector<HTMLElement>('article');
	if (!target) return;
	const marks = markIn(target, termsToMark(query, target.textContent));
	if (marks.length === 0) return;
	const onKey = (event: KeyboardEvent): void => {
		if (event.key !== 'Escape' || event.defaultPrevented) return;
		clear(marks);
		removeEventListener('keydown', onKey);
	};
	addEventListener('keydown', onKey);
}
