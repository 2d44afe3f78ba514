/**
 * Landing on a quote link (`…/question/?quote=…#anchor:~:text=…`): marks the quote in its
 * answer and brings it into view. Browsers that followed the text fragment have scrolled
 * already; for those that did not (no support, or a quote that does not start and end on
 * what the browser counts as word boundaries), this is what finds it. Escape clears the mark
 * and the parameter. Loaded only on pages opened from a quote link.
 */
import { findText, markRange } from './find-text.ts';
import { QUOTE_PARAM } from './text-fragment.ts';

export function markQuoteFromUrl(): void {
	const quote = new URLSearchParams(location.search).get(QUOTE_PARAM) ?? '';
	const id = decodeURIComponent(location.hash.slice(1));
	const answer = (id && document.getElementById(id)) || document.querySelector('article');
	if (!answer || quote.trim() === '') return;
	const range = findText(answer, quote);
	if (!range) return;
	const marks = markRange(range, 'quote-mark');
	marks[0]?.scrollIntoView({ block: 'center' });
	const onKey = (event: KeyboardEvent): void => {
		if (event.key !== 'Escape' || event.defaultPrevented) return;
		for (const mark of marks) {
			const parent = mark.parentNode;
			mark.replaceWith(...mark.childNodes);
			parent?.normalize();
		}
		const url = new URL(location.href);
		url.searchParams.delete(QUOTE_PARAM);
		history.replaceState(history.state, '', url);
		removeEventListener('keydown', onKey);
	};
	addEventListener('keydown', onKey);
}
