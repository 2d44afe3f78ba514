/**
 * <not-found-search>: on the 404 page, searches for the words in the missing address
 * (`/onboard-26/stable-diffusion-old/` → `stable diffusion old`) and lists the answers found
 * under the page's plain search form, which keeps working on its own. When the words find
 * nothing, it tries again without the last one, down to the first: an old or mistyped
 * address usually starts right. Finding nothing at all, it shows nothing.
 */
import { uiStrings } from '../i18n/index.ts';
import { homeUrl, searchUrl } from '../site/urls.ts';
import type { SearchOutcome } from './search/engine.ts';
import { resultItem } from './search/render.ts';
import { onSearchShortcut } from './search/shortcut.ts';
import { siteEngine } from './search/site-engine.ts';
import { emptyFilters, searchPageUrl } from './search/state.ts';
import { wordsFromPath } from './search/words-from-path.ts';

const LIMIT = 5;

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
		if (words !== '') void this.#suggest(words, input);
	}

	async #suggest(words: string, input: HTMLInputElement | null): Promise<void> {
		let found: { query: string; outcome: SearchOutcome } | undefined;
		try {
			const engine = siteEngine();
			const parts = words.split(' ');
			for (let count = parts.length; count > 0 && !found; count--) {
				const query = parts.slice(0, count).join(' ');
				const outcome = await engine.search(query, {}, LIMIT);
				if (outcome.total > 0) found = { query, outcome };
			}
		} catch (error) {
			// A fallback: without search, the page still offers its form and the way home.
			console.warn('Search is unavailable:', error);
			return;
		}
		const section = this.querySelector<HTMLElement>('[data-not-found-results]');
		if (!found || !section) return;
		const { query, outcome } = found;
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
