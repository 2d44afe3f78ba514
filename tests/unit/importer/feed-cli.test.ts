/**
 * `npm run import -- --feed FEED` end to end, with the real importer: a show's feed and its
 * transcripts served from 127.0.0.1, imported into a content root the site could build, then
 * run again.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/importer/cli.ts';
import { readEpisodeFiles } from '../../../src/model/read-content.ts';
import { readEpisode } from '../../../src/model/read-episode.ts';

const FIXTURE = fileURLToPath(new URL('../../fixtures/feed/', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../fixtures/corpus/transcriptator/', import.meta.url));
const PUBLISHED = 'https://podcasts.example.com/sampler/';

const published = mkdtempSync(join(tmpdir(), 'feed-cli-published-'));
for (const name of ['feed.xml', 'chapters.json']) copyFileSync(join(FIXTURE, name), join(published, name));
for (const name of ['buzzcast.srt', 'podnews_daily_2024-01-25.vtt', 'how_to_start_a_podcast.json']) {
	copyFileSync(join(CORPUS, name), join(published, name));
}

let origin = '';
const server = createServer((request, response) => {
	const name = (request.url ?? '/').replace(/^\/sampler\//u, '');
	const file = join(published, name);
	if (name.includes('/') || !existsSync(file)) {
		response.writeHead(404).end('not here');
		return;
	}
	const body = readFileSync(file);
	response
		.writeHead(200)
		.end(name === 'feed.xml' ? body.toString('utf8').replaceAll(PUBLISHED, `${origin}/sampler/`) : body);
});
beforeAll(async () => {
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
	server.closeAllConnections();
	await new Promise((done) => server.close(done));
});

async function importFeed(content: string): Promise<{ code: number; out: string; err: string }> {
	let out = '';
	let err = '';
	const code = await run(['--feed', `${origin}/sampler/feed.xml`, '--out', content], content, {
		out: { write: (chunk: string) => (out += chunk) },
		err: { write: (chunk: string) => (err += chunk) },
	});
	return { code, out, err };
}

describe('npm run import -- --feed', () => {
	const content = mkdtempSync(join(tmpdir(), 'feed-cli-content-'));

	it('imports every episode with a transcript, lists the broken one, and makes content the site can read', async () => {
		const first = await importFeed(content);
		expect(first.out).toMatch(/missing/iu);
		expect(first.code).toBe(1);
		const folders = readdirSync(join(content, 'episodes')).sort();
		expect(folders).toHaveLength(3);
		const episodes = folders.map((slug) => readEpisode(slug, readEpisodeFiles(join(content, 'episodes', slug))));
		for (const episode of episodes) {
			expect(episode.show).toBe('Podcasting Sampler');
			expect(episode.audio?.startsWith(`${origin}/sampler/audio/`)).toBe(true);
			expect(episode.date).toBeDefined();
			expect(episode.questions.length).toBeGreaterThan(0);
		}
		expect(episodes.map((episode) => episode.title)).toContain('Buzzcast & transcripts');
	});

	it('imports nothing new when run again, and only the changed episode after a transcript changes', async () => {
		const again = await importFeed(content);
		expect(again.out.match(/skipped \(unchanged\)/gu)).toHaveLength(3);
		expect(again.out).toContain('0 imported, 3 unchanged');
		const path = join(published, 'podnews_daily_2024-01-25.vtt');
		writeFileSync(path, readFileSync(path, 'utf8').replace('Podcasting', 'Podcasting, again,'));
		const changed = await importFeed(content);
		expect(changed.out.match(/skipped \(unchanged\)/gu)).toHaveLength(2);
		expect(changed.out).toMatch(/podnews-daily-new-zealand: \d+ questions?, \d+ answers?/u);
		expect(changed.out).toContain('1 imported, 2 unchanged');
	});
});
