/**
 * <search-page>: the search page (src/pages/search.astro). A query box, filters by show,
 * episode and speaker with the number of answers for each, and the answers that match both,
 * best first; with filters and no query, every answer they select, in conversation order.
 *
 * The address is the state (search/state.ts): the page starts from it, and writes it back
 * with `history.replaceState` as the reader types (debounced with the search, which the
 * controller in search/controller.ts runs and announces) or toggles a filter, so reloading, sharing the link, or coming Back from a result shows the same
 * results. Facets combine with each other and with the query; within a facet the checked
 * values are meant as alternatives (Yizhou or Yiwen), which is how the engine has to hand
 * them to Pagefind (`{ any: [...] }`). A facet's counts are taken over the other facets'
 * filters only, so they say what checking one more value would add.
 */
import { uiStrings } from '../i18n/index.ts';
import { searchUrl } from '../site/urls.ts';
import { FACETS, type Facet, type SearchOutcome } from './search/engine.ts';
import { SearchController } from './search/controller.ts';
import { create, resultItem } from './search/render.ts';
import { onSearchShortcut } from './search/shortcut.ts';
import { siteEngine } from './search/site-engine.ts';
import {
	emptyFilters,
	facetValues,
	hasFilters,
	offeredFacets,
	readState,
	searchPageUrl,
	withoutFacet,
	type SearchState,
} from './search/state.ts';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 200;

type Counts = Record<Facet, Record<string, number>>;

function isFacet(name: string): name is Facet {
	return (FACETS as readonly string[]).includes(name);
}

function part<T extends HTMLElement = HTMLElement>(root: Element, selector: string): T {
	const element = root.querySelector<T>(selector);
	if (!element) throw new Error(`<search-page> has no \`${selector}\`: see src/pages/search.astro.`);
	return element;
}

/** A search page's outcome: the answers (none when browsing nothing), and the counts for the filters. */
interface PageOutcome {
	state: SearchState;
	outcome: SearchOutcome | undefined;
	site: Counts;
	counts: Counts;
}

class SearchPage extends HTMLElement {
	readonly #strings = uiStrings(document.documentElement.lang);
	readonly #engine = siteEngine();
	#filters = emptyFilters();
	#limit = PAGE_SIZE;
	#controller: SearchController<PageOutcome> | undefined;
	/** The checkboxes by `facet` + value, and what the panel was built for. */
	readonly #boxes = new Map<string, { facet: Facet; value: string; input: HTMLInputElement; count: HTMLElement }>();
	#layout = '';

	connectedCallback(): void {
		const form = part<HTMLFormElement>(this, 'form');
		const input = part<HTMLInputElement>(this, 'input[type="search"]');
		const facets = part(this, '[data-search-facets]');
		const fromUrl = readState(new URLSearchParams(location.search));
		// Words typed before this script ran (a slow connection) are the reader's latest intent.
		const typedEarly = fromUrl.query === '' && input.value.trim() !== '';
		if (!typedEarly) input.value = fromUrl.query;
		this.#filters = fromUrl.filters;

		const hint = part(this, '[data-search-hint]');
		const controller = new SearchController<PageOutcome>({
			input,
			status: part(this, '[data-search-status]'),
			strings: this.#strings,
			debounceMs: DEBOUNCE_MS,
			typed: () => {
				this.#limit = PAGE_SIZE;
			},
			search: (query) => this.#search({ query, filters: structuredClone(this.#filters) }),
			count: (result) => result.outcome?.total,
			render: (view) => {
				if (view.state === 'loading') {
					hint.textContent = this.#strings.searchLoading;
					hint.hidden = false;
				} else if (view.state === 'done') {
					this.#renderFilters(view.result.site, view.result.counts, view.result.state);
					this.#renderResults(view.result.outcome);
				} else {
					hint.hidden = true;
				}
			},
		});
		this.#controller = controller;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void controller.run();
		});
		facets.addEventListener('change', (event) => {
			const box = event.target;
			if (!(box instanceof HTMLInputElement) || !isFacet(box.name)) return;
			const values = this.#filters[box.name].filter((value) => value !== box.value);
			this.#filters[box.name] = box.checked ? [...values, box.value] : values;
			this.#limit = PAGE_SIZE;
			void controller.run();
		});
		part(this, '[data-search-clear]').addEventListener('click', () => {
			this.#filters = emptyFilters();
			this.#limit = PAGE_SIZE;
			// The button hides itself; focus goes where the reader will most likely continue.
			input.focus();
			void controller.run();
		});
		part(this, '[data-search-more]').addEventListener('click', () => {
			const list = part(this, '[data-search-results]');
			const shown = list.childElementCount;
			this.#limit += PAGE_SIZE;
			void controller.run().then(() => list.children[shown]?.querySelector('a')?.focus());
		});
		onSearchShortcut(input, () => {
			input.focus();
			input.select();
		});
		void controller.run();
	}

	disconnectedCallback(): void {
		this.#controller?.cancel();
	}

	/** Writes the state to the address, then searches: the answers, and the counts for the filters. */
	async #search(state: SearchState): Promise<PageOutcome> {
		this.#writeUrl(state);
		const site = await this.#engine.facets();
		const browsing = state.query.trim() === '' && !hasFilters(state.filters);
		const outcome = browsing ? undefined : await this.#engine.search(state.query, state.filters, this.#limit);
		const counts = outcome ? await this.#counts(state, outcome, site) : site;
		return { state, outcome, site, counts };
	}

	/**
	 * Counts per facet value. A facet without a selection takes them from the outcome; one
	 * with a selection from the same search without its own filter (from all the site's
	 * answers when nothing else narrows it), or every other value would count 0.
	 */
	async #counts(state: SearchState, outcome: SearchOutcome, site: Counts): Promise<Counts> {
		const counts: Counts = { ...outcome.facets };
		await Promise.all(
			FACETS.filter((facet) => state.filters[facet].length > 0).map(async (facet) => {
				const others = withoutFacet(state.filters, facet);
				counts[facet] =
					state.query.trim() === '' && !hasFilters(others)
						? site[facet]
						: (await this.#engine.search(state.query, others, 0)).facets[facet];
			}),
		);
		return counts;
	}

	#writeUrl(state: SearchState): void {
		const url = searchPageUrl(searchUrl(), state);
		if (url !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', url);
	}

	#renderFilters(site: Counts, counts: Counts, state: SearchState): void {
		const t = this.#strings;
		const offered = offeredFacets(site, state.filters);
		const values = new Map(offered.map((facet) => [facet, facetValues(site[facet], state.filters[facet])]));
		const layout = JSON.stringify([...values]);
		if (layout !== this.#layout) {
			// Rebuilt only when the values on offer change, so a checkbox keeps focus while counts change.
			const focused = document.activeElement;
			const focusedKey =
				focused instanceof HTMLInputElement && focused.type === 'checkbox' ? `${focused.name}\n${focused.value}` : '';
			this.#boxes.clear();
			const fieldsets = [...values].map(([facet, list]) => {
				const fieldset = create('fieldset', 'search-facet');
				fieldset.append(create('legend', undefined, t.searchFacets[facet]));
				const items = create('ul');
				for (const value of list) {
					const input = create('input');
					input.type = 'checkbox';
					input.name = facet;
					input.value = value;
					const count = create('span', 'search-count');
					const label = create('label');
					label.append(input, create('span', undefined, value), count);
					const item = create('li');
					item.append(label);
					items.append(item);
					this.#boxes.set(`${facet}\n${value}`, { facet, value, input, count });
				}
				fieldset.append(items);
				return fieldset;
			});
			part(this, '[data-search-facets]').replaceChildren(...fieldsets);
			this.#layout = layout;
			this.#boxes.get(focusedKey)?.input.focus();
		}
		for (const { facet, value, input, count } of this.#boxes.values()) {
			input.checked = state.filters[facet].includes(value);
			count.textContent = String(counts[facet][value] ?? 0);
		}
		part(this, '[data-search-filters]').hidden = offered.length === 0;
		part(this, '[data-search-clear]').hidden = !hasFilters(state.filters);
	}

	#renderResults(outcome: SearchOutcome | undefined): void {
		const t = this.#strings;
		const status = part(this, '[data-search-status]');
		const hint = part(this, '[data-search-hint]');
		const list = part(this, '[data-search-results]');
		list.replaceChildren(...(outcome?.hits ?? []).map((hit) => resultItem(hit, outcome?.searched ?? '', 'h3')));
		// The controller has announced the count; `search-summary` marks a finished search
		// (tests/e2e/search-relevance.test.ts waits for it).
		status.className = outcome ? 'search-summary' : '';
		hint.textContent = outcome ? t.searchNoResultsTip : t.searchBrowsePrompt;
		hint.hidden = outcome !== undefined && outcome.total > 0;
		part(this, '[data-search-more]').hidden = !outcome || outcome.hits.length >= outcome.total;
	}
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
