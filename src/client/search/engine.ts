/**
 * The search engine the interface talks to: loads Pagefind on first use, normalises the
 * query so that both sides of the index agree (docs/search.md), and returns answers — one
 * result per answer, since every answer is its own record in the index
 * (src/integrations/pagefind.ts) — with facet counts for shows, episodes and speakers.
 * Nothing here touches the DOM, so the dialog, the search page and the relevance test all
 * rank exactly alike.
 */
import { normalizeQuery } from './normalize.ts';
import { excerptHtml } from './phrase.ts';
import { phraseOf, searchPhraseFirst } from './phrase-search.ts';
import { answerText } from './rank.ts';
import { mergeShards, type Shard } from './shards.ts';

/** The filters a search can combine with its query. Values are display names. */
export interface SearchFilters {
	show?: string[];
	episode?: string[];
	speaker?: string[];
}

export type Facet = keyof SearchFilters;
export const FACETS: readonly Facet[] = ['show', 'episode', 'speaker'];

export interface AnswerHit {
	/** `/<episode>/<question>/#<anchor>`, with the site's base path. */
	url: string;
	question: string;
	speaker: string;
	/** The speaker's role in that episode, when known. */
	role?: string;
	episode: string;
	show?: string;
	/**
	 * From the answer's own words, escaped (phrase.ts `excerptHtml`), with `<mark>` around the
	 * searched phrase or words: safe to insert as HTML.
	 */
	excerpt: string;
}

export interface SearchOutcome {
	/** The query as searched, after normalisation (traditional → simplified, full-width → ASCII). */
	searched: string;
	/** How many answers match in all. */
	total: number;
	/** The first `limit` answers, best first (in conversation order when browsing by filter alone). */
	hits: AnswerHit[];
	/** For each facet, how many of the matching answers have each value. */
	facets: Record<Facet, Record<string, number>>;
}

/** The parts of Pagefind's browser API used here (pagefind.app/docs/api). */
interface PagefindResultData {
	url: string;
	content: string;
	meta: Record<string, string | undefined>;
}
interface PagefindSearch {
	results: { id: string; data(): Promise<PagefindResultData> }[];
	filters: Record<string, Record<string, number>>;
	totalFilters: Record<string, Record<string, number>>;
	unfilteredResultCount: number;
}
interface Pagefind {
	options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
	init(): Promise<void>;
	search(
		term: string | null,
		options?: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
	): Promise<PagefindSearch | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
	mergeIndex(bundleUrl: string, options: { baseUrl: string }): Promise<void>;
}

function isPagefind(value: unknown): value is Pagefind {
	return typeof value === 'object' && value !== null && 'search' in value && 'options' in value && 'init' in value;
}

export interface EngineOptions {
	/** Where the Pagefind bundle lives, ending in `/` (`<base>pagefind/`). */
	bundleUrl: string;
	/** The site's base path, ending in `/`, which result URLs start with. */
	baseUrl: string;
	/** Other builds of the archive to search as well (shards.ts); none by default. */
	shards?: readonly Shard[];
}

export class SearchEngine {
	readonly #options: EngineOptions;
	#pagefind: Promise<Pagefind> | undefined;
	#facets: Promise<Record<Facet, Record<string, number>>> | undefined;

	constructor(options: EngineOptions) {
		this.#options = options;
	}

	/** Fetches the Pagefind bundle; safe to call many times, e.g. on focus, to warm it up. */
	load(): Promise<Pagefind> {
		this.#pagefind ??= (async () => {
			// A runtime URL on purpose: the bundle is written after Vite has built the pages.
			const module: unknown = await import(/* @vite-ignore */ `${this.#options.bundleUrl}pagefind.js`);
			if (!isPagefind(module)) throw new Error(`${this.#options.bundleUrl}pagefind.js is not a Pagefind bundle.`);
			await module.options({ baseUrl: this.#options.baseUrl, excerptLength: 40 });
			await module.init();
			// A shard that cannot be loaded is left out with a warning; it never fails the search.
			const shards = this.#options.shards ?? [];
			if (shards.length > 0) await mergeShards(module, shards, { ownBundle: this.#options.bundleUrl });
			// Pagefind fills in the filter counts of a search only once its filters are loaded.
			await module.filters();
			return module;
		})().catch((error: unknown) => {
			this.#pagefind = undefined;
			throw error;
		});
		return this.#pagefind;
	}

	/**
	 * Every value of every facet with its number of answers: what the filters can offer.
	 * Asked of Pagefind once (again after a failure, e.g. offline for a moment).
	 */
	facets(): Promise<Record<Facet, Record<string, number>>> {
		this.#facets ??= this.load()
			.then(async (pagefind) => pickFacets(await pagefind.filters()))
			.catch((error: unknown) => {
				this.#facets = undefined;
				throw error;
			});
		return this.#facets;
	}

	/**
	 * Answers for a query and filters. An empty query with filters browses: every answer
	 * that matches the filters, in the order of the conversation. An empty query without
	 * filters returns nothing.
	 */
	async search(query: string, filters: SearchFilters = {}, limit = 20): Promise<SearchOutcome> {
		const pagefind = await this.load();
		const searched = await normalizeQuery(query);
		const activeFilters = Object.fromEntries(
			FACETS.flatMap((facet) => {
				const values = filters[facet] ?? [];
				// `any`: answers by Yiwen or Yizhou; a plain array would ask for answers by both.
				return values.length > 0 ? [[facet, { any: values }]] : [];
			}),
		);
		const browsing = searched === '';
		if (browsing && Object.keys(activeFilters).length === 0) {
			return { searched, total: 0, hits: [], facets: pickFacets(await pagefind.filters()) };
		}
		if (!browsing) {
			// Ranking and excerpts: phrase-search.ts, kept apart from loading and facets.
			const found = await searchPhraseFirst(pagefind, searched, activeFilters, limit);
			if (!found) return { searched, total: 0, hits: [], facets: emptyFacets() };
			return {
				searched,
				total: found.total,
				hits: found.pages.map((page) => toHit(page, page.answer, phraseOf(searched))),
				facets: pickFacets(found.filters),
			};
		}
		const result = await pagefind.search(null, { filters: activeFilters, sort: { position: 'asc' } });
		if (!result) return { searched, total: 0, hits: [], facets: emptyFacets() };
		const pages = await Promise.all(result.results.slice(0, limit).map((entry) => entry.data()));
		return {
			searched,
			total: result.results.length,
			// Browsing by filters alone: no phrase to mark, each excerpt starts its answer.
			hits: pages.map((page) => toHit(page, answerText(page.content, page.meta['title'] ?? ''), '')),
			facets: pickFacets(result.filters),
		};
	}
}

/** A result as the interface shows it; `answer` is its own words (rank.ts `answerText`), `phrase` what to mark. */
function toHit(page: PagefindResultData, answer: string, phrase: string): AnswerHit {
	const { meta } = page;
	return {
		url: page.url,
		question: meta['title'] ?? '',
		speaker: meta['speaker'] ?? '',
		episode: meta['episode'] ?? '',
		excerpt: excerptHtml(answer, phrase),
		...(meta['role'] ? { role: meta['role'] } : {}),
		...(meta['show'] ? { show: meta['show'] } : {}),
	};
}

function emptyFacets(): Record<Facet, Record<string, number>> {
	return { show: {}, episode: {}, speaker: {} };
}

function pickFacets(filters: Record<string, Record<string, number>>): Record<Facet, Record<string, number>> {
	const facets = emptyFacets();
	for (const facet of FACETS) facets[facet] = { ...filters[facet] };
	return facets;
}
