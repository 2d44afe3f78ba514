/**
 * The one search controller of the site's search surfaces: the header's dialog
 * (dialog-search.ts), the search page (src/client/search-page.ts) and the 404 page's
 * suggestions (src/client/not-found-search.ts). A fix to how searching behaves lands here once.
 *
 * `LatestSearch` is the core, without the DOM: it waits for typing to pause (debounce), reads
 * the query when the search starts, shows only the latest search's outcome (a slow earlier
 * search cannot overwrite a later one), says `loading` while the engine has not answered yet,
 * and turns a failure (Pagefind could not be fetched) into a `failed` state and one warning.
 * Time comes from a `Clock`, so tests can drive it.
 *
 * `SearchController` puts it behind a search box: it searches as the reader types, but not
 * while an input method is composing (typing.ts), and announces the number of answers, or
 * that search is unavailable, in the surface's `role="status"` region. What a result looks
 * like is render.ts's business; what else a surface shows (filters, hints) is its own.
 *
 * Loaded only with the search itself, never with a page: keep it free of the engine and of
 * anything large.
 */
import type { UiStrings } from '../../i18n/index.ts';
import { onTyped } from './typing.ts';

/** Calls `callback` after `ms` milliseconds; returns what cancels it. */
export type Clock = (ms: number, callback: () => void) => () => void;

export const timerClock: Clock = (ms, callback) => {
	const timer = setTimeout(callback, ms);
	return () => {
		clearTimeout(timer);
	};
};

/** What a surface shows for the search of `query`. */
export type SearchView<R> =
	| { state: 'loading'; query: string }
	| { state: 'done'; query: string; result: R }
	| { state: 'failed'; query: string; error: unknown };

export interface LatestSearchOptions<R> {
	/** The query, read when a search starts (after the debounce), so the latest text wins. */
	read: () => string;
	/** The search itself; may reject (the engine could not be fetched). */
	search: (query: string) => Promise<R>;
	/** Shows a state of a search; never called for a search that a newer one replaced. */
	show: (view: SearchView<R>) => void;
	/** How long typing must pause before a scheduled search starts. */
	debounceMs: number;
	clock?: Clock | undefined;
}

export class LatestSearch<R> {
	readonly #options: LatestSearchOptions<R>;
	readonly #clock: Clock;
	#cancelTimer: (() => void) | undefined;
	/** Incremented per search, so that a slow earlier search cannot overwrite a later one. */
	#generation = 0;
	/** Whether a search has succeeded since the last failure; until then a search shows `loading` first. */
	#ready = false;
	/** The query whose outcome is shown, if any. */
	#shown: string | undefined;

	constructor(options: LatestSearchOptions<R>) {
		this.#options = options;
		this.#clock = options.clock ?? timerClock;
	}

	/** Searches once typing has paused for the debounce, replacing a search already scheduled. */
	schedule(): void {
		this.#cancelTimer?.();
		this.#cancelTimer = this.#clock(this.#options.debounceMs, () => {
			this.#cancelTimer = undefined;
			void this.run();
		});
	}

	/** Searches now, replacing a scheduled search; settles once the outcome is shown or dropped as stale. */
	async run(): Promise<void> {
		this.#stopTimer();
		const generation = ++this.#generation;
		const query = this.#options.read();
		if (!this.#ready) this.#options.show({ state: 'loading', query });
		let view: SearchView<R>;
		try {
			view = { state: 'done', query, result: await this.#options.search(query) };
		} catch (error) {
			view = { state: 'failed', query, error };
		}
		if (generation !== this.#generation) return;
		this.#ready = view.state === 'done';
		this.#shown = view.state === 'done' ? query : undefined;
		if (view.state === 'failed') console.warn('Search is unavailable:', view.error);
		this.#options.show(view);
	}

	/** Searches now, unless the outcome for the current query is already shown. */
	refresh(): void {
		this.#stopTimer();
		if (this.#options.read() !== this.#shown) void this.run();
	}

	/** Drops a scheduled search and the outcome of any search still running. */
	cancel(): void {
		this.#stopTimer();
		this.#generation++;
	}

	#stopTimer(): void {
		this.#cancelTimer?.();
		this.#cancelTimer = undefined;
	}
}

export interface SearchControllerOptions<R> {
	/** The search box, whose text is the query (an `HTMLInputElement`). */
	input: EventTarget & { readonly value: string };
	search: (query: string) => Promise<R>;
	/** Shows a state of the latest search; the status region has already been updated. */
	render: (view: SearchView<R>) => void;
	/** How many answers an outcome holds, to announce; `undefined` announces nothing (an empty box). */
	count: (result: R) => number | undefined;
	/** The `role="status"` region that announces the count. */
	status: { textContent: string | null };
	strings: Pick<UiStrings, 'searchAnswerCount' | 'searchUnavailable'>;
	debounceMs: number;
	/** Called on each change the reader commits to the box, before the search is scheduled. */
	typed?: (() => void) | undefined;
	clock?: Clock | undefined;
}

export class SearchController<R> {
	readonly #search: LatestSearch<R>;

	constructor(options: SearchControllerOptions<R>) {
		const { input, status, strings } = options;
		this.#search = new LatestSearch({
			read: () => input.value,
			search: options.search,
			debounceMs: options.debounceMs,
			clock: options.clock,
			show: (view) => {
				if (view.state === 'done') {
					const count = options.count(view.result);
					status.textContent = count === undefined ? '' : strings.searchAnswerCount(count);
				} else if (view.state === 'failed') {
					status.textContent = strings.searchUnavailable;
				}
				options.render(view);
			},
		});
		onTyped(input, () => {
			options.typed?.();
			this.#search.schedule();
		});
	}

	/** Searches for the box's text now (a submitted form, a changed filter). */
	run(): Promise<void> {
		return this.#search.run();
	}

	/** Searches for the box's text now, unless its outcome is already shown (a dialog opened again). */
	refresh(): void {
		this.#search.refresh();
	}

	/** Drops a scheduled search and the outcome of any search still running. */
	cancel(): void {
		this.#search.cancel();
	}
}
