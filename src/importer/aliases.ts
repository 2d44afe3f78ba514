/**
 * Links that were ever published keep working (docs/content-format.md, "Aliases"). When a
 * re-import drops a question id or an answer anchor (the question was removed, merged or
 * split; the answer was cut), the old id becomes an alias of the nearest question or answer
 * that survives, and aliases an earlier import recorded move along with it. Pure: the ids
 * before and after in, the aliases each surviving question and answer carries out.
 */
import type { PreviousQuestion } from './match.ts';

/** A question of the new import, with its final id and anchors. */
export interface NextQuestion {
	id: string;
	answers: { anchor: string }[];
}

export interface CarriedAliases {
	/** By new question id: the earlier ids whose URLs now redirect to it. */
	questions: Map<string, string[]>;
	/** By new anchor: the earlier anchors whose links now land on it. */
	answers: Map<string, string[]>;
}

function add(map: Map<string, string[]>, key: string, values: readonly string[]): void {
	if (values.length === 0) return;
	const list = map.get(key) ?? [];
	for (const value of values) if (!list.includes(value)) list.push(value);
	map.set(key, list);
}

/**
 * The first index, looking outwards from `from` (after it first, then before it), where
 * `survives` holds; a reader who followed a link to a passage that is gone lands where the
 * conversation goes on.
 */
function nearest(length: number, from: number, survives: (index: number) => boolean): number | undefined {
	for (let distance = 1; distance < length; distance += 1) {
		if (from + distance < length && survives(from + distance)) return from + distance;
		if (from - distance >= 0 && survives(from - distance)) return from - distance;
	}
	return undefined;
}

export function carryAliases(previous: readonly PreviousQuestion[], next: readonly NextQuestion[]): CarriedAliases {
	const result: CarriedAliases = { questions: new Map(), answers: new Map() };
	if (next.length === 0) return result;
	const liveIds = new Set(next.map((question) => question.id));
	const questionOfAnchor = new Map(next.flatMap((question) => question.answers.map((a) => [a.anchor, question.id])));

	// Where each earlier question's URL leads now: itself, where most of its answers went (a
	// merge or a re-split), or the nearest question that survives.
	const questionTarget = previous.map((question, index): string | undefined => {
		if (liveIds.has(question.id)) return question.id;
		const destinations = new Map<string, number>();
		for (const answer of question.answers) {
			const id = questionOfAnchor.get(answer.anchor);
			if (id !== undefined) destinations.set(id, (destinations.get(id) ?? 0) + 1);
		}
		const [most] = [...destinations].sort((a, b) => b[1] - a[1]);
		const near = nearest(previous.length, index, (i) => liveIds.has(previous[i]?.id ?? ''));
		return most?.[0] ?? (near === undefined ? undefined : previous[near]?.id) ?? next[0]?.id;
	});
	for (const [index, question] of previous.entries()) {
		const target = questionTarget[index];
		if (target === undefined) continue;
		add(result.questions, target, target === question.id ? question.aliases : [question.id, ...question.aliases]);
	}

	// Answers, in conversation order across the whole episode.
	const before = previous.flatMap((question, q) => question.answers.map((answer) => ({ ...answer, q })));
	const firstAnswerOf = (id: string | undefined) => next.find((question) => question.id === id)?.answers[0]?.anchor;
	for (const [index, answer] of before.entries()) {
		if (questionOfAnchor.has(answer.anchor)) {
			add(result.answers, answer.anchor, answer.aliases);
			continue;
		}
		// A survivor from the same question is about the same thing; failing that, the answer
		// the question's own URL now leads to.
		const sameQuestion = nearest(before.length, index, (i) => {
			const other = before[i];
			return other?.q === answer.q && questionOfAnchor.has(other.anchor);
		});
		const anyQuestion = nearest(before.length, index, (i) => questionOfAnchor.has(before[i]?.anchor ?? ''));
		const anchor =
			(sameQuestion === undefined ? undefined : before[sameQuestion]?.anchor) ??
			firstAnswerOf(questionTarget[answer.q]) ??
			(anyQuestion === undefined ? undefined : before[anyQuestion]?.anchor);
		if (anchor !== undefined) add(result.answers, anchor, [answer.anchor, ...answer.aliases]);
	}
	return result;
}
