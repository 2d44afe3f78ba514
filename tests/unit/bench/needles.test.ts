import { describe, expect, it } from 'vitest';
import { needleArchive } from '../../../bench/needle-records.ts';
import { NEEDLE_KINDS, NeedleError, plantNeedles } from '../../../bench/needles.ts';
import { syntheticTranscripts } from '../../../bench/synthetic.ts';
import { normalizeQuery } from '../../../src/client/search/normalize.ts';

describe('planted needles', () => {
	const archive = needleArchive({ answers: 200, needles: 18, seed: 7 });
	const searchable = archive.records.map((record) =>
		[record.question, ...record.paragraphs, record.speaker].join('\n').toLowerCase(),
	);

	it('are each in exactly one answer’s searchable text, the one their URL names', () => {
		expect(archive.needles).toHaveLength(18);
		for (const needle of archive.needles) {
			const holders = archive.records.filter((_, index) => searchable[index]?.includes(needle.phrase.toLowerCase()));
			expect(
				holders.map((record) => record.url),
				needle.phrase,
			).toEqual([needle.url]);
		}
	});

	it('take turns through every kind, and a traditional query becomes its phrase once normalised', async () => {
		expect(archive.needles.map((needle) => needle.kind)).toEqual([...NEEDLE_KINDS, ...NEEDLE_KINDS, ...NEEDLE_KINDS]);
		for (const needle of archive.needles.filter((candidate) => candidate.kind === 'traditional')) {
			expect(needle.query).not.toBe(needle.phrase);
			expect(await normalizeQuery(needle.query)).toBe(needle.phrase);
		}
	});

	it('are the same for the same seed and others for another', () => {
		const transcripts = syntheticTranscripts({ answers: 60, seed: 3 });
		const phrases = (seed: number): string[] =>
			plantNeedles(transcripts, { count: 6, seed }).needles.map((needle) => needle.phrase);
		expect(phrases(1)).toEqual(phrases(1));
		expect(phrases(2)).not.toEqual(phrases(1));
	});

	it('refuse an archive too small to hold them apart', () => {
		expect(() => plantNeedles(syntheticTranscripts({ answers: 10, seed: 3 }), { count: 6, seed: 1 })).toThrow(
			NeedleError,
		);
	});
});
