/**
 * Keeping ids when a transcript is imported again. Links people shared point at question
 * ids and answer anchors, so a re-import after typo fixes, added or removed questions, or a
 * new order must give each question that is still there the id it had. Questions are
 * matched by how similar their text is (character bigrams, which work for Chinese and
 * English alike), not by position.
 */

export interface PreviousAnswer {
	anchor: string;
	speakerId: string;
	text: string;
	/** Anchors this answer stands in for (src/importer/aliases.ts). */
	aliases: string[];
}

export interface PreviousQuestion {
	id: string;
	text: string;
	answers: PreviousAnswer[];
	/** Question ids whose URLs redirect to this question. */
	aliases: string[];
}

/** A question of the new import, before ids: its text and its answers' speakers and text. */
export interface Candidate {
	text: string;
	answers: { speakerId: string; text: string }[];
}

export interface KeptIds {
	/** The previous id of each candidate question, or undefined for a new question. */
	questionIds: (string | undefined)[];
	/** Per candidate question, the previous anchor of each answer, or undefined. */
	anchors: (string | undefined)[][];
}

/** Below this, two questions are different questions, not one question edited. */
const QUESTION_THRESHOLD = 0.45;
const ANSWER_THRESHOLD = 0.3;
/** An answer found under another question must read nearly the same to keep its anchor. */
const MOVED_ANSWER_THRESHOLD = 0.8;

function bigrams(text: string): Map<string, number> {
	const clean = text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
	const counts = new Map<string, number>();
	const chars = [...clean];
	if (chars.length === 1) counts.set(clean, 1);
	for (let i = 0; i + 1 < chars.length; i += 1) {
		const pair = `${chars[i]}${chars[i + 1]}`;
		counts.set(pair, (counts.get(pair) ?? 0) + 1);
	}
	return counts;
}

/** Sørensen–Dice coefficient over character bigrams: 1 for equal texts, 0 for nothing shared. */
export function similarity(a: string, b: string): number {
	const left = bigrams(a);
	const right = bigrams(b);
	let shared = 0;
	let total = 0;
	for (const count of left.values()) total += count;
	for (const count of right.values()) total += count;
	for (const [pair, count] of left) shared += Math.min(count, right.get(pair) ?? 0);
	return total === 0 ? (a === b ? 1 : 0) : (2 * shared) / total;
}

/** Pairs with the highest scores first, each side used once, none under `threshold`. */
function greedyPairs(scores: number[][], threshold: number): Map<number, number> {
	const pairs: [number, number, number][] = [];
	scores.forEach((row, i) => {
		row.forEach((score, j) => score >= threshold && pairs.push([score, i, j]));
	});
	pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
	const byNew = new Map<number, number>();
	const usedOld = new Set<number>();
	for (const [, i, j] of pairs) {
		if (byNew.has(i) || usedOld.has(j)) continue;
		byNew.set(i, j);
		usedOld.add(j);
	}
	return byNew;
}

export function keepIds(candidates: Candidate[], previous: PreviousQuestion[]): KeptIds {
	const answerText = (answers: { text: string }[]): string => answers.map((answer) => answer.text).join(' ');
	// The question text decides most; the answers tell apart questions that read alike.
	const scores = candidates.map((candidate) =>
		previous.map(
			(old) =>
				0.6 * similarity(candidate.text, old.text) +
				0.4 * similarity(answerText(candidate.answers), answerText(old.answers)),
		),
	);
	const matched = greedyPairs(scores, QUESTION_THRESHOLD);

	const questionIds = candidates.map((_, i) => {
		const j = matched.get(i);
		return j === undefined ? undefined : previous[j]?.id;
	});
	const anchors = candidates.map((candidate, i) => {
		const j = matched.get(i);
		const old = j === undefined ? undefined : previous[j];
		if (!old) return candidate.answers.map((): string | undefined => undefined);
		return pairAnswers(candidate.answers, old.answers, ANSWER_THRESHOLD);
	});
	keepMovedAnchors(candidates, previous, anchors);
	return { questionIds, anchors };
}

/** The anchor of the `before` answer each of `after` continues, by the same speaker. */
function pairAnswers(
	after: readonly { speakerId: string; text: string }[],
	before: readonly PreviousAnswer[],
	threshold: number,
): (string | undefined)[] {
	const scores = after.map((answer) =>
		before.map((old) => (old.speakerId === answer.speakerId ? similarity(answer.text, old.text) : 0)),
	);
	const pairs = greedyPairs(scores, threshold);
	return after.map((_, a) => {
		const b = pairs.get(a);
		return b === undefined ? undefined : before[b]?.anchor;
	});
}

/**
 * An answer that moved to another question (a question split in two, or a re-split of the
 * conversation) keeps its anchor when it reads nearly the same, so a link to it only has to
 * change page, not answer. Fills in `anchors` where the first pass found nothing.
 */
function keepMovedAnchors(
	candidates: readonly Candidate[],
	previous: readonly PreviousQuestion[],
	anchors: (string | undefined)[][],
): void {
	const kept = new Set(anchors.flat().filter((anchor) => anchor !== undefined));
	const unclaimed = previous.flatMap((question) => question.answers).filter((answer) => !kept.has(answer.anchor));
	const open = candidates.flatMap((candidate, i) =>
		candidate.answers.flatMap((answer, a) => (anchors[i]?.[a] === undefined ? [{ answer, i, a }] : [])),
	);
	if (unclaimed.length === 0 || open.length === 0) return;
	const found = pairAnswers(
		open.map(({ answer }) => answer),
		unclaimed,
		MOVED_ANSWER_THRESHOLD,
	);
	for (const [index, { i, a }] of open.entries()) {
		const anchor = found[index];
		const row = anchors[i];
		if (anchor !== undefined && row) row[a] = anchor;
	}
}
