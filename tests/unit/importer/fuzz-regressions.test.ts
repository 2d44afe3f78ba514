/**
 * Inputs the fuzzer (tests/fuzz/, `npm run fuzz`) found that broke the importer, kept as
 * ordinary tests once fixed. Each names the seed and path that found it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toLines } from '../../../src/importer/decode.ts';

const BUZZCAST_HTML = fileURLToPath(new URL('../../fixtures/corpus/transcriptator/buzzcast.html', import.meta.url));

/** Milliseconds `run` takes. */
function timed(run: () => unknown): number {
	const started = performance.now();
	run();
	return performance.now() - started;
}

/** buzzcast.html with `inserted` put into a paragraph three quarters of the way through. */
function buzzcastWith(inserted: string): string {
	const html = readFileSync(BUZZCAST_HTML, 'utf8');
	const at = html.indexOf('</p>', Math.floor(html.length * 0.75));
	return `${html.slice(0, at)}${inserted}${html.slice(at)}`;
}

// The bounds are generous (a linear pass over these texts takes milliseconds, even on a loaded
// machine); before the fixes these took minutes.
describe('inputs the fuzzer found', () => {
	it('splits a line holding 50,000 no-break spaces into lines in linear time (seed 2, path 21)', () => {
		const line = `a${'\u00a0'.repeat(50_000)}b`;
		let lines: ReturnType<typeof toLines> = [];
		expect(timed(() => (lines = toLines(`${line}\n`)))).toBeLessThan(2000);
		expect(lines[0]?.text).toBe(line);
	});
});
