import { describe, expect, it } from 'vitest';
import { carryAliases } from '../../../src/importer/aliases.ts';
import type { PreviousQuestion } from '../../../src/importer/match.ts';

/** `['q1', ['a', 'b']]` → a previous question with those answers, no text needed here. */
const previous = (...questions: [id: string, anchors: string[], aliases?: string[]][]): PreviousQuestion[] =>
	questions.map(([id, anchors, aliases = []]) => ({
		id,
		text: id,
		aliases,
		answers: anchors.map((anchor) => ({ anchor, speakerId: 's', text: anchor, aliases: [] })),
	}));
const next = (...questions: [id: string, anchors: string[]][]) =>
	questions.map(([id, anchors]) => ({ id, answers: anchors.map((anchor) => ({ anchor })) }));
const entries = (map: Map<string, string[]>) => Object.fromEntries(map);

describe('carryAliases', () => {
	it('makes nothing an alias when every id and anchor survives', () => {
		const result = carryAliases(previous(['q1', ['a']], ['q2', ['b']]), next(['q2', ['b']], ['q1', ['a']]));
		expect(entries(result.questions)).toEqual({});
		expect(entries(result.answers)).toEqual({});
	});

	it('sends a removed question to the one after it, and its answers to that question’s nearest answer', () => {
		const result = carryAliases(
			previous(['q1', ['a']], ['q2', ['b', 'c']], ['q3', ['d']]),
			next(['q1', ['a']], ['q3', ['d']]),
		);
		expect(entries(result.questions)).toEqual({ q3: ['q2'] });
		expect(entries(result.answers)).toEqual({ d: ['b', 'c'] });
	});

	it('sends the last question, when removed, to the one before it', () => {
		const result = carryAliases(previous(['q1', ['a']], ['q2', ['b']]), next(['q1', ['a']]));
		expect(entries(result.questions)).toEqual({ q1: ['q2'] });
		expect(entries(result.answers)).toEqual({ a: ['b'] });
	});

	it('sends a question merged into another to where its answers went', () => {
		const result = carryAliases(
			previous(['q1', ['a']], ['q2', ['b']], ['q3', ['c']]),
			next(['q1', ['a']], ['q3', ['b', 'c']]),
		);
		expect(entries(result.questions)).toEqual({ q3: ['q2'] });
		expect(entries(result.answers)).toEqual({});
	});

	it('prefers a surviving answer of the same question over a nearer one elsewhere', () => {
		const result = carryAliases(previous(['q1', ['a', 'b', 'c']], ['q2', ['d']]), next(['q1', ['a']], ['q2', ['d']]));
		expect(entries(result.answers)).toEqual({ a: ['b', 'c'] });
	});

	it('moves the aliases of an earlier import along with the id that held them', () => {
		const before = previous(['q1', ['a']], ['q2', ['b']], ['q3', ['c'], ['q0']]);
		const first = before[1]?.answers[0];
		if (first) first.aliases = ['old-b'];
		const result = carryAliases(before, next(['q1', ['a']], ['q2', ['b']]));
		expect(entries(result.questions)).toEqual({ q2: ['q3', 'q0'] });
		expect(entries(result.answers)).toEqual({ b: ['old-b', 'c'] });
	});
});
