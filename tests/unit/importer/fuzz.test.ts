/**
 * The importer's properties (tests/fuzz/check.ts) on generated transcripts of every shape and
 * on mutations of the real inputs, a few hundred cases with a fixed seed, so a failure here
 * replays. `npm run fuzz -- --runs N` runs the same properties on many more, with new seeds.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CaseRunner, formatFailure, runProperty } from '../../fuzz/runner.ts';
import { SHAPES } from '../../fuzz/shapes.ts';

// Fixed, so `npm test` is the same run every time; FUZZ_SEED tries another.
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_260_229);
const CASES_PER_SHAPE = 24;
const MUTATIONS = 200;
// A case that takes longer is a hang; the slowest (a 1 MB line, imported three times) take a few
// seconds on a loaded 2-core machine.
const runner = new CaseRunner(30_000);
afterAll(() => runner.close());

describe('the importer on generated transcripts', () => {
	it.each(SHAPES)(
		`imports ${CASES_PER_SHAPE} generated %s transcripts with every word, the same twice and again over its own output`,
		async (shape) => {
			const outcome = await runProperty({ name: shape, runs: CASES_PER_SHAPE, seed: SEED }, runner);
			expect(outcome.failure && formatFailure(outcome.failure)).toBeUndefined();
			// Well-formed transcripts import: a refusal here would be the importer failing its own formats.
			expect(outcome.imported).toBe(CASES_PER_SHAPE);
		},
		120_000,
	);
});

describe('the importer on mutated real transcripts', () => {
	it(
		`imports or refuses with a named error ${MUTATIONS} mutations of EP26, the corpus and the fixtures, within the time limit, the same twice`,
		async () => {
			const outcome = await runProperty({ name: 'mutation', runs: MUTATIONS, seed: SEED }, runner);
			expect(outcome.failure && formatFailure(outcome.failure)).toBeUndefined();
			expect(outcome.runs).toBe(MUTATIONS);
		},
		600_000,
	);
});
