/**
 * The order of results: Pagefind's candidates, those that say the searched phrase first.
 * Pagefind ranks by its words, and its words for a Chinese query are the browser's split of
 * it (`开源` → `开`, `源`), which differs from the index's (jieba): an answer that has both
 * characters apart can score above the one that says `开源` (docs/search.md). So the
 * candidates are put in three tiers: answers whose own text holds the phrase, then answers
 * whose question holds it, then the rest. Within the first tier, answers that say the phrase
 * more often for their length come first (BM25's saturating term frequency, over the phrase
 * rather than its characters); otherwise Pagefind's order stands. Pure: candidates in, order
 * out.
 */
import { matchesOf, phrasePattern } from './phrase.ts';

export interface Candidate {
	/** The answer's own words: its paragraphs, without its question and speaker. */
	answer: string;
	question: string;
}

/** BM25's parameters: how fast repeated mentions stop counting, and how much length discounts them. */
const SATURATION = 1.2;
const LENGTH_WEIGHT = 0.75;

/** `candidates` (best first, as Pagefind listed them) reordered by tier and, in the first, by how much they say the phrase. */
export function rankByPhrase<T extends Candidate>(candidates: readonly T[], query: string): T[] {
	const pattern = phrasePattern(query);
	const scored = candidates.map((candidate, index) => {
		const said = matchesOf(candidate.answer, pattern).length;
		const tier = said > 0 ? 0 : matchesOf(candidate.question, pattern).length > 0 ? 1 : 2;
		return { candidate, index, tier, said, length: candidate.answer.length };
	});
	const averageLength = scored.reduce((sum, entry) => sum + entry.length, 0) / Math.max(1, scored.length) || 1;
	const frequency = ({ said, length }: { said: number; length: number }): number =>
		(said * (SATURATION + 1)) / (said + SATURATION * (1 - LENGTH_WEIGHT + (LENGTH_WEIGHT * length) / averageLength));
	return scored
		.map((entry) => ({ ...entry, score: entry.tier === 0 ? frequency(entry) : 0 }))
		.sort((a, b) => a.tier - b.tier || b.score - a.score || a.index - b.index)
		.map(({ candidate }) => candidate);
}

/**
 * The answer's own words from the text Pagefind holds for its record: the record is the
 * answer's paragraphs, then its question, then its speaker (src/search/answer-document.ts),
 * so everything from the question's last occurrence on is cut. The whole text when the
 * question is not found in it.
 */
export function answerText(content: string, question: string): string {
	const at = question === '' ? -1 : content.lastIndexOf(question);
	return at > 0 ? content.slice(0, at).trim() : content;
}
