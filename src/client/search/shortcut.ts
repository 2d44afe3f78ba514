/**
 * The keys that bring up search from anywhere on a page: `/`, and Ctrl-K or ⌘-K. Never while
 * the reader types in a field or composes with an input method: there the keys are text.
 * Small and dependency-free, because it loads with every page.
 */

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time']);

/** Whether keys pressed at `target` are someone typing (or choosing in a list), not commands. */
export function isTypingIn(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
		return true;
	return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

export function isSearchShortcut(event: KeyboardEvent): boolean {
	if (event.defaultPrevented || event.isComposing || event.altKey || isTypingIn(event.target)) return false;
	// `/` needs Shift on some layouts (German: Shift-7), so Shift is allowed.
	if (event.key === '/') return !event.ctrlKey && !event.metaKey;
	return (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k';
}

/**
 * Calls `open` when a search shortcut is pressed, keeping the key from the browser (Ctrl-K is
 * its own search), and tells assistive technology about the keys on `box`, the search box
 * they lead to.
 */
export function onSearchShortcut(box: HTMLElement, open: () => void): void {
	box.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
	document.addEventListener('keydown', (event) => {
		if (!isSearchShortcut(event)) return;
		event.preventDefault();
		open();
	});
}
