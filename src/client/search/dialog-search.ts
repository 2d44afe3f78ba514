/**
 * The search inside <search-dialog> (src/client/search-dialog.ts), loaded on first use:
 * results as the reader types, one per answer, best first.
 *
 * The box is an ARIA combobox over a listbox of results (the APG "combobox with listbox
 * popup" pattern): focus stays in the box while ArrowDown and ArrowUp move
 * `aria-activedescendant` through the results, which screen readers read out as they move,
 * and Enter opens the active one. Enter with none active submits the box's form, i.e. opens
 * the search page with every result and the filters. Searching as the reader types, and
 * announcing the number of answers in a `role="status"` region, is the controller's
 * (controller.ts); the results are render.ts's options. Under the box, the "filters summary" links to the search page
 * narrowed to one speaker, episode or show, with the number of matching answers of each.
 */
import resultsStylesheet from '../../styles/search-results.css?url';
import { uiStrings } from '../../i18n/index.ts';
import { searchUrl } from '../../site/urls.ts';
import type { Facet, SearchOutcome } from './engine.ts';
import { SearchController } from './controller.ts';
import { create, resultOption } from './render.ts';
import { siteEngine } from './site-engine.ts';
import { emptyFilters, offeredFacets, searchPageUrl } from './state.ts';

// The results' styles come with this code rather than with every page (src/styles/search-results.css).
if (!document.querySelector(`link[href="${resultsStylesheet}"]`)) {
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = resultsStylesheet;
	// Before the site's stylesheet, as on the pages that link it, so its dark theme still wins.
	const site = document.head.querySelector('link[rel="stylesheet"]');
	if (site) site.before(link);
	else document.head.append(link);
}

const LIMIT = 10;
const DEBOUNCE_MS = 120;

function required<T extends Element>(root: Element, selector: string): T {
	const element = root.querySelector<T>(selector);
	if (!element) throw new Error(`<search-dialog> has no \`${selector}\`: see SearchDialog.astro.`);
	return element;
}

/** A dialog search's outcome: nothing for an empty box; else the answers and the site's facets. */
type DialogOutcome = { outcome: SearchOutcome; site: Record<Facet, Record<string, number>> } | undefined;

export class DialogSearch {
	readonly #input: HTMLInputElement;
	readonly #list: HTMLElement;
	readonly #hint: HTMLElement;
	readonly #narrow: HTMLElement;
	readonly #all: HTMLAnchorElement;
	readonly #strings = uiStrings(document.documentElement.lang);
	readonly #engine = siteEngine();
	readonly #controller: SearchController<DialogOutcome>;
	#options: HTMLAnchorElement[] = [];
	#active = -1;

	constructor(root: HTMLElement) {
		this.#input = required(root, 'dialog input[role="combobox"]');
		this.#list = required(root, '[role="listbox"]');
		this.#hint = required(root, '[data-search-hint]');
		this.#narrow = required(root, '[data-search-narrow]');
		this.#all = required(root, '[data-search-all]');
		// Warms up now: loads Pagefind, and its filters before any search; a failure is reported when a search needs it.
		void this.#engine.facets().catch(() => undefined);
		this.#controller = new SearchController<DialogOutcome>({
			input: this.#input,
			status: required(root, '[data-search-status]'),
			strings: this.#strings,
			debounceMs: DEBOUNCE_MS,
			search: async (query) => {
				if (query.trim() === '') return undefined;
				const site = await this.#engine.facets();
				return { outcome: await this.#engine.search(query, {}, LIMIT), site };
			},
			count: (result) => result?.outcome.total,
			render: (view) => {
				if (view.state === 'done') this.#render(view.result?.outcome, view.result?.site);
				else if (view.state === 'failed') {
					this.#render(undefined);
					this.#hint.hidden = true;
				}
			},
		});
		this.#input.addEventListener('keydown', (event) => {
			this.#key(event);
		});
	}

	/** Searches for what the box holds now, unless its results are already shown. */
	refresh(): void {
		this.#controller.refresh();
	}

	#render(outcome: SearchOutcome | undefined, site?: Record<Facet, Record<string, number>>): void {
		const t = this.#strings;
		this.#options = (outcome?.hits ?? []).map((hit, index) =>
			resultOption(hit, outcome?.searched ?? '', `${this.#list.id}-${index}`),
		);
		this.#list.replaceChildren(...this.#options);
		this.#list.hidden = this.#options.length === 0;
		this.#input.setAttribute('aria-expanded', String(this.#options.length > 0));
		this.#activate(-1);

		// Before typing, what the box is for; after a search that found nothing, what to try.
		this.#hint.textContent = outcome ? t.searchNoResultsTip : t.searchPrompt;
		this.#hint.hidden = outcome !== undefined && outcome.total > 0;

		const query = this.#input.value;
		this.#all.hidden = !outcome || outcome.total === 0;
		this.#all.textContent = outcome ? t.searchSeeAll(outcome.total) : '';
		this.#all.href = searchPageUrl(searchUrl(), { query, filters: emptyFilters() });
		this.#renderNarrow(outcome, site, query);
	}

	/** Links to the search page narrowed to one value of a facet that has a choice on this site. */
	#renderNarrow(
		outcome: SearchOutcome | undefined,
		site: Record<Facet, Record<string, number>> | undefined,
		query: string,
	): void {
		const t = this.#strings;
		const groups = (outcome && site && outcome.total > 0 ? offeredFacets(site, emptyFilters()) : []).flatMap(
			(facet) => {
				const values = Object.entries(outcome?.facets[facet] ?? {})
					.filter(([, count]) => count > 0)
					.sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
				if (values.length === 0) return [];
				const group = create('span', 'search-narrow-group');
				group.append(create('span', 'search-narrow-facet', t.searchFacets[facet]));
				for (const [value, count] of values) {
					const filters = emptyFilters();
					filters[facet] = [value];
					const link = create('a', undefined, value);
					link.href = searchPageUrl(searchUrl(), { query, filters });
					link.append(' ', create('span', 'search-count', String(count)));
					group.append(link);
				}
				return [group];
			},
		);
		this.#narrow.replaceChildren();
		this.#narrow.hidden = groups.length === 0;
		if (groups.length > 0) this.#narrow.append(create('span', 'search-narrow-label', t.searchNarrow), ...groups);
	}

	#key(event: KeyboardEvent): void {
		// Keys during an input method's composition (Enter commits it) belong to the input method.
		if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
		const count = this.#options.length;
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			if (count === 0) return;
			const step = event.key === 'ArrowDown' ? 1 : -1;
			// From the box, Down goes to the first result and Up to the last; past either end, back to the box.
			const next = this.#active + step;
			this.#activate(next < -1 ? count - 1 : next >= count ? -1 : next);
		} else if (event.key === 'Enter' && this.#active >= 0) {
			event.preventDefault();
			this.#options[this.#active]?.click();
		}
	}

	#activate(index: number): void {
		this.#active = index;
		for (const [position, option] of this.#options.entries())
			option.setAttribute('aria-selected', String(position === index));
		const option = this.#options[index];
		if (option) {
			this.#input.setAttribute('aria-activedescendant', option.id);
			option.scrollIntoView({ block: 'nearest' });
		} else {
			this.#input.removeAttribute('aria-activedescendant');
		}
	}
}
