/**
 * `npm run fuzz -- [--runs N] [--seed S] [--shape NAME] [--path P] [--shrink] [--small] [--limit SECONDS]`:
 * the importer's properties (tests/fuzz/check.ts) over many more cases than `npm test` runs.
 * Prints the seed and path of every failure and the command that replays it; exits 1 if any
 * property failed.
 */
import { parseArgs } from 'node:util';
import { CaseRunner, PROPERTY_NAMES, formatFailure, isPropertyName, runProperty, type PropertyName } from './runner.ts';

const USAGE = `Usage: npm run fuzz -- [options]

Options:
  --runs N           cases per property (default 200)
  --seed S           fast-check seed (default: random; printed, so a run can be repeated)
  --shape NAME       one property: ${PROPERTY_NAMES.join(', ')} (default: all)
  --path P           with --seed and --shape: replay the failing case fast-check reported
  --shrink           shrink a failing case to a smaller one before reporting it (slower)
  --small            mutations as large as npm test makes them (no 1 MB lines): replays its failures
  --limit SECONDS    time limit of one case before it counts as a hang (default 60)
  -h, --help         show this help`;

function fail(message: string): never {
	process.stderr.write(`${message}\n\n${USAGE}\n`);
	process.exit(2);
}

const { values } = (() => {
	try {
		return parseArgs({
			options: {
				runs: { type: 'string', default: '200' },
				seed: { type: 'string' },
				shape: { type: 'string' },
				path: { type: 'string' },
				shrink: { type: 'boolean', default: false },
				small: { type: 'boolean', default: false },
				limit: { type: 'string', default: '60' },
				help: { type: 'boolean', short: 'h', default: false },
			},
		});
	} catch (error) {
		return fail(error instanceof Error ? error.message : String(error));
	}
})();

if (values.help) {
	process.stdout.write(`${USAGE}\n`);
	process.exit(0);
}
const runs = Number(values.runs);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
const limit = Number(values.limit);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs takes a whole number of cases, got \`${values.runs}\`.`);
if (!Number.isInteger(seed)) fail(`--seed takes an integer, got \`${values.seed}\`.`);
if (!(limit > 0)) fail(`--limit takes seconds, got \`${values.limit}\`.`);
if (values.shape !== undefined && !isPropertyName(values.shape)) fail(`Unknown --shape \`${values.shape}\`.`);
if (values.path !== undefined && (values.shape === undefined || values.seed === undefined)) {
	fail('--path replays one case: give it with the --shape and --seed it was reported with.');
}

const names: readonly PropertyName[] = values.shape === undefined ? PROPERTY_NAMES : [values.shape];
const runner = new CaseRunner(limit * 1000);
process.stdout.write(`Fuzzing the importer: seed ${seed}, ${runs} cases per property, ${limit} s per case.\n`);
let failures = 0;
try {
	for (const name of names) {
		const started = performance.now();
		const outcome = await runProperty(
			{
				name,
				runs,
				seed,
				shrink: values.shrink,
				scale: values.small ? 'test' : 'fuzz',
				...(values.path === undefined ? {} : { path: values.path }),
			},
			runner,
		);
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		process.stdout.write(
			`${outcome.failure ? 'FAIL' : 'ok  '} ${name}: ${outcome.runs} cases, ${outcome.imported} imported, the rest refused with a named error (${seconds} s)\n`,
		);
		if (outcome.failure) {
			failures += 1;
			process.stdout.write(`${formatFailure(outcome.failure)}\n`);
		}
	}
} finally {
	await runner.close();
}
process.stdout.write(
	failures === 0 ? 'No failures.\n' : `${failures} propert${failures === 1 ? 'y' : 'ies'} failed.\n`,
);
process.exitCode = failures === 0 ? 0 : 1;
