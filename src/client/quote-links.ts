/**
 * Offers a link to a quote when the reader selects text inside one answer: watches the
 * selection, and loads the toolbar (quote/quote-toolbar.ts, with the fragment generator)
 * only once a selection falls in an answer. On a page opened from a quote link, marks the
 * quote (quote/quote-landing.ts).
 */
import { QUOTE_PARAM } from './quote/text-fragment.ts';

type Toolbar = typeof import('./quote/quote-toolbar.ts');
let loading: Promise<Toolbar> | undefined;
let timer: number | undefined;

/** The answer that holds the whole selection, outside its header; or none. */
function answerOf(range: Range): HTMLElement | undefined {
	const element = (node: Node): Element | null => (node instanceof Element ? node : node.parentElement);
	const start = element(range.startContainer)?.closest<HTMLElement>('.answer');
	const end = element(range.endContainer)?.closest<HTMLElement>('.answer');
	if (!start || start !== end) return undefined;
	if (element(range.startContainer)?.closest('header') || element(range.endContainer)?.closest('header'))
		return undefined;
	return start;
}

document.addEventListener('selectionchange', () => {
	window.clearTimeout(timer);
	// Wait until the reader has stopped dragging or pressing Shift+arrows.
	timer = window.setTimeout(() => {
		const selection = getSelection();
		const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
		const answer = range && range.toString().trim() !== '' ? answerOf(range) : undefined;
		if (range && answer) {
			loading ??= import('./quote/quote-toolbar.ts');
			void loading.then(({ showQuoteToolbar }) => {
				showQuoteToolbar(range, answer);
			});
		} else if (loading) {
			void loading.then(({ hideQuoteToolbar }) => {
				hideQuoteToolbar();
			});
		}
	}, 250);
});

if (new URLSearchParams(location.search).has(QUOTE_PARAM)) {
	void import('./quote/quote-landing.ts').then(({ markQuoteFromUrl }) => {
		markQuoteFromUrl();
	});
}
