import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../src/importer/plan.ts';
import { isContentFile, readEpisode } from '../../../src/model/read-episode.ts';

/**
 * Each folder under tests/fixtures/importer with an `input.txt` holds it, optional `options.json`
 * (the CLI options as an object, plus `file`: the name the transcript is imported under,
 * `input.txt` by default, since a title can come from it) and the `expected/` files the
 * import must produce.
 * After an intended change, review the diff of `vitest -u`.
 */
const root = fileURLToPath(new URL('../../fixtures/importer/', import.meta.url));
// Caption files (input.vtt, input.json, input.tsv) need their cues read first, asynchronously:
// tests/unit/importer/captions-import.test.ts runs those folders.
const cases = readdirSync(root, { withFileTypes: true })
	.filter((entry) => entry.isDirectory() && existsSync(`${root}${entry.name}/input.txt`))
	.map((entry) => entry.name);

describe.each(cases)('the %s fixture', (name) => {
	const folder = `${root}${name}/`;
	const options: Record<string, string> = (() => {
		try {
			return JSON.parse(readFileSync(`${folder}options.json`, 'utf8')) as Record<string, string>;
		} catch {
			return {};
		}
	})();
	const plan = planImport(readFileSync(`${folder}input.txt`), { file: 'input.txt', ...options });

	it('imports to the expected files', async () => {
		for (const file of plan.files) {
			await expect(file.content).toMatchFileSnapshot(`${folder}expected/${file.path}`);
		}
		expect(plan.files.map((file) => file.path).sort()).toEqual(readdirSync(`${folder}expected`).sort());
	});

	it('reads back through the content model the site builds from, with every answer', () => {
		const files = plan.files
			.filter((file) => isContentFile(file.path))
			.map((file) => ({ name: file.path, content: file.content }));
		const episode = readEpisode(`content/episodes/${plan.report.episode.slug}`, files);
		expect(episode.title).toBe(plan.report.episode.title);
		expect(episode.date?.toISOString().slice(0, 10)).toBe(plan.report.episode.date);
		expect(episode.questions.flatMap((question) => question.answers).length).toBe(plan.report.counts.answers);
	});
});
