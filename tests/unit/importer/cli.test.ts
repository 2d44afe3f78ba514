import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/importer/cli.ts';
import type { ImportReport } from '../../../src/importer/report.ts';
import { SEED_PATH } from './seed.ts';

interface Outcome {
	code: number;
	stdout: string;
	stderr: string;
}

async function importer(args: string[], cwd: string): Promise<Outcome> {
	let stdout = '';
	let stderr = '';
	const code = await run(args, cwd, {
		out: { write: (chunk: string) => (stdout += chunk) },
		err: { write: (chunk: string) => (stderr += chunk) },
	});
	return { code, stdout, stderr };
}

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'importer-'));
/** A plain speaker transcript with neither a title line nor a date; its expected/ files are the contract. */
const UNTITLED = fileURLToPath(new URL('../../fixtures/importer/plain-speakers-untitled/', import.meta.url));

describe('npm run import', () => {
	it('writes one Markdown file per question plus the episode and the report', async () => {
		const cwd = tempDir();
		const result = await importer([SEED_PATH, '--out', 'site-content'], cwd);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('9 questions, 10 answers');
		const files = readdirSync(join(cwd, 'site-content/episodes/onboard-26')).sort();
		expect(files).toHaveLength(11);
		expect(files).toContain('episode.md');
		expect(files).toContain('import-report.json');
		expect(readFileSync(join(cwd, 'site-content/episodes/onboard-26/03-stable-diffusion.md'), 'utf8')).toContain(
			':::answer{#stable-diffusion-yizhou speaker="yizhou"}',
		);
	});

	it('prints the report as JSON on stdout with --json, in the documented shape', async () => {
		const cwd = tempDir();
		const result = await importer([SEED_PATH, '--out', '.', '--json'], cwd);
		const report = JSON.parse(result.stdout) as ImportReport;
		expect(report.episode).toMatchObject({
			slug: 'onboard-26',
			titleFrom: 'text',
			date: '2023-02-26',
			dateFrom: 'text',
			author: '郑超',
			lang: 'zh-CN',
		});
		expect(report.episode.description).toMatch(/^最近AIGC/u);
		expect(report.questions).toHaveLength(9);
		expect(report.questions[1]).toEqual({
			id: 'train',
			file: 'episodes/onboard-26/02-train.md',
			question: expect.stringMatching(/^如果以后每一个领域/u) as string,
			answers: [
				{ speaker: 'Yiwen', speakerId: 'yiwen', anchor: 'train-yiwen' },
				{ speaker: 'Yizhou', speakerId: 'yizhou', anchor: 'train-yizhou' },
			],
		});
		expect(report.dropped.find((entry) => entry.line === 110)).toEqual({
			line: 110,
			text: '问题归档专栏文章快讯文章归档关键词归档开发者手册归档开发者手册 Section 归档',
			reason: 'page footer after the transcript',
		});
		expect(result.stderr).toContain('Wrote 11 files');
	});

	it('writes byte-identical files when the same transcript is imported twice', async () => {
		const cwd = tempDir();
		await importer([SEED_PATH, '--out', '.'], cwd);
		const folder = join(cwd, 'episodes/onboard-26');
		const first = readdirSync(folder).map((name) => readFileSync(join(folder, name), 'utf8'));
		await importer([SEED_PATH, '--out', '.'], cwd);
		expect(readdirSync(folder).map((name) => readFileSync(join(folder, name), 'utf8'))).toEqual(first);
	});

	it('keeps speaker roles a person added to the episode file when re-importing', async () => {
		const cwd = tempDir();
		await importer([SEED_PATH, '--out', '.'], cwd);
		const episodeFile = join(cwd, 'episodes/onboard-26/episode.md');
		writeFileSync(
			episodeFile,
			readFileSync(episodeFile, 'utf8').replace('name: Yizhou\n', 'name: Yizhou\n    role: Stability AI 产品经理\n'),
		);
		await importer([SEED_PATH, '--out', '.'], cwd);
		expect(readFileSync(episodeFile, 'utf8')).toContain('role: Stability AI 产品经理');
	});

	it('stops before overwriting a file edited by hand, names it, and overwrites it with --force', async () => {
		const cwd = tempDir();
		await importer([SEED_PATH, '--out', '.'], cwd);
		const question = join(cwd, 'episodes/onboard-26/02-train.md');
		const edited = readFileSync(question, 'utf8').replace('最后我们就问自己', '最后，我们问自己');
		writeFileSync(question, edited);

		const refused = await importer([SEED_PATH, '--out', '.'], cwd);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain('HandEditedFiles: 1 file(s) of episode `onboard-26` were edited by hand');
		expect(refused.stderr).toContain(': 02-train.md. Nothing was written.');
		expect(readFileSync(question, 'utf8')).toBe(edited);

		const forced = await importer([SEED_PATH, '--out', '.', '--force'], cwd);
		expect(forced.code).toBe(0);
		expect(forced.stdout).toContain('Overwrote hand edits (--force) in: 02-train.md');
		expect(readFileSync(question, 'utf8')).not.toBe(edited);
	});

	it('writes nothing with --dry-run', async () => {
		const cwd = tempDir();
		const result = await importer([SEED_PATH, '--dry-run'], cwd);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Dry run: nothing was written.');
		expect(existsSync(join(cwd, 'content'))).toBe(false);
	});

	it('names the file and says what to do when the transcript does not exist', async () => {
		const result = await importer(['missing.txt'], tempDir());
		expect(result.code).toBe(1);
		expect(result.stderr).toMatchInlineSnapshot(`
      "missing.txt: FileNotFound: The transcript file does not exist. Nothing was written. Check the path (relative paths start in the folder you ran the command from).
      "
    `);
	});

	it('rejects an empty transcript', async () => {
		const cwd = tempDir();
		writeFileSync(join(cwd, 'empty.txt'), '\n\n');
		const result = await importer(['empty.txt'], cwd);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('empty.txt: EmptyTranscript: The file holds no text. Nothing was written.');
	});

	it('says so when a text has no recognizable speakers', async () => {
		const cwd = tempDir();
		writeFileSync(join(cwd, 'prose.txt'), 'Alban: Just an essay.\n\nNo one else speaks here.\n');
		const result = await importer(['prose.txt'], cwd);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatchInlineSnapshot(`
			"prose.txt:1: NoSpeakersFound: No speakers were found: no speaker starts two or more turns. Tried Zoom (\`[Name] 14:00:03\`): none; Otter (\`Name  0:05\`): none; Rev/Descript (\`Name (00:01:01):\`): none; speaker labels (\`Name: text\`): 1, first on line 1; a layout needs two or more turn lines. Nothing was written. If a speaker is named only once, name them with \`--speaker NAME\`; to read the file in one layout, pass \`--format rev|otter|zoom|speakers\`; or mark questions with \`--question-label LABEL\`.
			"
		`);
	});

	it('explains how to mark questions when an article has none', async () => {
		const cwd = tempDir();
		writeFileSync(join(cwd, 'prose.txt'), 'Just an essay.\n\nNo questions here.\n');
		const result = await importer(['prose.txt', '--format', 'article'], cwd);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('prose.txt:1: NoQuestionsFound:');
		expect(result.stderr).toContain('--question-label');
	});

	it('rejects an unknown format and lists the known ones', async () => {
		const result = await importer([SEED_PATH, '--format', 'docx'], tempDir());
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(
			'UnknownFormat: `docx` is not a format the importer reads. Nothing was written. Use one of `article`, `speakers`',
		);
	});

	it('imports a transcript with no title and no date, titled after its file name and undated', async () => {
		const cwd = tempDir();
		writeFileSync(join(cwd, 'the-changelog-612.txt'), readFileSync(join(UNTITLED, 'input.txt')));
		const result = await importer(['the-changelog-612.txt', '--out', '.'], cwd);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Episode changelog-612: The Changelog 612\n');
		expect(result.stdout).toContain('title taken from the file name');
		expect(result.stdout).toContain('the episode is undated; set one with --date YYYY-MM-DD');
		const folder = join(cwd, 'episodes/changelog-612');
		const expected = readdirSync(join(UNTITLED, 'expected')).sort();
		expect(readdirSync(folder).sort()).toEqual(expected);
		for (const name of expected) {
			expect(readFileSync(join(folder, name), 'utf8'), name).toBe(
				readFileSync(join(UNTITLED, 'expected', name), 'utf8'),
			);
		}
		expect(readFileSync(join(folder, 'episode.md'), 'utf8')).not.toMatch(/^date:/mu);
	});

	it('takes --title and --date over the file name and says so in the report', async () => {
		const cwd = tempDir();
		writeFileSync(join(cwd, 'the-changelog-612.txt'), readFileSync(join(UNTITLED, 'input.txt')));
		const result = await importer(
			['the-changelog-612.txt', '--out', '.', '--json', '--title', 'TypeScript at scale', '--date', '2024-10-09'],
			cwd,
		);
		expect(result.code).toBe(0);
		const report = JSON.parse(result.stdout) as ImportReport;
		expect(report.episode).toMatchObject({
			title: 'TypeScript at scale',
			titleFrom: 'option',
			date: '2024-10-09',
			dateFrom: 'option',
		});
		expect(result.stderr).not.toContain('file name');
	});

	it('refuses a binary file', async () => {
		const cwd = tempDir();
		writeFileSync(join(cwd, 'cover.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
		const result = await importer(['cover.png'], cwd);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^cover\.png: BinaryInput: /u);
	});

	it('fails with a usage error for unknown options', async () => {
		const result = await importer([SEED_PATH, '--colour'], tempDir());
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/^InvalidOption: Unknown option '--colour'/u);
	});

	it('imports a caption file, told apart by its content, with its audio URL', async () => {
		const cwd = tempDir();
		const vtt = fileURLToPath(new URL('../../fixtures/captions/chinese-voices/input.vtt', import.meta.url));
		const result = await importer(
			[vtt, '--out', 'c', '--episode', 'ep-1', '--audio', 'https://example.org/ep1.mp3'],
			cwd,
		);
		expect(result.stderr).toBe('');
		expect(result.stdout).toContain('vtt format');
		const episode = readFileSync(join(cwd, 'c/episodes/ep-1/episode.md'), 'utf8');
		expect(episode).toContain('audio: https://example.org/ep1.mp3');
	});

	it('refuses a malformed caption file, naming the cue, and writes nothing', async () => {
		const cwd = tempDir();
		const srt = fileURLToPath(new URL('../../fixtures/captions/malformed-srt/input.srt', import.meta.url));
		const result = await importer([srt, '--out', 'c'], cwd);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/input\.srt:\d+: InvalidCaptionFile: .*Nothing was written/su);
		expect(existsSync(join(cwd, 'c'))).toBe(false);
	});

	it('splits a caption file into one question per chapter with --chapters', async () => {
		const cwd = tempDir();
		const vtt = fileURLToPath(
			new URL('../../fixtures/corpus/transcriptator/podnews_daily_2024-01-25.vtt', import.meta.url),
		);
		const chapters = fileURLToPath(new URL('../../fixtures/feed/chapters.json', import.meta.url));
		const result = await importer([vtt, '--out', 'c', '--episode', 'podnews', '--chapters', chapters], cwd);
		expect(result.stderr).toBe('');
		expect(result.stdout).toContain('one question per chapter');
		const files = readdirSync(join(cwd, 'c/episodes/podnews')).filter((name) => /^\d/u.test(name));
		// Three titled chapters; the untitled one (toc: false) belongs to the chapter before it.
		expect(files).toHaveLength(3);
		expect(readFileSync(join(cwd, 'c/episodes/podnews', files[1] ?? ''), 'utf8')).toContain(
			'question: Fountain on Product Hunt',
		);
	});

	it('imports every transcript of a folder, one episode each', async () => {
		const cwd = tempDir();
		const folder = join(cwd, 'transcripts');
		mkdirSync(folder);
		for (const name of ['buzzcast.srt', 'how_to_start_a_podcast.json']) {
			copyFileSync(
				fileURLToPath(new URL(`../../fixtures/corpus/transcriptator/${name}`, import.meta.url)),
				join(folder, name),
			);
		}
		const result = await importer(['transcripts', '--out', 'c', '--show', 'Sampler'], cwd);
		expect(result.code).toBe(0);
		expect(readdirSync(join(cwd, 'c/episodes')).sort()).toEqual(['buzzcast', 'how-to-start-a-podcast']);
	});

	it('gives a person the speaker id they have in the show’s other episodes', async () => {
		const cwd = tempDir();
		writeFileSync(
			join(cwd, 'ep1.txt'),
			'Lenny Rachitsky: Welcome. What did you learn?\n\nAda: A lot.\n\nLenny: Why?\n\nAda: Practice.\n\nLenny: And then?\n\nAda: More.\n',
		);
		writeFileSync(
			join(cwd, 'ep2.txt'),
			'Lenny: What are you building?\n\nGrace: Compilers.\n\nLenny: Why?\n\nGrace: Fun.\n',
		);
		const show = ['--out', 'c', '--show', 'Lenny’s Podcast'];
		expect((await importer(['ep1.txt', '--episode', 'ep-1', ...show], cwd)).code).toBe(0);
		expect((await importer(['ep2.txt', '--episode', 'ep-2', ...show], cwd)).code).toBe(0);
		const registry = readFileSync(join(cwd, 'c/episodes/ep-2/episode.md'), 'utf8');
		expect(registry).toContain('id: lenny-rachitsky');
		expect(registry).toContain('name: Lenny Rachitsky');
		// Another show's Lenny is someone else.
		expect((await importer(['ep2.txt', '--episode', 'other-2', '--out', 'c', '--show', 'Other'], cwd)).code).toBe(0);
		expect(readFileSync(join(cwd, 'c/episodes/other-2/episode.md'), 'utf8')).toContain('id: lenny\n');
	});
});
