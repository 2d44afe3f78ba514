/**
 * The search inside <search-dialog> (src/client/search-dialog.ts), loaded on first use:
 * results as the reader types, one per answer, best first.
 *
 * The box is an ARIA combobox over a listbox of results (the APG "combobox with listbox
 * popup" pattern): focus stays in the box while ArrowDown and ArrowUp move
 * `aria-activedescendant` through the results, which screen readers read out as they move,
 * and Enter opens the active one. Enter with none active submits the box's form, i.e. opens
 * the search page with every result and the filters. The number of answers goes to a
 * `role="status"` region. Under the box, the "filters summary" links to the search page
 * narrowed to one speaker, episode or show, with the number of matching answers of each.
 */
import resultsStylesheet from '../../styles/search-results.css?url';
import { uiStrings } from '../../i18n/index.ts';
import { searchUrl } from '../../site/urls.ts';
import type { Facet, SearchOutcome } from './engine.ts';
import { landingUrl } from './landing.ts';
import { create, hitExcerpt, hitMeta } from './render.ts';
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

export class DialogSearch {
	readonly #input: HTMLInputElement;
	readonly #list: HTMLElement;
	readonly #status: HTMLElement;
	readonly #hint: HTMLElement;
	readonly #narrow: HTMLElement;
	readonly #all: HTMLAnchorElement;
	readonly #strings = uiStrings(document.documentElement.lang);
	readonly #engine = siteEngine();
	/** Every value of every facet on the site; also loads Pagefind, and its filters before any search. */
	#siteFacets: Promise<Record<Facet, Record<string, number>>> | undefined;
	#options: HTMLAnchorElement[] = [];
	#active = -1;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** Incremented per search, so that a slow earlier search cannot overwrite a later one. */
	#generation = 0;
	#shown: string | undefined;

	constructor(root: HTMLElement) {
		this.#input = required(root, 'dialog input[role="combobox"]');
		this.#list = required(root, '[role="listbox"]');
		this.#status = required(root, '[data-search-status]');
		this.#hint = required(root, '[data-search-hint]');
		this.#narrow = required(root, '[data-search-narrow]');
		this.#all = required(root, '[data-search-all]');
		// Warms up now; a failure is reported when a search needs it.
		void this.#facets().catch(() => undefined);
		const schedule = (): void => {
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => void this.#run(), DEBOUNCE_MS);
		};
		// Not the pinyin of a word being composed: its characters, once the input method commits them.
		this.#input.addEventListener('input', (event) => {
			if (!(event instanceof InputEvent && event.isComposing)) schedule();
		});
		this.#input.addEventListener('compositionend', schedule);
		this.#input.addEventListener('keydown', (event) => {
			this.#key(event);
		});
	}

	/** Searches for what the box holds now, unless its results are already shown. */
	refresh(): void {
		clearTimeout(this.#timer);
		if (this.#input.value !== this.#shown) void this.#run();
	}

	/** Tried again on the next search when it failed (offline for a moment). */
	#facets(): Promise<Record<Facet, Record<string, number>>> {
		this.#siteFacets ??= this.#engine.facets().catch((error: unknown) => {
			this.#siteFacets = undefined;
			throw error;
		});
		return this.#siteFacets;
	}

	async #run(): Promise<void> {
		const query = this.#input.value;
		const generation = ++this.#generation;
		if (query.trim() === '') {
			this.#shown = query;
			this.#render(undefined);
			return;
		}
		try {
			const site = await this.#facets();
			const outcome = await this.#engine.search(query, {}, LIMIT);
			if (generation !== this.#generation) return;
			this.#shown = query;
			this.#render(outcome, site);
		} catch (error) {
			if (generation !== this.#generation) return;
			console.warn('Search is unavailable:', error);
			this.#shown = undefined;
			this.#render(undefined);
			this.#hint.hidden = true;
			this.#status.textContent = this.#strings.searchUnavailable;
		}
	}

	#render(outcome: SearchOutcome | undefined, site?: Record<Facet, Record<string, number>>): void {
		const t = this.#strings;
		this.#options = (outcome?.hits ?? []).map((hit, index) => {
			const id = `${this.#list.id}-${index}`;
			const option = create('a', 'search-option');
			option.id = id;
			option.href = landingUrl(hit.url, outcome?.searched ?? '');
			option.setAttribute('role', 'option');
			option.tabIndex = -1;
			const question = create('span', 'search-question', hit.question);
			const meta = hitMeta(hit, 'span');
			const excerpt = hitExcerpt(hit, 'span');
			question.id = `${id}-question`;
			meta.id = `${id}-meta`;
			excerpt.id = `${id}-excerpt`;
			// Heard as "question, speaker · role · episode, excerpt", with pauses between the parts.
			option.setAttribute('aria-labelledby', `${question.id} ${meta.id} ${excerpt.id}`);
			option.append(question, meta, excerpt);
			return option;
		});
		this.#list.replaceChildren(...this.#options);
		this.#list.hidden = this.#options.length === 0;
		this.#input.setAttribute('aria-expanded', String(this.#options.length > 0));
		this.#activate(-1);

		this.#status.textContent = outcome ? t.searchAnswerCount(outcome.total) : '';
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
