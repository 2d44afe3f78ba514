/**
 * <site-search>: enhances the plain search form rendered by SiteSearch.astro.
 *
 * Without JavaScript the form submits to /search/, which says search needs JavaScript; the
 * rest of the site reads the same. With it, the Pagefind bundle is fetched on the first
 * focus or keystroke (never at page load, so reading costs nothing), and each answer that
 * matches is listed with a link to `/<episode>/<question>/#<answer>`.
 *
 * Variants: `header` shows results in a panel under the box and submits to the search page;
 * `page` (on /search/) shows them in the page, and starts from `?q=`.
 */

/** The parts of Pagefind's browser API this element uses (pagefind.app/docs/api). */
interface Pagefind {
	options(options: { baseUrl?: string }): Promise<void>;
	search(term: string): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
	id: string;
	data(): Promise<PagefindPage>;
}
interface PagefindPage {
	url: string;
	/** Escaped by Pagefind, with `<mark>` around matches: safe to insert as HTML. */
	excerpt: string;
	/** Not escaped: insert as text only. */
	meta: Record<string, string | undefined>;
	sub_results?: PagefindSubResult[];
}
interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}

interface Strings {
	loading: string;
	unavailable: string;
	resultCount: { zero: string; one: string; many: string };
}

const debounceMs = 200;

class SiteSearch extends HTMLElement {
	#pagefind: Promise<Pagefind> | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** Incremented per search, so a slow earlier search cannot overwrite a later one. */
	#generation = 0;

	get #input(): HTMLInputElement | null {
		return this.querySelector('input[type="search"]');
	}
	get #results(): HTMLElement | null {
		return this.querySelector('[data-search-results]');
	}
	get #status(): HTMLElement | null {
		return this.querySelector('[data-search-status]');
	}
	get #isPage(): boolean {
		return this.dataset['variant'] === 'page';
	}

	connectedCallback(): void {
		const input = this.#input;
		if (!input) return;
		input.addEventListener('focus', () => void this.#load().catch(() => undefined), { once: true });
		input.addEventListener('input', () => this.#schedule(input.value));
		this.addEventListener('keydown', (event) => {
			if (event.key === 'Escape' && !this.#isPage) {
				this.#hide();
				input.focus();
			}
		});
		this.addEventListener('focusout', (event) => {
			if (!this.#isPage && !(event.relatedTarget instanceof Node && this.contains(event.relatedTarget))) this.#hide();
		});
		input.addEventListener('focus', () => {
			if (!this.#isPage && input.value.trim() !== '' && this.#results?.childElementCount) this.#show();
		});

		if (this.#isPage) {
			this.querySelector('form')?.addEventListener('submit', (event) => {
				event.preventDefault();
				void this.#run(input.value);
			});
			const query = new URLSearchParams(location.search).get('q') ?? '';
			if (query.trim() !== '') {
				input.value = query;
				void this.#run(query);
			}
		}
	}

	disconnectedCallback(): void {
		clearTimeout(this.#timer);
	}

	#schedule(term: string): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#run(term), debounceMs);
	}

	#load(): Promise<Pagefind> {
		this.#pagefind ??= (async () => {
			const bundle = this.dataset['bundle'] ?? '/pagefind/';
			// A runtime URL on purpose: the bundle is written by the build, after Vite has run.
			const module: unknown = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
			if (!isPagefind(module)) throw new Error(`${bundle}pagefind.js is not a Pagefind bundle.`);
			await module.options({ baseUrl: this.dataset['base'] ?? '/' });
			return module;
		})();
		return this.#pagefind;
	}

	async #run(raw: string): Promise<void> {
		const term = raw.trim();
		const generation = ++this.#generation;
		if (this.#isPage) this.#syncUrl(term);
		if (term === '') {
			this.#render([]);
			this.#announce('');
			this.#hide();
			return;
		}

		const strings = this.#strings();
		let pagefind: Pagefind;
		try {
			if (!this.#pagefind) this.#announce(strings.loading);
			pagefind = await this.#load();
		} catch (error) {
			// In `astro dev` there is no index yet (it is written by `astro build`).
			console.warn('Search is unavailable:', error);
			this.#pagefind = undefined;
			this.#message(strings.unavailable);
			return;
		}

		const search = await pagefind.search(term);
		if (generation !== this.#generation || !search) return;
		const limit = Number(this.dataset['limit'] ?? '10');
		const pages = await Promise.all(search.results.slice(0, limit).map((result) => result.data()));
		if (generation !== this.#generation) return;

		const count = search.results.length;
		const summary =
			count === 0
				? strings.resultCount.zero
				: count === 1
					? strings.resultCount.one
					: strings.resultCount.many.replace('{count}', String(count));
		this.#render(pages, summary);
		this.#announce(summary);
		this.#show();
	}

	#render(pages: PagefindPage[], summary?: string): void {
		const container = this.#results;
		if (!container) return;
		container.replaceChildren();
		if (summary === undefined) return;

		container.append(element('p', { className: 'search-summary' }, summary));
		if (pages.length === 0) return;
		const list = element('ol', { className: 'search-pages' });
		for (const page of pages) list.append(renderPage(page));
		container.append(list);
	}

	#message(text: string): void {
		const container = this.#results;
		if (container) container.replaceChildren(element('p', { className: 'search-summary' }, text));
		this.#announce(text);
		this.#show();
	}

	#announce(text: string): void {
		const status = this.#status;
		if (status) status.textContent = text;
	}

	#show(): void {
		const container = this.#results;
		if (container) container.hidden = false;
	}

	#hide(): void {
		const container = this.#results;
		if (container && !this.#isPage) container.hidden = true;
	}

	/** Keeps `?q=` in step with the box, so a search page can be shared or reloaded. */
	#syncUrl(term: string): void {
		const url = new URL(location.href);
		if (term === '') url.searchParams.delete('q');
		else url.searchParams.set('q', term);
		history.replaceState(history.state, '', url);
	}

	#strings(): Strings {
		const fallback: Strings = {
			loading: 'Loading search…',
			unavailable: 'Search is not available right now.',
			resultCount: { zero: 'No results.', one: '1 result.', many: '{count} results.' },
		};
		try {
			const parsed: unknown = JSON.parse(this.dataset['strings'] ?? '');
			return isStrings(parsed) ? parsed : fallback;
		} catch {
			return fallback;
		}
	}
}

/** One question: its title, its episode, and each matching answer with its excerpt. */
function renderPage(page: PagefindPage): HTMLLIElement {
	const title = page.meta['title'] ?? page.url;
	const item = element('li', { className: 'search-page' });
	const heading = element('p', { className: 'search-question' });
	heading.append(element('a', { href: page.url }, title));
	const episode = page.meta['episode'];
	if (episode) heading.append(' ', element('span', { className: 'search-episode' }, episode));
	item.append(heading);

	const answers = (page.sub_results ?? []).filter((sub) => sub.url.includes('#'));
	if (answers.length === 0) {
		item.append(excerpt(page.excerpt));
		return item;
	}
	const list = element('ul', { className: 'search-answers' });
	for (const answer of answers) {
		// Sub-result titles are "<question> — <speaker>"; under the question, the speaker is enough.
		const prefix = `${title} — `;
		const label = answer.title.startsWith(prefix) ? answer.title.slice(prefix.length) : answer.title;
		const entry = element('li', { className: 'search-answer' });
		entry.append(element('a', { href: answer.url }, label), excerpt(answer.excerpt));
		list.append(entry);
	}
	item.append(list);
	return item;
}

function excerpt(html: string): HTMLParagraphElement {
	const paragraph = element('p', { className: 'search-excerpt' });
	paragraph.innerHTML = html;
	return paragraph;
}

/** Creates an element with text content: anything from the index that is not an excerpt goes in as text. */
function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	properties: Partial<Pick<HTMLAnchorElement, 'href' | 'className'>> = {},
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (properties.className) node.className = properties.className;
	if (properties.href && node instanceof HTMLAnchorElement) node.href = properties.href;
	if (text !== undefined) node.textContent = text;
	return node;
}

function isPagefind(value: unknown): value is Pagefind {
	return (
		typeof value === 'object' &&
		value !== null &&
		'search' in value &&
		typeof value.search === 'function' &&
		'options' in value &&
		typeof value.options === 'function'
	);
}

function isStrings(value: unknown): value is Strings {
	return (
		typeof value === 'object' &&
		value !== null &&
		'loading' in value &&
		'unavailable' in value &&
		'resultCount' in value
	);
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
