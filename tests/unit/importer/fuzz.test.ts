/**
 * The importer's properties (tests/fuzz/check.ts) on generated transcripts of every shape and
 * on mutations of the real inputs, a few hundred cases with a fixed seed, so a failure here
 * replays. `npm run fuzz -- --runs N` runs the same properties on many more, with new seeds.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { applyMutation, realInputs } from '../../fuzz/mutations.ts';
import { CaseRunner, formatFailure, runProperty } from '../../fuzz/runner.ts';
import { SHAPES } from '../../fuzz/shapes.ts';

// Fixed, so `npm test` is the same run every time; FUZZ_SEED tries another.
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_260_229);
const CASES_PER_SHAPE = 24;
const MUTATIONS = 200;
// A case that takes longer is a hang. Most take well under a second; the 1 MB line below, imported
// three times, takes about 15 s of CPU, and much longer on a 2-core machine shared with other work.
const runner = new CaseRunner(120_000);
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
	it(`imports or refuses with a named error ${MUTATIONS} mutations of EP26, the corpus and the fixtures, within the time limit, the same twice`, async () => {
		const outcome = await runProperty({ name: 'mutation', runs: MUTATIONS, seed: SEED }, runner);
		expect(outcome.failure && formatFailure(outcome.failure)).toBeUndefined();
		expect(outcome.runs).toBe(MUTATIONS);
	}, 600_000);
});

describe('the importer on a huge line', () => {
	it('imports EP26 with a 1 MB line of question labels and no line breaks but U+2028, within the time limit', async () => {
		const ep26 = realInputs()[0] ?? expect.fail('EP26 is missing');
		const bytes = [
			{ kind: 'line-endings' as const, endings: ['\u2028'] },
			{ kind: 'huge-line' as const, at: 0.5, size: 1_000_000, unit: '问题：' },
		].reduce(applyMutation, ep26.bytes);
		const result = await runner.run({ shape: 'mutation', file: ep26.file, bytes, words: [] });
		expect(result.failure).toBeUndefined();
	}, 150_000);
});
