/**
 * A query's search: Pagefind's results, with the answers that say the searched phrase first
 * (rank.ts). Two searches run at once over the same index chunks: the plain one, whose order
 * and counts are Pagefind's, and Pagefind's exact-phrase search (the query in quotes), which
 * finds answers holding the query's words side by side even when the plain search ranks them
 * low. The first `POOL` plain results and up to `EXACT_POOL` exact ones are read (their
 * fragments: text and meta), ranked by tier, and the first `limit` returned. Reading more
 * candidates costs a fragment each (about 1.2 KB gzip), which is why the pool is bounded.
 */
import { answerText, rankByPhrase } from './rank.ts';

/** Plain results read for ranking, at least (more when more are shown). */
export const POOL = 24;
/** Exact-phrase results read for ranking beyond those, at most. */
export const EXACT_POOL = 8;

/** What a result's fragment holds that ranking and display use (pagefind.app/docs/api). */
export interface ResultData {
	url: string;
	/** The record's text: the answer's paragraphs, its question and its speaker. */
	content: string;
	meta: Record<string, string | undefined>;
}

/** The parts of a Pagefind search this module uses. */
export interface PhraseSearchBackend {
	search(
		term: string,
		options?: { filters?: Record<string, { any: string[] }> },
	): Promise<{
		results: { id: string; data(): Promise<ResultData> }[];
		filters: Record<string, Record<string, number>>;
	} | null>;
}

export interface RankedData extends ResultData {
	/** The answer's own words (rank.ts `answerText`). */
	answer: string;
}

export interface PhraseSearchResult {
	total: number;
	/** The first `limit` answers, best first. */
	pages: RankedData[];
	/** Facet counts of the plain search. */
	filters: Record<string, Record<string, number>>;
}

/** The phrase a query searches: a query in quotes is Pagefind's exact search already, and the phrase is what is inside them. */
export function phraseOf(query: string): string {
	return query.replaceAll('"', ' ').replace(/\s+/gu, ' ').trim();
}

/** Searches `query` (already normalised), answers saying it first; `null` when Pagefind has nothing to say. */
export async function searchPhraseFirst(
	pagefind: PhraseSearchBackend,
	query: string,
	filters: Record<string, { any: string[] }>,
	limit: number,
): Promise<PhraseSearchResult | null> {
	const phrase = phraseOf(query);
	const quoted = `"${phrase}"`;
	// A phrase of one character is what the plain search matches anyway; counts alone need no ranking.
	const exactWanted = limit > 0 && [...query].length > 1;
	const [plain, exact] = await Promise.all([
		pagefind.search(query, { filters }),
		exactWanted ? pagefind.search(quoted, { filters }) : Promise.resolve(null),
	]);
	if (!plain) return null;
	if (limit === 0) return { total: plain.results.length, pages: [], filters: plain.filters };
	const pool = plain.results.slice(0, Math.max(limit, POOL));
	const seen = new Set(pool.map((result) => result.id));
	for (const result of exact?.results.slice(0, EXACT_POOL) ?? []) {
		if (!seen.has(result.id)) pool.push(result);
		seen.add(result.id);
	}
	const read = await Promise.all(pool.map((result) => result.data()));
	const candidates = read.map((data) => ({
		...data,
		answer: answerText(data.content, data.meta['title'] ?? ''),
		question: data.meta['title'] ?? '',
	}));
	const ranked = rankByPhrase(candidates, phrase).slice(0, limit);
	return {
		total: plain.results.length,
		pages: ranked.map(({ url, content, meta, answer }) => ({ url, content, meta, answer })),
		filters: plain.filters,
	};
}
