import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { episodeFolders, type RenderedEpisode } from '../../../src/loaders/episode-folders.ts';
import { episodeFiles } from '../model/episode-files.ts';

interface Stored {
	data: Record<string, unknown>;
	digest?: string | number | undefined;
	filePath?: string | undefined;
}

/**
 * Just enough of Astro's loader context to run the loader outside a build: a data store
 * that survives between loads (as Astro's does between builds), and a Markdown renderer
 * that records which documents it was asked to render.
 */
function fakeContext(root: string, store: Map<string, Stored>, rendered: string[]): LoaderContext {
	const context = {
		collection: 'episodes',
		config: { root: pathToFileURL(`${root}/`), base: '/', markdown: { smartypants: false } },
		logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
		generateDigest: (data: string) => `${data.length}:${data}`,
		renderMarkdown: (content: string) => {
			rendered.push(content);
			return Promise.resolve({ html: `<p>${content.length}</p>`, metadata: {} });
		},
		store: {
			get: (id: string) => store.get(id),
			set: (entry: Stored & { id: string }) => {
				store.set(entry.id, entry);
				return true;
			},
			keys: () => [...store.keys()],
			delete: (id: string) => store.delete(id),
		},
	};
	return context as unknown as LoaderContext;
}

let root: string;
const write = (slug: string, files: { name: string; content: string }[]): void => {
	mkdirSync(join(root, 'episodes', slug), { recursive: true });
	for (const file of files) writeFileSync(join(root, 'episodes', slug, file.name), file.content);
};
const episode = (speakerRole: string, answer: string) =>
	episodeFiles({
		date: '2024-01-01',
		speakers: [{ id: 'ada', name: 'Ada', role: speakerRole }],
		questions: [
			{ id: 'one', answers: [['one-ada', 'ada', answer]] },
			{ id: 'two', answers: [['two-ada', 'ada', 'Second.']] },
		],
	});

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'loader-'));
	write('first', episode('Engineer', 'First.'));
	write('second', episode('Engineer', 'Also first.'));
});
afterEach(() => {
	rmSync(root, { recursive: true, force: true });
});

describe('the episode-folders loader', () => {
	async function load(store: Map<string, Stored>): Promise<string[]> {
		const rendered: string[] = [];
		await episodeFolders({ base: join(root, 'episodes') }).load(fakeContext(root, store, rendered));
		return rendered;
	}

	it('stores one entry per episode folder, with each question rendered', async () => {
		const store = new Map<string, Stored>();
		const rendered = await load(store);
		expect([...store.keys()].sort()).toEqual(['first', 'second']);
		// A description and two questions per episode.
		expect(rendered).toHaveLength(6);
		const first = store.get('first')?.data as unknown as RenderedEpisode;
		expect(first.questions.map((question) => [question.id, question.html])).toEqual([
			['one', expect.stringMatching(/^<p>\d+<\/p>$/u)],
			['two', expect.stringMatching(/^<p>\d+<\/p>$/u)],
		]);
		expect(store.get('first')?.filePath).toMatch(/^(\.\.\/)*.*first\/episode\.md$/u);
	});

	it('renders again only the episode whose answer was edited', async () => {
		const store = new Map<string, Stored>();
		await load(store);
		write('second', episode('Engineer', 'Also first, edited.'));
		const rendered = await load(store);
		expect(rendered).toHaveLength(3);
		expect(rendered.join('\n')).toContain('Also first, edited.');
	});

	it('renders again only the episode whose speaker registry changed', async () => {
		const store = new Map<string, Stored>();
		await load(store);
		write('first', episode('Researcher', 'First.'));
		const rendered = await load(store);
		expect(rendered).toHaveLength(3);
		expect(rendered.filter((document) => document.includes('Researcher'))).toHaveLength(2);
	});

	it('renders nothing when nothing changed, and forgets a folder that was removed', async () => {
		const store = new Map<string, Stored>();
		await load(store);
		rmSync(join(root, 'episodes', 'second'), { recursive: true });
		expect(await load(store)).toEqual([]);
		expect([...store.keys()]).toEqual(['first']);
	});

	it('refuses a folder named like one of the site’s own URLs', async () => {
		write('search', episode('Engineer', 'Hi.'));
		const rendered: string[] = [];
		const loader = episodeFolders({
			base: join(root, 'episodes'),
			refuseSlug: (slug) => (slug === 'search' ? 'the folder takes `/search/`.' : undefined),
		});
		await expect(loader.load(fakeContext(root, new Map(), rendered))).rejects.toMatchObject({
			name: 'ReservedEpisodeSlugError',
		});
	});
});
