import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import { serveStatic } from './serve-static.ts';
import { writeAnswerIndex } from '../src/integrations/pagefind.ts';
import type { AnswerRecord } from '../src/search/records.ts';

const root = resolve(import.meta.dirname, '..');

/**
 * A page with nothing but the site's search engine (src/client/search/engine.ts, bundled by
 * esbuild as Vite bundles it for the site) over a Pagefind index of `records`, written by the
 * build's own indexing step (src/integrations/pagefind.ts `writeAnswerIndex`). For measuring
 * ranking on generated archives without building their pages: an Astro build of 1,000
 * answers takes half a minute, most of it pages and preview cards the search never reads.
 * In the page, `window.searchEngine` is the engine. Call `close` to stop serving and delete it.
 */
export async function serveSearchIndex(
	records: readonly AnswerRecord[],
): Promise<{ url: string; close: () => Promise<void> }> {
	const dir = await mkdtemp(join(tmpdir(), 'search-index-'));
	try {
		try {
			await writeAnswerIndex(records, join(dir, 'pagefind'));
		} finally {
			await pagefind.close();
		}
		await build({
			stdin: {
				contents: [
					`import { SearchEngine } from './src/client/search/engine.ts';`,
					`window.searchEngine = new SearchEngine({ bundleUrl: '/pagefind/', baseUrl: '/' });`,
				].join('\n'),
				resolveDir: root,
				sourcefile: 'search-index-page.ts',
				loader: 'ts',
			},
			bundle: true,
			splitting: true,
			format: 'esm',
			outdir: dir,
			entryNames: 'engine',
			// Pagefind's bundle is fetched at run time, as on the site.
			external: ['/pagefind/*'],
			logLevel: 'error',
		});
		await writeFile(
			join(dir, 'index.html'),
			'<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>Search</title><script type="module" src="/engine.js"></script></html>',
		);
		const server = await serveStatic(dir);
		return {
			url: server.url,
			close: async () => {
				await server.close();
				await rm(dir, { recursive: true, force: true });
			},
		};
	} catch (error) {
		await rm(dir, { recursive: true, force: true });
		throw error;
	}
}
