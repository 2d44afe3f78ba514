/** Runs `checkCase` on each case the runner posts, in a thread the runner can terminate on a hang. */
import { parentPort } from 'node:worker_threads';
import { checkCase, type CaseResult } from './check.ts';
import type { FuzzCase } from './shapes.ts';

parentPort?.on('message', (input: FuzzCase) => {
	checkCase(input).then(
		(result) => parentPort?.postMessage(result),
		(error: unknown) =>
			parentPort?.postMessage({
				imported: false,
				failure: `the check itself failed: ${String(error)}`,
			} satisfies CaseResult),
	);
});
parentPort?.postMessage('ready');
