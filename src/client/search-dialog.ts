/**
 * <search-dialog>: the site's search from any page (SearchDialog.astro renders it in the
 * header). It wraps a plain search form, which without JavaScript submits to the search
 * page, and a modal `<dialog>` with the search itself.
 *
 * The box in the header is the trigger: clicking it, typing into it, or pressing `/`,
 * Ctrl-K or ⌘-K anywhere (not while typing in a field) opens the dialog, carrying what was
 * typed. Escape, the close button or a click on the backdrop close it, and focus returns to
 * where it was. This file is all that loads with a page; the search behind the dialog
 * (search/dialog-search.ts, the engine and Pagefind) is fetched when the box gets focus or
 * the dialog opens, never before.
 */
import type { DialogSearch } from './search/dialog-search.ts';
import { onSearchShortcut } from './search/shortcut.ts';
import { onTyped } from './search/typing.ts';

class SearchDialog extends HTMLElement {
	#search: Promise<DialogSearch> | undefined;
	#returnFocus: HTMLElement | undefined;

	get #trigger(): HTMLInputElement | null {
		return this.querySelector('[data-search-trigger]');
	}
	get #dialog(): HTMLDialogElement | null {
		return this.querySelector('dialog');
	}
	get #input(): HTMLInputElement | null {
		return this.querySelector('dialog input[type="search"]');
	}

	connectedCallback(): void {
		const trigger = this.#trigger;
		const dialog = this.#dialog;
		if (!trigger || !dialog) return;
		this.toggleAttribute('data-ready', true);
		// Only now does the box open something; without this script it is a plain search form.
		trigger.setAttribute('aria-haspopup', 'dialog');

		// Whatever reaches the box opens the dialog with it; focus alone only warms up the search.
		const carry = (): void => {
			const text = trigger.value.trim() === '' ? undefined : trigger.value;
			trigger.value = '';
			this.open(text);
		};
		trigger.addEventListener('focus', () => void this.#load().catch(() => undefined));
		trigger.addEventListener('click', () => {
			this.open();
		});
		// An input method composing Chinese hands over its text when it is done, not halfway.
		onTyped(trigger, carry);
		trigger.addEventListener('keydown', (event) => {
			if (event.key === 'ArrowDown') {
				event.preventDefault();
				this.open();
			}
		});
		trigger.form?.addEventListener('submit', (event) => {
			event.preventDefault();
			carry();
		});

		dialog.addEventListener('keydown', (event) => {
			// The page's own keys (n and p on question pages) stay out of the dialog.
			event.stopPropagation();
			if (event.key === 'Escape' && !event.isComposing) {
				// Also keeps a search box from only clearing itself.
				event.preventDefault();
				this.close();
			}
		});
		// A click outside the dialog's frame lands on the dialog itself, i.e. on the backdrop.
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog) this.close();
		});
		dialog.addEventListener('close', () => {
			this.#restoreFocus();
		});
		this.querySelector('[data-search-close]')?.addEventListener('click', () => {
			this.close();
		});
		onSearchShortcut(trigger, () => {
			this.open();
		});
	}

	/** Opens the dialog, optionally with new text in its box, and searches. */
	open(text?: string): void {
		const dialog = this.#dialog;
		const input = this.#input;
		if (!dialog || !input) return;
		if (!dialog.open) {
			const active = document.activeElement;
			this.#returnFocus = active instanceof HTMLElement && active !== document.body ? active : undefined;
			dialog.showModal();
		}
		input.focus();
		if (text) {
			input.value = text;
			input.setSelectionRange(text.length, text.length);
		} else {
			// The last search stays, ready to be typed over.
			input.select();
		}
		this.#load().then(
			(search) => {
				search.refresh();
			},
			(error: unknown) => {
				this.#unavailable(error);
			},
		);
	}

	close(): void {
		this.#dialog?.close();
	}

	#restoreFocus(): void {
		const target = this.#returnFocus?.isConnected ? this.#returnFocus : undefined;
		this.#returnFocus = undefined;
		// Back where the reader was, without scrolling the page to the header.
		target?.focus({ preventScroll: true });
	}

	#load(): Promise<DialogSearch> {
		this.#search ??= import('./search/dialog-search.ts')
			.then(({ DialogSearch }) => new DialogSearch(this))
			.catch((error: unknown) => {
				this.#search = undefined;
				throw error;
			});
		return this.#search;
	}

	/** The search code could not be fetched (offline, or a deployment replaced it): say so in the dialog. */
	#unavailable(error: unknown): void {
		console.warn('Search is unavailable:', error);
		const status = this.querySelector('[data-search-status]');
		if (status) status.textContent = this.dataset['unavailable'] ?? '';
	}
}

if (!customElements.get('search-dialog')) customElements.define('search-dialog', SearchDialog);
