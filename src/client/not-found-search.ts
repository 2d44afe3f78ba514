/**
 * <not-found-search>: on the 404 page, searches for the words in the missing address
 * (`/onboard-26/stable-diffusion-old/` → `stable diffusion old`) and lists the answers found
 * under the page's plain search form, which keeps working on its own. When the words find
 * nothing, it tries again without the last one, down to the first: an old or mistyped
 * address usually starts right. Finding nothing at all, it shows nothing. The search runs
 * through the controller's core (search/controller.ts) and the results are render.ts's.
 */
import { uiStrings } from '../i18n/index.ts';
import { homeUrl, searchUrl } from '../site/urls.ts';
import { LatestSearch } from './search/controller.ts';
import type { SearchOutcome } from './search/engine.ts';
import { resultItem } from './search/render.ts';
import { onSearchShortcut } from './search/shortcut.ts';
import { siteEngine } from './search/site-engine.ts';
import { emptyFilters, searchPageUrl } from './search/state.ts';
import { wordsFromPath } from './search/words-from-path.ts';

const LIMIT = 5;

/** The words that found something, and what they found. */
interface Suggestion {
	query: string;
	outcome: SearchOutcome;
}

class NotFoundSearch extends HTMLElement {
	connectedCallback(): void {
		const input = this.querySelector<HTMLInputElement>('input[type="search"]');
		if (input) {
			onSearchShortcut(input, () => {
				input.focus();
				input.select();
			});
		}
		const words = wordsFromPath(location.pathname, homeUrl());
		if (words !== '') this.#suggest(words, input);
	}

	#suggest(words: string, input: HTMLInputElement | null): void {
		const engine = siteEngine();
		// One search, run once; the controller's core keeps its failures to one warning (without
		// search, the page still offers its form and the way home).
		const search = new LatestSearch<Suggestion | undefined>({
			read: () => words,
			debounceMs: 0,
			search: async (query) => {
				const parts = query.split(' ');
				for (let count = parts.length; count > 0; count--) {
					const shortened = parts.slice(0, count).join(' ');
					const outcome = await engine.search(shortened, {}, LIMIT);
					if (outcome.total > 0) return { query: shortened, outcome };
				}
				return undefined;
			},
			show: (view) => {
				if (view.state === 'done' && view.result) this.#show(view.result, input);
			},
		});
		void search.run();
	}

	#show({ query, outcome }: Suggestion, input: HTMLInputElement | null): void {
		const section = this.querySelector<HTMLElement>('[data-not-found-results]');
		if (!section) return;
		const t = uiStrings(document.documentElement.lang);
		if (input && input.value === '') input.value = query;
		const heading = section.querySelector('h2');
		if (heading) heading.textContent = t.notFoundResults(query);
		section.querySelector('ol')?.replaceChildren(...outcome.hits.map((hit) => resultItem(hit, outcome.searched, 'h3')));
		const all = section.querySelector<HTMLAnchorElement>('[data-search-all]');
		if (all) {
			all.href = searchPageUrl(searchUrl(), { query, filters: emptyFilters() });
			all.textContent = t.searchSeeAll(outcome.total);
			all.hidden = outcome.total <= outcome.hits.length;
		}
		section.hidden = false;
	}
}

if (!customElements.get('not-found-search')) customElements.define('not-found-search', NotFoundSearch);
