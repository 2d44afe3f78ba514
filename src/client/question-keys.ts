/**
 * Keyboard shortcuts on question pages: `n` or `j` opens the next question, `p` or `k` the
 * previous one. They follow the page's own `rel="next"` / `rel="prev"` links, so they go
 * exactly where the visible links go, and they never act while the reader types (inputs,
 * an IME composition, any modifier key held).
 */

import { isTypingIn } from './search/shortcut.ts';

const NEXT = new Set(['n', 'j']);
const PREVIOUS = new Set(['p', 'k']);

function isTyping(event: KeyboardEvent): boolean {
	const modified = event.altKey || event.ctrlKey || event.metaKey || event.shiftKey;
	return event.isComposing || modified || isTypingIn(event.target);
}

for (const help of document.querySelectorAll<HTMLElement>('[data-shortcuts-help]')) help.hidden = false;

addEventListener('keydown', (event) => {
	if (event.defaultPrevented || isTyping(event)) return;
	const rel = NEXT.has(event.key) ? 'next' : PREVIOUS.has(event.key) ? 'prev' : undefined;
	if (rel === undefined) return;
	const link = document.querySelector<HTMLAnchorElement>(`a[rel="${rel}"]`);
	if (!link) return;
	event.preventDefault();
	link.click();
});
