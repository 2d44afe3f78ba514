import { describe, expect, it } from 'vitest';
import { syntheticSite } from '../../../bench/synthetic.ts';

describe('the benchmark’s synthetic site', () => {
	const shape = { episodes: 2, questionsPerEpisode: 3, answerLength: 120, seed: 7 };

	it('is the same for the same seed and different for another', () => {
		expect(syntheticSite(shape)).toEqual(syntheticSite(shape));
		expect(syntheticSite({ ...shape, seed: 8 })).not.toEqual(syntheticSite(shape));
	});

	it('writes an episode file and one file per question for each episode, in the importer’s format', () => {
		const files = syntheticSite(shape);
		expect(files.map((file) => file.path)).toEqual([
			'episodes/bench-1/episode.md',
			'episodes/bench-1/01-q1.md',
			'episodes/bench-1/02-q2.md',
			'episodes/bench-1/03-q3.md',
			'episodes/bench-2/episode.md',
			'episodes/bench-2/01-q1.md',
			'episodes/bench-2/02-q2.md',
			'episodes/bench-2/03-q3.md',
		]);
		expect(files[1]?.content).toMatch(
			/^---\nid: q1\norder: 1\nquestion: .+\n---\n\n:::answer\{#q1-guest-a speaker="guest-a"\}\n/u,
		);
	});
});
