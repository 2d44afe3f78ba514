import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { RESULT_FIELDS, type BenchResult } from '../../../bench/run.ts';
import { syntheticSite, syntheticTranscripts, transcriptText, vocabulary } from '../../../bench/synthetic.ts';

const root = resolve(import.meta.dirname, '../../..');

describe('the benchmark’s generated archive', () => {
	const shape = { answers: 30, seed: 7 };

	it('is the same for the same seed and different for another', () => {
		expect(syntheticSite(shape)).toEqual(syntheticSite(shape));
		expect(syntheticSite({ ...shape, seed: 8 })).not.toEqual(syntheticSite(shape));
	});

	it('has as many answers as asked, two per question, 25 questions per episode', () => {
		const transcripts = syntheticTranscripts({ answers: 61, seed: 7 });
		expect(transcripts.map((transcript) => transcript.questions.length)).toEqual([25, 6]);
		expect(
			transcripts
				.flatMap((transcript) => transcript.questions)
				.reduce((sum, question) => sum + question.answers.length, 0),
		).toBe(61);
	});

	it('grows its vocabulary with its size, more slowly than its text', () => {
		const measure = (answers: number) => {
			const texts = syntheticTranscripts({ answers, seed: 7 }).map(transcriptText);
			return { words: vocabulary(texts).size, characters: texts.join('').length };
		};
		const small = measure(30);
		const large = measure(300);
		expect(large.words).toBeGreaterThan(small.words * 2);
		expect(large.words / small.words).toBeLessThan(large.characters / small.characters);
	});

	it('writes an episode file and one file per question for each episode, in the importer’s format', () => {
		const files = syntheticSite({ answers: 6, seed: 7 });
		expect(files.map((file) => file.path)).toEqual([
			'episodes/bench-1/episode.md',
			'episodes/bench-1/01-q1.md',
			'episodes/bench-1/02-q2.md',
			'episodes/bench-1/03-q3.md',
		]);
		expect(files[1]?.content).toMatch(
			/^---\nid: q1\norder: 1\nquestion: .+\n---\n\n:::answer\{#q1-guest-a speaker="guest-a"\}\n/u,
		);
	});

	it('mixes Chinese with English words', () => {
		const text = syntheticTranscripts(shape).map(transcriptText).join('\n');
		expect(text).toMatch(/\p{Script=Han}{4}/u);
		expect(text).toMatch(/[A-Za-z]{4}/u);
	});
});

describe('npm run bench', () => {
	it('generates and imports a small archive and writes a result with every field', async () => {
		const results = mkdtempSync(join(tmpdir(), 'bench-results-'));
		try {
			const { stdout } = await promisify(execFile)(
				process.execPath,
				[join(root, 'bench/run.ts'), '--answers', '30', '--seed', '7', '--skip-build', '--results', results],
				{ cwd: root },
			);
			expect(stdout).toMatch(/^import\s+[\d.]+ s\s+[\d.]+ s\s+\d+ MB$/mu);
			const [file] = readdirSync(results);
			expect(file).toMatch(/-30\.json$/u);
			const result = JSON.parse(readFileSync(join(results, file ?? ''), 'utf8')) as BenchResult;
			expect(Object.keys(result).sort()).toEqual([...RESULT_FIELDS].sort());
			expect(result.archive).toMatchObject({ episodes: 1, questions: 15, answers: 30 });
			// Search needs a build and the peers need --peers: neither runs here (no browser, no network).
			expect(result.search).toBeNull();
			expect(result.peers).toBeNull();
			expect(stdout).toMatch(/^search in Chromium: not measured/mu);
			expect(Object.keys(result.stages).sort()).toEqual(['astro', 'build', 'generate', 'import', 'index', 'rebuild']);
			for (const stage of [result.stages.generate, result.stages.import]) {
				expect(Object.keys(stage).sort()).toEqual(['cpuSeconds', 'peakRssBytes', 'wallSeconds']);
				expect(stage.wallSeconds).toBeGreaterThan(0);
				expect(stage.peakRssBytes).toBeGreaterThan(0);
			}
		} finally {
			rmSync(results, { recursive: true, force: true });
		}
	}, 60_000);
});
