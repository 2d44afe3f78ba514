/**
 * Runs the importer's properties with fast-check, each case in a worker thread with a time
 * limit: `planImport` is synchronous, so a hang (an endless loop, a regular expression that
 * backtracks forever) can only be stopped by terminating the thread it runs in. A failure
 * comes back with fast-check's `seed` and `path`, which replay it exactly.
 */
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import type { CaseResult } from './check.ts';
import { mutatedInput, realInputs, type MutationScale } from './mutations.ts';
import { SHAPES, transcriptOf, type FuzzCase, type Shape } from './shapes.ts';

/** `article`, `vtt`, … (one generated shape each), or `mutation` (mutated real inputs). */
export type PropertyName = Shape | 'mutation';
export const PROPERTY_NAMES: readonly PropertyName[] = [...SHAPES, 'mutation'];

export const isPropertyName = (name: string): name is PropertyName =>
	(PROPERTY_NAMES as readonly string[]).includes(name);

/** The inputs of a property. */
export function arbitraryOf(name: PropertyName, scale: MutationScale): fc.Arbitrary<FuzzCase> {
	return name === 'mutation' ? mutatedInput(realInputs(), scale) : transcriptOf(name);
}

/** One worker thread that checks cases, replaced when a case outlives the limit. */
export class CaseRunner {
	#worker: Promise<Worker> | undefined;
	readonly limitMs: number;

	constructor(limitMs: number) {
		this.limitMs = limitMs;
	}

	/** A started worker; the time limit starts once its modules are loaded. */
	#ready(): Promise<Worker> {
		this.#worker ??= new Promise((resolve, reject) => {
			const worker = new Worker(new URL('./case-worker.ts', import.meta.url));
			worker.once('message', () => {
				resolve(worker);
			});
			worker.once('error', reject);
		});
		return this.#worker;
	}

	async run(input: FuzzCase): Promise<CaseResult> {
		const worker = await this.#ready();
		const started = performance.now();
		return new Promise((resolve) => {
			const finish = (result: CaseResult, stop: boolean): void => {
				clearTimeout(timer);
				worker.off('message', onMessage);
				worker.off('error', onError);
				if (stop) {
					this.#worker = undefined;
					void worker.terminate();
				}
				resolve(result);
			};
			const onMessage = (result: CaseResult): void => {
				finish(result, false);
			};
			const onError = (error: unknown): void => {
				finish({ imported: false, failure: `the import crashed its thread: ${String(error)}` }, true);
			};
			const timer = setTimeout(() => {
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				finish(
					{
						imported: false,
						failure: `did not finish within ${this.limitMs / 1000} s (stopped after ${seconds} s): a hang or catastrophic backtracking`,
					},
					true,
				);
			}, this.limitMs);
			worker.on('message', onMessage);
			worker.on('error', onError);
			worker.postMessage(input);
		});
	}

	async close(): Promise<void> {
		const worker = this.#worker;
		this.#worker = undefined;
		if (worker) await (await worker).terminate();
	}
}

export interface PropertyRun {
	name: PropertyName;
	runs: number;
	seed?: number;
	/** fast-check's path of a failure, to replay just that case. */
	path?: string;
	/** Shrink a failing case to a smaller one (slower); off, the first failure is reported as found. */
	shrink?: boolean;
	/** How large mutations get (see `MutationScale`); `test` unless said. */
	scale?: MutationScale;
}

export interface PropertyFailure {
	name: PropertyName;
	seed: number;
	path: string;
	/** What the case was: its shape and file, or the real input and its mutations. */
	input: string;
	scale: MutationScale;
	failure: string;
}

export interface PropertyOutcome {
	name: PropertyName;
	runs: number;
	imported: number;
	seed: number;
	failure?: PropertyFailure;
}

const describeInput = (input: FuzzCase): string =>
	`${input.origin ?? `a generated ${input.shape} transcript`} (imported as ${input.file}, ${input.bytes.length} bytes)`;

/** Checks `runs` cases of one property; on failure, the seed and path that replay it. */
export async function runProperty(run: PropertyRun, runner: CaseRunner): Promise<PropertyOutcome> {
	let imported = 0;
	let lastFailure: { input: string; failure: string } | undefined;
	const property = fc.asyncProperty(arbitraryOf(run.name, run.scale ?? 'test'), async (input) => {
		const result = await runner.run(input);
		if (result.imported) imported += 1;
		if (result.failure !== undefined) {
			lastFailure = { input: describeInput(input), failure: result.failure };
			return false;
		}
		return true;
	});
	const details = await fc.check(property, {
		// A path replays one case (and its shrinks), not the runs after it.
		numRuns: run.path === undefined ? run.runs : 1,
		endOnFailure: run.shrink !== true,
		...(run.seed === undefined ? {} : { seed: run.seed }),
		...(run.path === undefined ? {} : { path: run.path }),
	});
	const outcome: PropertyOutcome = { name: run.name, runs: details.numRuns, imported, seed: details.seed };
	if (details.failed && lastFailure !== undefined) {
		outcome.failure = {
			name: run.name,
			seed: details.seed,
			path: details.counterexamplePath ?? '',
			scale: run.scale ?? 'test',
			...lastFailure,
		};
	}
	return outcome;
}

/** A failure as a person reads it, with the command that replays it. */
export function formatFailure(failure: PropertyFailure): string {
	return [
		`FAIL ${failure.name}: seed ${failure.seed}, path ${failure.path}`,
		`  input: ${failure.input}`,
		`  ${failure.failure.split('\n').slice(0, 12).join('\n  ')}`,
		`  replay: npm run fuzz -- --shape ${failure.name} --seed ${failure.seed} --path ${failure.path}${failure.scale === 'test' ? ' --small' : ''}`,
	].join('\n');
}
