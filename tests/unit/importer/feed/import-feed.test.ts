import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportError } from '../../../../src/importer/errors.ts';
import type { EpisodeInput, ImportEpisode } from '../../../../src/importer/feed/batch.ts';
import { isFolderArgument, runBatchCommand } from '../../../../src/importer/feed/command.ts';
import { fetchBytes } from '../../../../src/importer/feed/fetch.ts';
import { importFeed } from '../../../../src/importer/feed/import-feed.ts';
import { importFolder } from '../../../../src/importer/feed/import-folder.ts';

const FIXTURE = fileURLToPath(new URL('../../../fixtures/feed/', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../../fixtures/corpus/transcriptator/', import.meta.url));
const TRANSCRIPTS = ['buzzcast.srt', 'podnews_daily_2024-01-25.vtt', 'how_to_start_a_podcast.json'];
/** Where the fixture feed says its files are; the server's address replaces it. */
const PUBLISHED = 'https://podcasts.example.com/sampler/';

const tempDir = (name: string): string => mkdtempSync(join(tmpdir(), `feed-${name}-`));

/** A folder holding what the show publishes: the feed, its transcripts and chapters. */
function published(): string {
	const folder = tempDir('published');
	for (const name of ['feed.xml', 'chapters.json']) copyFileSync(join(FIXTURE, name), join(folder, name));
	for (const name of TRANSCRIPTS) copyFileSync(join(CORPUS, name), join(folder, name));
	return folder;
}

interface Site {
	origin: string;
	feedUrl: string;
	requests: string[];
}

const servers: Server[] = [];
afterEach(async () => {
	await Promise.all(
		servers.splice(0).map((server) => {
			server.closeAllConnections();
			return new Promise((done) => server.close(done));
		}),
	);
});

/** Serves a published folder under /sampler/ on 127.0.0.1, the feed's URLs pointing at itself. */
async function serve(folder: string): Promise<Site> {
	const requests: string[] = [];
	let origin = '';
	const server = createServer((request, response) => {
		const path = request.url ?? '/';
		requests.push(path);
		const name = path.replace(/^\/sampler\//u, '');
		const file = join(folder, name);
		if (name.includes('/') || !existsSync(file)) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
			return;
		}
		const body = readFileSync(file);
		response
			.writeHead(200)
			.end(name === 'feed.xml' ? body.toString('utf8').replaceAll(PUBLISHED, `${origin}/sampler/`) : body);
	});
	servers.push(server);
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return { origin, feedUrl: `${origin}/sampler/feed.xml`, requests };
}

/** Stands in for the importer: remembers what it was asked and writes the episode's folder. */
function fakeImporter(contentRoot: string, fail?: (input: EpisodeInput) => ImportError | undefined) {
	const calls: EpisodeInput[] = [];
	const importEpisode: ImportEpisode = (input) => {
		calls.push(input);
		const error = fail?.(input);
		if (error !== undefined) return Promise.reject(error);
		const folder = join(contentRoot, 'episodes', input.slug);
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, 'episode.md'), `---\ntitle: ${JSON.stringify(input.title)}\n---\n`);
		return Promise.resolve({ questions: input.chapters?.length ?? 1, answers: 4 });
	};
	return { calls, importEpisode };
}

/** Temporary folders as `<name>`, so messages that name them can be snapshots. */
const tidy = (text: string): string => text.replace(/(?:\/[\w.-]+)*\/feed-(\w+)-\w{6}/gu, '<$1>');

function buffer() {
	const out = { text: '', write: (chunk: string) => (out.text += chunk) };
	return out;
}

async function importServedFeed(site: Site, contentRoot: string, importer = fakeImporter(contentRoot)) {
	const out = buffer();
	const result = await importFeed({
		feed: site.feedUrl,
		contentRoot,
		cwd: contentRoot,
		importEpisode: importer.importEpisode,
		out,
	});
	return { result, importer, output: tidy(out.text.replaceAll(site.origin, 'http://127.0.0.1:PORT')) };
}

describe('npm run import -- --feed FEED', () => {
	it('imports every item with a transcript, with what the feed says, and lists the broken one with its reason', async () => {
		const site = await serve(published());
		const content = tempDir('content');
		const { result, importer, output } = await importServedFeed(site, content);

		expect(output).toMatchInlineSnapshot(`
			"[1/5] podcasting-sampler-4: failed: http://127.0.0.1:PORT/sampler/missing.vtt: FetchFailed: The server answered HTTP 404 Not Found. The feed names a file the server does not have; tell the show, or put the file in a folder and use --transcripts DIR.
			[2/5] podnews-daily-new-zealand: 3 questions, 4 answers
			[3/5] podcasting-sampler-3: 1 question, 4 answers
			[4/5] podcasting-sampler-1: 1 question, 4 answers
			[5/5] “Trailer” (http://127.0.0.1:PORT/sampler/feed.xml:40): skipped (no \`<podcast:transcript>\` in the item)
			Podcasting Sampler: 3 imported, 0 unchanged, 1 skipped, 1 failed.
			Failed (fix these and run the same command again; the others are done):
			  podcasting-sampler-4 (http://127.0.0.1:PORT/sampler/feed.xml:8): http://127.0.0.1:PORT/sampler/missing.vtt: FetchFailed: The server answered HTTP 404 Not Found. The feed names a file the server does not have; tell the show, or put the file in a folder and use --transcripts DIR.
			Skipped:
			  “Trailer” (http://127.0.0.1:PORT/sampler/feed.xml:40): no \`<podcast:transcript>\` in the item
			What was imported is remembered in feeds/podcasting-sampler.json; running the command again imports only what changed.
			"
		`);
		expect(result.exitCode).toBe(1);
		expect(importer.calls.map(({ bytes, ...input }) => ({ ...input, bytes: bytes.length }))[0]).toEqual({
			bytes: statSync(join(CORPUS, 'podnews_daily_2024-01-25.vtt')).size,
			fileName: 'podnews_daily_2024-01-25.vtt',
			slug: 'podnews-daily-new-zealand',
			title: 'Podnews Daily & the New Zealand <Summit>',
			titleFrom: 'feed',
			date: '2024-01-25',
			show: 'Podcasting Sampler',
			audio: `${site.origin}/sampler/audio/podnews.mp3`,
			lang: 'en-US',
			sourceUrl: 'https://podnews.net/podcast/2024-01-25',
			chapters: [
				{ start: 0, title: 'The New Zealand Podcasting Summit' },
				{ start: 41, title: 'Fountain on Product Hunt' },
				{ start: 92.68, title: 'Podcasting in a Platform Age' },
			],
		});
		// The SRT is chosen over the HTML the item also names.
		expect(importer.calls[1]?.fileName).toBe('buzzcast.srt');
		expect(site.requests).not.toContain('/sampler/buzzcast.html');
	});

	it('remembers each imported episode’s slug and hashes in a state file under the content root', async () => {
		const site = await serve(published());
		const content = tempDir('content');
		await importServedFeed(site, content);
		const state = JSON.parse(readFileSync(join(content, 'feeds/podcasting-sampler.json'), 'utf8')) as {
			source: string;
			episodes: Record<string, { slug: string; transcript: string; metadata: string }>;
		};
		expect(state.source).toBe(site.feedUrl);
		expect(Object.entries(state.episodes).map(([guid, entry]) => [guid, entry.slug])).toEqual([
			// The server put its own address in place of the feed's, guids included.
			[`${site.origin}/sampler/3`, 'podcasting-sampler-3'],
			[`${site.origin}/sampler/audio/how-to-start.mp3`, 'podcasting-sampler-1'],
			['podnews-2024-01-25', 'podnews-daily-new-zealand'],
		]);
		expect(state.episodes['podnews-2024-01-25']?.transcript).toMatch(/^[0-9a-f]{64}$/u);
	});

	it('imports nothing new when it is run again on an unchanged feed', async () => {
		const site = await serve(published());
		const content = tempDir('content');
		const first = await importServedFeed(site, content);
		const stateFile = join(content, 'feeds/podcasting-sampler.json');
		const written = statSync(stateFile).mtimeMs;

		const again = await importServedFeed(site, content);
		expect(again.importer.calls).toEqual([]);
		expect(again.output).toMatchInlineSnapshot(`
			"[1/5] podcasting-sampler-4: failed: http://127.0.0.1:PORT/sampler/missing.vtt: FetchFailed: The server answered HTTP 404 Not Found. The feed names a file the server does not have; tell the show, or put the file in a folder and use --transcripts DIR.
			[2/5] podnews-daily-new-zealand: skipped (unchanged)
			[3/5] podcasting-sampler-3: skipped (unchanged)
			[4/5] podcasting-sampler-1: skipped (unchanged)
			[5/5] “Trailer” (http://127.0.0.1:PORT/sampler/feed.xml:40): skipped (no \`<podcast:transcript>\` in the item)
			Podcasting Sampler: 0 imported, 3 unchanged, 1 skipped, 1 failed.
			Failed (fix these and run the same command again; the others are done):
			  podcasting-sampler-4 (http://127.0.0.1:PORT/sampler/feed.xml:8): http://127.0.0.1:PORT/sampler/missing.vtt: FetchFailed: The server answered HTTP 404 Not Found. The feed names a file the server does not have; tell the show, or put the file in a folder and use --transcripts DIR.
			Skipped:
			  “Trailer” (http://127.0.0.1:PORT/sampler/feed.xml:40): no \`<podcast:transcript>\` in the item
			What was imported is remembered in feeds/podcasting-sampler.json; running the command again imports only what changed.
			"
		`);
		expect(again.result.stateWritten).toBe(false);
		expect(statSync(stateFile).mtimeMs).toBe(written);
		expect(first.result.stateWritten).toBe(true);
	});

	it('imports again only the episode whose transcript changed', async () => {
		const folder = published();
		const site = await serve(folder);
		const content = tempDir('content');
		await importServedFeed(site, content);

		const srt = join(folder, 'buzzcast.srt');
		writeFileSync(srt, `${readFileSync(srt, 'utf8')}\n489\n00:28:05,000 --> 00:28:06,000\nOne more line.\n`);
		const again = await importServedFeed(site, content);
		expect(again.importer.calls.map((input) => input.slug)).toEqual(['podcasting-sampler-3']);
		expect(again.output).toContain('[3/5] podcasting-sampler-3: 1 question, 4 answers');
	});

	it('imports again an episode whose folder was deleted, or whose feed metadata changed', async () => {
		const folder = published();
		const site = await serve(folder);
		const content = tempDir('content');
		await importServedFeed(site, content);

		rmSync(join(content, 'episodes/podcasting-sampler-1'), { recursive: true });
		const feed = join(folder, 'feed.xml');
		writeFileSync(feed, readFileSync(feed, 'utf8').replace('Buzzcast &amp; transcripts', 'Buzzcast, renamed'));
		const again = await importServedFeed(site, content);
		expect(again.importer.calls.map((input) => [input.slug, input.title])).toEqual([
			// The slug an episode got once stays, so its links do too.
			['podcasting-sampler-3', 'Buzzcast, renamed'],
			['podcasting-sampler-1', 'How to Start a Podcast – the basics'],
		]);
	});

	it('reads the transcripts from a folder with --transcripts, without the network', async () => {
		const content = tempDir('content');
		const importer = fakeImporter(content);
		const out = buffer();
		const result = await importFeed({
			feed: 'feed.xml',
			cwd: FIXTURE,
			transcripts: published(),
			contentRoot: content,
			importEpisode: importer.importEpisode,
			out,
			fetch: { fetch: () => Promise.reject(new Error('no network in this test')) },
		});
		expect(importer.calls.map((input) => input.slug)).toEqual([
			'podnews-daily-new-zealand',
			'podcasting-sampler-3',
			'podcasting-sampler-1',
		]);
		expect(importer.calls[0]?.chapters).toHaveLength(3);
		expect(result.exitCode).toBe(1);
		expect(tidy(out.text)).toMatchInlineSnapshot(`
			"[1/5] podcasting-sampler-4: failed: https://podcasts.example.com/sampler/missing.vtt: FetchFailed: \`missing.vtt\` is not in <published>. Put the file the URL names there, under that name.
			[2/5] podnews-daily-new-zealand: 3 questions, 4 answers
			[3/5] podcasting-sampler-3: 1 question, 4 answers
			[4/5] podcasting-sampler-1: 1 question, 4 answers
			[5/5] “Trailer” (feed.xml:40): skipped (no \`<podcast:transcript>\` in the item)
			Podcasting Sampler: 3 imported, 0 unchanged, 1 skipped, 1 failed.
			Failed (fix these and run the same command again; the others are done):
			  podcasting-sampler-4 (feed.xml:8): https://podcasts.example.com/sampler/missing.vtt: FetchFailed: \`missing.vtt\` is not in <published>. Put the file the URL names there, under that name.
			Skipped:
			  “Trailer” (feed.xml:40): no \`<podcast:transcript>\` in the item
			What was imported is remembered in <content>/feeds/podcasting-sampler.json; running the command again imports only what changed.
			"
		`);
	});

	it('goes on past an episode the importer refuses, and lists it with the importer’s reason', async () => {
		const site = await serve(published());
		const content = tempDir('content');
		const importer = fakeImporter(content, (input) =>
			input.fileName === 'buzzcast.srt'
				? new ImportError('NoQuestionsFound', 'No questions found. Nothing was written.', { file: 'buzzcast.srt' })
				: undefined,
		);
		const { output } = await importServedFeed(site, content, importer);
		expect(output).toContain(
			'[3/5] podcasting-sampler-3: failed: buzzcast.srt: NoQuestionsFound: No questions found. Nothing was written.',
		);
		expect(output).toContain('[4/5] podcasting-sampler-1: 1 question, 4 answers');
		const state = readFileSync(join(content, 'feeds/podcasting-sampler.json'), 'utf8');
		expect(state).not.toContain('podcasting-sampler-3');
	});

	it('refuses a feed it cannot read before writing anything', async () => {
		const content = tempDir('content');
		const site = await serve(published());
		const failure = async (feed: string): Promise<string> => {
			try {
				await importFeed({
					feed,
					cwd: FIXTURE,
					contentRoot: content,
					importEpisode: fakeImporter(content).importEpisode,
					out: buffer(),
				});
			} catch (error) {
				if (error instanceof ImportError) return error.format().replaceAll(site.origin, 'http://127.0.0.1:PORT');
				throw error;
			}
			throw new Error('expected an ImportError');
		};
		expect(await failure('missing.xml')).toMatchInlineSnapshot(
			`"missing.xml: FileNotFound: The feed file does not exist. Nothing was written. Pass the feed’s URL (http:// or https://) or the path of a downloaded feed."`,
		);
		expect(await failure(`${site.origin}/sampler/gone.xml`)).toMatchInlineSnapshot(
			`"http://127.0.0.1:PORT/sampler/gone.xml: FetchFailed: The server answered HTTP 404 Not Found. Check the feed’s URL: podcast apps and directories list it."`,
		);
		expect(await failure('chapters.json')).toMatchInlineSnapshot(
			`"chapters.json: InvalidFeed: The file is not XML, so not an RSS feed. Pass the show’s RSS feed (a URL or a downloaded \`.xml\` file). Nothing was written."`,
		);
		expect(existsSync(join(content, 'feeds'))).toBe(false);
	});
});

describe('fetching a feed’s files', () => {
	it('says which HTTP status, timeout or size limit stopped a download', async () => {
		const server = createServer((request, response) => {
			if (request.url === '/slow') return; // never answers
			if (request.url === '/big') return void response.writeHead(200).end('x'.repeat(2048));
			response.writeHead(503, 'Service Unavailable').end();
		});
		servers.push(server);
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		const message = async (url: string, options = {}) => {
			try {
				await fetchBytes(url, options);
			} catch (error) {
				if (error instanceof ImportError) return error.format().replaceAll(origin, 'http://127.0.0.1:PORT');
				throw error;
			}
			throw new Error('expected an ImportError');
		};
		expect(await message(`${origin}/down`)).toMatchInlineSnapshot(
			`"http://127.0.0.1:PORT/down: FetchFailed: The server answered HTTP 503 Service Unavailable. Try again later; if it keeps failing, put the file in a folder and use --transcripts DIR."`,
		);
		expect(await message(`${origin}/slow`, { timeoutMs: 200 })).toMatchInlineSnapshot(
			`"http://127.0.0.1:PORT/slow: FetchFailed: No complete answer within 0.2 s. Try again later, or put the file in a folder and use --transcripts DIR."`,
		);
		expect(await message(`${origin}/big`, { maxBytes: 1024 })).toMatchInlineSnapshot(
			`"http://127.0.0.1:PORT/big: FetchFailed: The file is larger than 1 KB, more than any transcript or feed should be, so it was not read. Check that the URL names a transcript, not the audio."`,
		);
		expect(await message('file:///etc/passwd')).toMatchInlineSnapshot(
			`"file:///etc/passwd: FetchFailed: Only http and https URLs are fetched, not \`file:\`. Use one, or put the file in a folder and use --transcripts DIR."`,
		);
	});
});

describe('npm run import -- DIR', () => {
	it('imports each transcript file of a folder, with its chapters, and nothing new when run again', async () => {
		// A folder with a fixed name, since the state file is named after it.
		const folder = join(tempDir('folder'), 'transcripts');
		mkdirSync(folder);
		copyFileSync(join(CORPUS, 'podnews_daily_2024-01-25.vtt'), join(folder, 'podnews_daily_2024-01-25.vtt'));
		copyFileSync(join(FIXTURE, 'chapters.json'), join(folder, 'podnews_daily_2024-01-25.chapters.json'));
		copyFileSync(join(CORPUS, 'buzzcast.srt'), join(folder, 'buzzcast.srt'));
		writeFileSync(join(folder, 'notes.md'), 'Not a transcript.\n');
		const content = tempDir('content');
		const run = async () => {
			const importer = fakeImporter(content);
			const out = buffer();
			const result = await importFolder({
				folder,
				show: 'Sampler',
				contentRoot: content,
				cwd: content,
				importEpisode: importer.importEpisode,
				out,
			});
			return { result, importer, output: tidy(out.text) };
		};

		const first = await run();
		expect(first.output).toMatchInlineSnapshot(`
			"[1/3] buzzcast: 1 question, 4 answers
			[2/3] “notes.md” (<folder>/transcripts/notes.md): skipped (not a transcript file; the importer reads .txt, .vtt, .srt, .json and .html files)
			[3/3] podnews-daily-2024-01-25: 3 questions, 4 answers
			Sampler: 2 imported, 0 unchanged, 1 skipped, 0 failed.
			Skipped:
			  “notes.md” (<folder>/transcripts/notes.md): not a transcript file; the importer reads .txt, .vtt, .srt, .json and .html files
			What was imported is remembered in feeds/folder-transcripts.json; running the command again imports only what changed.
			"
		`);
		expect(first.importer.calls.map(({ bytes, ...input }) => ({ ...input, bytes: bytes.length }))).toEqual([
			{
				bytes: statSync(join(folder, 'buzzcast.srt')).size,
				fileName: 'buzzcast.srt',
				slug: 'buzzcast',
				title: 'Buzzcast',
				titleFrom: 'file-name',
				show: 'Sampler',
			},
			expect.objectContaining({ slug: 'podnews-daily-2024-01-25', chapters: expect.any(Array) as unknown }),
		]);
		expect(first.result.exitCode).toBe(0);

		const again = await run();
		expect(again.importer.calls).toEqual([]);
		expect(again.output).toContain('[3/3] podnews-daily-2024-01-25: skipped (unchanged)');
	});
});

describe('runBatchCommand', () => {
	const command = (options: Partial<Parameters<typeof runBatchCommand>[0]>) => {
		const content = tempDir('content');
		const out = buffer();
		const err = buffer();
		return {
			out,
			err,
			run: () =>
				runBatchCommand({
					out: content,
					cwd: FIXTURE,
					importEpisode: fakeImporter(content).importEpisode,
					io: { out, err },
					...options,
				}),
		};
	};

	it('returns 2 with a usage message for --transcripts without --feed', async () => {
		const { run, err } = command({ folder: '.', transcripts: 'somewhere' });
		expect(await run()).toBe(2);
		expect(err.text).toMatchInlineSnapshot(`
			"InvalidOption: --transcripts DIR goes with --feed FEED: it says where the feed’s transcripts are.
			Run with --help to see the options.
			"
		`);
	});

	it('returns 1 and prints the error when the feed cannot be read', async () => {
		const { run, err } = command({ feed: 'missing.xml' });
		expect(await run()).toBe(1);
		expect(err.text).toMatch(/^missing\.xml: FileNotFound: /u);
	});

	it('imports under the show name given with --show instead of the feed’s title', async () => {
		const { run, out } = command({ feed: 'feed.xml', transcripts: published(), show: 'Sampler' });
		expect(await run()).toBe(1);
		expect(out.text).toContain('[3/5] sampler-3: 1 question, 4 answers');
		expect(out.text).toContain('feeds/sampler.json');
	});

	it('tells a folder argument from a file', () => {
		expect(isFolderArgument('.', FIXTURE)).toBe(true);
		expect(isFolderArgument('feed.xml', FIXTURE)).toBe(false);
		expect(isFolderArgument('missing', FIXTURE)).toBe(false);
	});
});
