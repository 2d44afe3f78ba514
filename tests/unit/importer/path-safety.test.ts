/**
 * The importer never writes outside its content folder, whatever the transcript, the feed or
 * the flags say. Every place it makes a path from text: the episode slug (from a title, front
 * matter, a file name, a feed item, `--episode`), question file names (from question ids), the
 * feed's state file, `--transcripts` file names (from feed URLs). Each is tried with names that
 * would escape or misbehave, through plan + write, through the CLI and through a feed, in a
 * sandbox folder that is listed before and after.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/importer/cli.ts';
import { ImportError } from '../../../src/importer/errors.ts';
import { insideContentFolder, unsafeNameReason } from '../../../src/importer/paths.ts';
import { planImport } from '../../../src/importer/plan.ts';
import { writeEpisodeFolder } from '../../../src/importer/write.ts';
import { slugPattern } from '../../../src/model/schema.ts';

/** Names that would leave a folder, name a device, or not fit a file system. */
const HOSTILE = [
	'..',
	'.',
	'../escape',
	'../../escape',
	'/tmp/path-safety-escape',
	'a/b',
	'a\\b',
	'..\\escape',
	'nul\u0000x',
	'C:',
	'C:\\escape',
	'c:escape',
	'CON',
	'nul',
	'com1',
	'LPT9.txt',
	'．．',
	'．．／escape',
	'ａ／b',
	'..／',
	'x'.repeat(256),
	'中'.repeat(86),
	'trailing.',
	'trailing ',
	'',
] as const;

/** Titles, file names and feed fields made of the same. */
const HOSTILE_TITLES = [
	'../../../../etc/passwd',
	'..\\..\\Windows\\System32',
	'．．／．．／escape',
	'C:\\Windows\\System32',
	'CON',
	'Aux',
	'..',
	'A'.repeat(400),
	'/etc/passwd',
] as const;

const SAFE_SLUG = (slug: string): boolean => slugPattern.test(slug) && unsafeNameReason(slug) === undefined;

const BODY =
	'问题：../../../etc/passwd 是什么？\n\nYizhou：C:\\Windows 和 ．．／ 都是路径。\n\n问题：CON 和 nul 呢？\n\nYizhou：也是设备名。\n';

const sandboxes: string[] = [];
afterAll(() => {
	for (const root of sandboxes) rmSync(root, { recursive: true, force: true });
});

/** A content root five folders deep in a new sandbox, so `../` five times still lands in the sandbox. */
function sandbox(): { root: string; content: string; cwd: string } {
	const root = mkdtempSync(join(tmpdir(), 'path-safety-'));
	sandboxes.push(root);
	const cwd = join(root, 'a', 'b', 'c', 'd');
	mkdirSync(cwd, { recursive: true });
	return { root, content: join(cwd, 'content'), cwd };
}

/** Every file and folder under `root`, relative to it. */
const listing = (root: string): string[] =>
	readdirSync(root, { recursive: true, encoding: 'utf8' })
		.map((path) => path.split('\\').join('/'))
		.sort();

/** What appeared under `root` outside `content` since `before`. */
function writtenOutside(root: string, content: string, before: readonly string[]): string[] {
	const inside = relative(root, content).split('\\').join('/');
	const old = new Set(before);
	return listing(root).filter((path) => !old.has(path) && path !== inside && !path.startsWith(`${inside}/`));
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The CLI's exit code and what it printed. */
async function cli(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
	let out = '';
	let err = '';
	const code = await run(argv, cwd, {
		out: { write: (chunk: string) => (out += chunk) },
		err: { write: (chunk: string) => (err += chunk) },
	});
	return { code, out, err };
}

describe('insideContentFolder, where every path made from text is joined', () => {
	it.each(HOSTILE.map((name) => [JSON.stringify(name).slice(0, 40), name]))(
		'refuses %s with UnsafePath, saying why',
		(_, name) => {
			let error: unknown;
			try {
				insideContentFolder('/content/episodes', [name], 'episode folder name');
			} catch (caught) {
				error = caught;
			}
			expect(error).toBeInstanceOf(ImportError);
			expect(error).toMatchObject({
				code: 'UnsafePath',
				message: expect.stringMatching(
					/^The episode folder name `.*` is not a safe file or folder name: it /su,
				) as unknown,
			});
		},
	);

	it('joins plain names, up to 255 bytes', () => {
		expect(insideContentFolder('/content/episodes', ['onboard-26'], 'episode folder name')).toBe(
			'/content/episodes/onboard-26',
		);
		expect(insideContentFolder('/c', ['onboard-26', '01-q.md'], 'file name')).toBe('/c/onboard-26/01-q.md');
		expect(insideContentFolder('/c', ['a'.repeat(255)], 'file name')).toBe(`/c/${'a'.repeat(255)}`);
	});
});

describe('plan and write', () => {
	it.each(HOSTILE)('refuse the episode slug %j with a named error and write nothing', async (episode) => {
		const box = sandbox();
		const before = listing(box.root);
		const episodes = join(box.content, 'episodes');
		let error: unknown;
		try {
			const plan = planImport(encode(BODY), { file: 'x.txt', episode });
			await writeEpisodeFolder(
				insideContentFolder(episodes, [plan.report.episode.slug], 'episode folder name'),
				plan.files,
			);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(ImportError);
		expect(['InvalidOption', 'UnsafePath']).toContain((error as ImportError).code);
		expect(listing(box.root)).toEqual(before);
	});

	it.each(HOSTILE_TITLES)(
		'make a plain slug of the title %j from front matter, --title or the file name, and write only inside the episode folder',
		async (title) => {
			const box = sandbox();
			const before = listing(box.root);
			const episodes = join(box.content, 'episodes');
			const ways = [
				{ text: `---\ntitle: ${JSON.stringify(title)}\n---\n\n${BODY}`, options: { file: 'x.txt' } },
				{ text: BODY, options: { file: 'x.txt', title } },
				{ text: BODY, options: { file: `${title}.txt` } },
			];
			for (const { text, options } of ways) {
				const plan = planImport(encode(text), options);
				const slug = plan.report.episode.slug;
				expect(SAFE_SLUG(slug), slug).toBe(true);
				for (const file of plan.files) expect(unsafeNameReason(file.path), file.path).toBeUndefined();
				await writeEpisodeFolder(insideContentFolder(episodes, [slug], 'episode folder name'), plan.files);
				expect(readdirSync(join(episodes, slug)).sort()).toEqual(plan.files.map((file) => file.path).sort());
			}
			expect(writtenOutside(box.root, box.content, before)).toEqual([]);
		},
	);

	it('refuses a file name that would leave the episode folder, and leaves the folder as it was', async () => {
		const box = sandbox();
		const before = listing(box.root);
		for (const path of ['../escape.md', '../../escape.md', '/tmp/escape.md', '．．／escape.md', 'CON.md']) {
			await expect(
				writeEpisodeFolder(join(box.content, 'episodes', 'ep'), [
					{ path: 'episode.md', content: 'x' },
					{ path, content: 'escaped' },
				]),
			).rejects.toMatchObject({ code: 'WriteFailed', message: expect.stringContaining('not a safe file') as unknown });
		}
		expect(writtenOutside(box.root, box.content, before)).toEqual([]);
		expect(listing(box.content)).toEqual(['episodes']);
	});
});

describe('npm run import', () => {
	it.each(HOSTILE.filter((name) => name !== '' && !name.includes('\u0000')))(
		'refuses --episode %j with a usage or UnsafePath error and writes nothing',
		async (episode) => {
			const box = sandbox();
			writeFileSync(join(box.cwd, 'transcript.txt'), BODY);
			const before = listing(box.root);
			const result = await cli(['transcript.txt', '--out', 'content', '--episode', episode], box.cwd);
			expect(result.code).not.toBe(0);
			expect(result.err).toMatch(/InvalidOption|UnsafePath/u);
			expect(listing(box.root)).toEqual(before);
		},
	);

	it('makes plain folder names of hostile file names and titles, and writes only under --out', async () => {
		const box = sandbox();
		// Names a file on disk can have: no `/`, but look-alikes, dots, backslashes and device names.
		const names = [
			'．．／．．／escape.txt',
			'..\\..\\escape.txt',
			'CON.txt',
			'C:escape.txt',
			'...txt',
			'..'.repeat(60),
		];
		for (const name of names) writeFileSync(join(box.cwd, name), BODY);
		writeFileSync(join(box.cwd, 'titled.txt'), `---\ntitle: "../../../../../../escape"\n---\n\n${BODY}`);
		const before = listing(box.root);
		for (const name of [...names, 'titled.txt']) {
			const result = await cli([name, '--out', 'content'], box.cwd);
			expect(result.err).toBe('');
			expect(result.code).toBe(0);
		}
		expect(writtenOutside(box.root, box.content, before)).toEqual([]);
		const folders = readdirSync(join(box.content, 'episodes'));
		expect(folders.length).toBeGreaterThan(0);
		for (const folder of folders) expect(SAFE_SLUG(folder), folder).toBe(true);
	});

	it('imports a feed whose titles, guids and transcript URLs are hostile, writing only under --out', async () => {
		const box = sandbox();
		const transcripts = join(box.cwd, 'transcripts');
		mkdirSync(transcripts);
		writeFileSync(join(transcripts, 'one.txt'), BODY);
		// A file beside the transcripts folder that a `..` in a URL would reach.
		writeFileSync(join(box.cwd, 'secret.txt'), BODY);
		const items = [
			{ title: '../../../../escape', guid: '../../guid', url: 'https://example.com/one.txt' },
			{ title: '．．／．．／escape', guid: 'C:\\guid', url: 'https://example.com/..%2Fsecret.txt' },
			{ title: 'CON', guid: 'nul', url: 'https://example.com/%2E%2E/secret.txt' },
			{ title: 'C:\\Windows', guid: '/etc/passwd', url: 'https://example.com/..%5Csecret.txt' },
			{ title: 'A'.repeat(400), guid: 'x'.repeat(400), url: 'https://example.com/one.txt?name=../../x' },
		];
		const escape = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
		writeFileSync(
			join(box.cwd, 'feed.xml'),
			`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">
<channel><title>../../Show: C:\\ ．．／</title><language>zh-cn</language>
${items
	.map(
		(item, index) =>
			`<item><title>${escape(item.title)}</title><guid isPermaLink="false">${escape(item.guid)}</guid><pubDate>Mon, 0${index + 1} Jan 2024 00:00:00 GMT</pubDate><podcast:transcript url="${escape(item.url)}" type="text/plain"/></item>`,
	)
	.join('\n')}
</channel></rss>
`,
		);
		const before = listing(box.root);
		const result = await cli(['--feed', 'feed.xml', '--transcripts', 'transcripts', '--out', 'content'], box.cwd);
		expect(result.out).toMatch(/imported/u);
		expect(writtenOutside(box.root, box.content, before)).toEqual([]);
		const folders = readdirSync(join(box.content, 'episodes'));
		expect(folders.length).toBeGreaterThan(0);
		for (const folder of folders) expect(SAFE_SLUG(folder), folder).toBe(true);
		for (const state of readdirSync(join(box.content, 'feeds'))) expect(unsafeNameReason(state)).toBeUndefined();
		// The URLs with `..` in them read nothing outside the transcripts folder: only the two
		// items whose transcript is `one.txt` were imported.
		expect(folders).toHaveLength(2);
	});
});
