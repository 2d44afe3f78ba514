/**
 * A search as a URL: `/search/?q=数据量&speaker=Yizhou&speaker=Yiwen&episode=…&show=…`. The
 * search page reads its state from the address and writes it back as the reader types, so a
 * search can be reloaded, shared, and returned to with Back. Parameter names are the facet
 * names of the index (engine.ts `FACETS`); a facet may repeat, one value per parameter.
 * Pure: URLSearchParams in, state out, and back.
 */
import { FACETS, type Facet, type SearchFilters } from './engine.ts';

export const QUERY_PARAM = 'q';

export interface SearchState {
	/** As typed, not normalised: it goes back into the box. */
	query: string;
	/** Every facet present, each value once, in the order given. */
	filters: Required<SearchFilters>;
}

export function emptyFilters(): Required<SearchFilters> {
	return { show: [], episode: [], speaker: [] };
}

export function readState(params: URLSearchParams): SearchState {
	const filters = emptyFilters();
	for (const facet of FACETS) {
		const values = params.getAll(facet).map((value) => value.trim());
		filters[facet] = [...new Set(values.filter((value) => value !== ''))];
	}
	return { query: params.get(QUERY_PARAM) ?? '', filters };
}

/** The parameters for a state, in a stable order (query first, then facets as in `FACETS`). */
export function stateParams(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	const query = state.query.trim();
	if (query !== '') params.set(QUERY_PARAM, query);
	for (const facet of FACETS) for (const value of state.filters[facet]) params.append(facet, value);
	return params;
}

/** The search page's address for a state: `searchUrl` is urls.ts `searchUrl()`, with the base path. */
export function searchPageUrl(searchUrl: string, state: SearchState): string {
	const query = stateParams(state).toString();
	return query === '' ? searchUrl : `${searchUrl}?${query}`;
}

export function hasFilters(filters: SearchFilters): boolean {
	return FACETS.some((facet) => (filters[facet]?.length ?? 0) > 0);
}

/** The same filters without one facet: what that facet's counts are taken over. */
export function withoutFacet(filters: Required<SearchFilters>, facet: Facet): Required<SearchFilters> {
	return { ...filters, [facet]: [] };
}

/**
 * Which facets a filter panel offers: those with more than one value on the site (one show
 * only is no choice), and any facet with a value selected, so that it can be unselected.
 */
export function offeredFacets(
	siteFacets: Record<Facet, Record<string, number>>,
	filters: Required<SearchFilters>,
): Facet[] {
	return FACETS.filter((facet) => Object.keys(siteFacets[facet]).length > 1 || filters[facet].length > 0);
}

/**
 * A facet's values in a stable order, the one the panel keeps while counts change under the
 * reader's typing: most answers on the whole site first, then by name; selected values that
 * the site does not have (an old shared link) last, so they can still be unselected.
 */
export function facetValues(siteCounts: Record<string, number>, selected: readonly string[]): string[] {
	const known = Object.keys(siteCounts).sort(
		(a, b) => (siteCounts[b] ?? 0) - (siteCounts[a] ?? 0) || a.localeCompare(b),
	);
	return [...known, ...selected.filter((value) => !(value in siteCounts))];
}
