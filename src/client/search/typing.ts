/**
 * Text the reader has typed into a search box, as the box's owner should hear of it: every
 * committed change, but not the pinyin (or kana, or jamo) of a word an input method is still
 * composing — its characters arrive once the input method commits them, on `compositionend`.
 * Small and dependency-free, because the header's box (src/client/search-dialog.ts) loads it
 * with every page; the search controller (controller.ts) uses it for every search box.
 */

/** Calls `typed` after each committed change of `box`'s text. Works on any `EventTarget`. */
export function onTyped(box: EventTarget, typed: () => void): void {
	let composing = false;
	box.addEventListener('compositionstart', () => {
		composing = true;
	});
	box.addEventListener('compositionend', () => {
		composing = false;
		typed();
	});
	box.addEventListener('input', (event) => {
		if (!composing && !isComposing(event)) typed();
	});
}

/** `InputEvent.isComposing`, read without naming `InputEvent` (absent outside browsers). */
function isComposing(event: Event): boolean {
	return 'isComposing' in event && event.isComposing === true;
}
