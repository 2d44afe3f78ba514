/**
 * Issue #9, "permanence": a link that was ever published keeps working. Imports a transcript,
 * records every question URL and answer link of the content it made, re-imports an edited,
 * reordered and shortened version over it, builds the site, and follows every recorded link
 * in Chromium: each must land on the same question or answer text, or on the note that says
 * the passage has changed.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../../scripts/build-site.ts';
import { serveStatic } from '../../scripts/serve-static.ts';
import { run } from '../../src/importer/cli.ts';
import { similarity } from '../../src/importer/match.ts';
import type { Episode } from '../../src/model/episode.ts';
import { readEpisodeFiles } from '../../src/model/read-content.ts';
import { readEpisode } from '../../src/model/read-episode.ts';
import { useChromium } from './browser.ts';
import { openPage } from './page.ts';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/permanence/${name}`, import.meta.url));
const root = resolve(import.meta.dirname, '../..');
const BASE_PATH = '/archive/';
const SLUG = 'kaiyuan-1';

/** A link as published from the first import, and the text it was made for. */
interface RecordedLink {
	path: string;
	/** The question (for a question URL) or the answer's text (for an answer link). */
	text: string;
	kind: 'question' | 'answer';
}

async function importTranscript(file: string, content: string): Promise<void> {
	let errors = '';
	const code = await run([file, '--out', content, '--episode', SLUG], root, {
		out: { write: () => undefined },
		err: { write: (chunk: string) => (errors += chunk) },
	});
	expect(code, errors).toBe(0);
}

function record(episode: Episode): RecordedLink[] {
	return episode.questions.flatMap((question) => [
		{ path: `${BASE_PATH}${SLUG}/${question.id}/`, text: question.question, kind: 'question' as const },
		...question.answers.map((answer) => ({
			path: `${BASE_PATH}${SLUG}/${question.id}/#${answer.anchor}`,
			text: answer.paragraphs.join(' '),
			kind: 'answer' as const,
		})),
	]);
}

const browser = useChromium();
let links: RecordedLink[] = [];
let site: BuiltSite | undefined;
let served: { url: string; close: () => Promise<void> } | undefined;
let content = '';

beforeAll(async () => {
	mkdirSync(join(root, 'tmp'), { recursive: true });
	content = mkdtempSync(join(root, 'tmp', 'permanence-'));
	await importTranscript(fixture('before.txt'), content);
	links = record(readEpisode(SLUG, readEpisodeFiles(join(content, 'episodes', SLUG))));
	await importTranscript(fixture('after.txt'), content);
	site = await buildSite({ env: { CONTENT_DIR: content, BASE_PATH } });
	served = await serveStatic(site.dir, { prefix: BASE_PATH });
}, 180_000);

afterAll(async () => {
	await served?.close();
	site?.cleanup();
	if (content !== '') rmSync(content, { recursive: true, force: true });
});

/** What a reader sees once every redirect has run: the note, and the question or answer in front of them. */
async function landing(path: string) {
	const { page, problems } = await openPage(browser(), path, {
		site: new URL('/', served?.url ?? expect.fail('The site was not served.')).href,
	});
	const state = () =>
		page.evaluate(() => {
			const note = document.querySelector<HTMLElement>('[data-moved-note]');
			const id = decodeURIComponent(location.hash.slice(1));
			const answer = id === '' ? null : document.getElementById(id);
			const text = [...(answer?.querySelectorAll(':scope > p') ?? [])]
				.map((paragraph) => paragraph.textContent)
				.join(' ');
			return {
				note: note !== null && !note.hidden ? note.textContent.trim() : '',
				noteAboveTarget: note !== null && answer !== null && note.nextElementSibling === answer,
				question: document.querySelector('h1')?.textContent.trim() ?? '',
				settled: id === '' || answer !== null || (note !== null && !note.hidden),
				answer: text.trim(),
				search: location.search,
				inView:
					answer === null ||
					(answer.getBoundingClientRect().top < innerHeight && answer.getBoundingClientRect().bottom > 0),
			};
		});
	// Old links may take a redirect page, then a look-up of the anchor map, before they settle.
	await expect
		.poll(async () => {
			const now = await state();
			return now.question !== '' && now.settled && !now.search.includes('moved=');
		})
		.toBe(true);
	return { ...(await state()), problems, url: page.url() };
}

describe('links published before a re-import', () => {
	it('changed as the fixture says: a question and an answer gone, the rest kept', () => {
		const after = readEpisode(SLUG, readEpisodeFiles(join(content, 'episodes', SLUG)));
		expect(links.filter((link) => link.kind === 'question')).toHaveLength(6);
		expect(after.questions).toHaveLength(5);
		expect(after.questions.flatMap((question) => question.aliases)).toHaveLength(1);
		expect(after.questions.flatMap((question) => question.answers.flatMap((answer) => answer.aliases))).toHaveLength(3);
	});

	it('all land on the same question or answer text, or on the note saying it changed', async () => {
		const outcomes: string[] = [];
		let notes = 0;
		for (const link of links) {
			const seen = await landing(link.path);
			expect(seen.problems, link.path).toEqual([]);
			if (seen.note !== '') {
				notes += 1;
				expect(seen.note, link.path).toMatch(/旧版本/u);
				if (link.kind === 'answer') expect(seen.noteAboveTarget, link.path).toBe(true);
				continue;
			}
			const landed = link.kind === 'question' ? seen.question : seen.answer;
			// Edited text still reads nearly the same; another answer does not.
			if (similarity(landed, link.text) < 0.8) outcomes.push(`${link.path} → ${seen.url}: ${landed.slice(0, 30)}`);
			expect(seen.inView, link.path).toBe(true);
		}
		expect(outcomes).toEqual([]);
		// The removed question, its two answers, and Bob's removed answer.
		expect(notes).toBe(4);
	});

	it('redirects an old question URL on hosts that read _redirects, and keeps it out of the sitemap', async () => {
		const removed = links.filter((link) => link.kind === 'question')[4]?.path ?? '';
		const response = await fetch(new URL(`${BASE_PATH}_redirects`, served?.url));
		const rules = await response.text();
		expect(rules).toMatch(new RegExp(`^${removed} ${BASE_PATH}${SLUG}/[a-z0-9-]+/\\?moved=[a-z0-9-]+ 301$`, 'mu'));
		const sitemap = await (await fetch(new URL(`${BASE_PATH}sitemap-0.xml`, served?.url))).text();
		expect(sitemap).not.toContain(removed);
		expect(sitemap).toContain(`${BASE_PATH}${SLUG}/`);
	});

	it('still leads on from an old question URL without JavaScript', async () => {
		const removed = links.filter((link) => link.kind === 'question')[4]?.path ?? '';
		const { page } = await openPage(browser(), removed, {
			site: new URL('/', served?.url).href,
			javaScriptEnabled: false,
		});
		await expect.poll(() => page.url(), { timeout: 5000 }).toMatch(/\?moved=/u);
		expect(await page.locator('h1').textContent()).toBe('明年会发生什么？');
	});

	it('says so when a link’s answer was never in the episode', async () => {
		const first = links[0]?.path ?? '';
		const seen = await landing(`${first}#no-such-answer`);
		expect(seen.note).toBe('这个链接指向的回答不在本期节目里。');
		expect(seen.problems).toEqual([]);
	});
});
