import { describe, expect, it } from 'vitest';
import { describeMisses, measureNeedles } from '../../bench/needle-precision.ts';
import { needleArchive } from '../../bench/needle-records.ts';
import { NEEDLE_KINDS } from '../../bench/needles.ts';
import { useChromium } from './browser.ts';

/**
 * Planted needles (bench/needles.ts): phrases that occur in exactly one answer of a generated
 * archive of 1,000 answers — Chinese words and phrases, Chinese glued to Latin, English terms
 * and words, traditional characters for simplified text — searched through the site's search
 * engine over the index the build's own indexing step writes (scripts/search-index-site.ts).
 * Each must list its answer first. The 10,000-answer figure is in docs/performance.md.
 */
const ANSWERS = 1000;
const NEEDLES = 60;
const PRECISION_AT_1 = 0.98;

const browser = useChromium();

describe('search precision', () => {
	it(`lists the one answer holding a planted phrase first for at least ${PRECISION_AT_1 * 100}% of ${NEEDLES} needles in ${ANSWERS} answers`, async () => {
		const archive = needleArchive({ answers: ANSWERS, needles: NEEDLES, seed: 26 });
		expect(archive.records).toHaveLength(ANSWERS);
		expect(new Set(archive.needles.map((needle) => needle.kind))).toEqual(new Set(NEEDLE_KINDS));
		const { precision, misses } = await measureNeedles(browser(), archive);
		console.log(`needle precision@1: ${(precision * 100).toFixed(1)}% of ${NEEDLES} needles in ${ANSWERS} answers`);
		if (misses.length > 0) console.log(`misses:\n${describeMisses(misses)}`);
		expect(precision, describeMisses(misses)).toBeGreaterThanOrEqual(PRECISION_AT_1);
	}, 180_000);
});
