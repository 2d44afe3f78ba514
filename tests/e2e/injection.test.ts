import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WebVTTParser } from 'webvtt-parser';
import { useChromium } from './browser.ts';
import { htmlPaths, readBuilt, readXml } from './built-site.ts';
import {
	buildHostileSite,
	census,
	digest,
	effects,
	fixtureMarkers,
	siteScripts,
	trapEffects,
	type HostileSite,
	type SiteScripts,
} from './hostile-site.ts';
import { openPage, siteUrl, type WatchedPage } from './page.ts';

/**
 * No injection: a transcript full of hostile payloads (tests/fixtures/hostile/: HTML, scripts,
 * event handlers, `javascript:` and `data:` URLs, Markdown and directive tricks, front matter
 * and template breakers, bidi and zero-width characters, a 10,000-character word), in its
 * questions, answers, speaker names, title, description, show and author, imported with the
 * real importer and built. On every page and in every file the site makes of it, no payload
 * runs, opens a dialog, adds an element or a request, and each one reads as the text it is.
 */

const browser = useChromium();
let site: HostileSite;
let ownScripts: SiteScripts;

beforeAll(async () => {
	site = await buildHostileSite();
	// The site's own scripts, from both builds of the run: the variant has audio, the default has not.
	const [plain, variant] = [siteScripts(inject('siteDir')), siteScripts(inject('variant').dir)];
	ownScripts = {
		sources: new Set([...plain.sources, ...variant.sources]),
		inline: new Set([...plain.inline, ...variant.inline]),
	};
}, 240_000);

afterAll(async () => {
	await site.close();
});

const EPISODE = '/hostile/';
/** The question that holds `<a href="javascript:…">` (P10): its id is the importer's, from its words. */
const QUESTION = '/hostile/href-1-p10-p11/';
const MARKERS = fixtureMarkers();
/** The episode's metadata as the importer wrote it, the text every page and file must show unchanged. */
const TITLE = '<script>window.__pwned_P01=1</script>标题 P01 {{7*7}} ${7*7}';
const SHOW = '</title><script>window.__pwned_P67=1</script>P67';
const SPEAKERS = ['<svg onload>Eve P05</svg>', "Ann' onmouseover='__pwned_P06=1", 'Bob" onfocus autofocus x"P07'];

interface Visit extends WatchedPage {
	/** Requests to any origin but the test server's. */
	foreign: string[];
	dialogs: string[];
}

async function visit(path: string): Promise<Visit> {
	const foreign: string[] = [];
	const dialogs: string[] = [];
	const watched = await openPage(browser(), path, {
		site: site.url,
		setup: async (context) => {
			await trapEffects(context);
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			context.on('request', (request) => {
				const url = new URL(request.url());
				if (url.origin !== new URL(site.url).origin && url.protocol !== 'data:') foreign.push(url.href);
			});
			context.on('dialog', (dialog) => {
				dialogs.push(`${dialog.type()}: ${dialog.message()}`);
				void dialog.dismiss();
			});
		},
	});
	await watched.page.waitForLoadState('load');
	return { ...watched, foreign, dialogs };
}

/** Everything on the page (or in `selector`) that the content put there on its own: empty when nothing. */
async function injected(page: Page, visited: Visit, selector = 'html'): Promise<Record<string, unknown>> {
	const { foreignElements, handlers, foreignUrls, scripts, misplaced, contentElements } = await census(page, selector);
	const strangeScripts = scripts.filter(({ src, text }) =>
		src === null ? !ownScripts.inline.has(digest(text)) : !ownScripts.sources.has(src),
	);
	const found = {
		...(await effects(page)),
		dialogs: visited.dialogs,
		requests: visited.foreign,
		foreignElements,
		handlers,
		foreignUrls,
		scripts: strangeScripts.map(({ src, text }) => src ?? text.slice(0, 80)),
		misplaced,
		contentElements,
	};
	return Object.fromEntries(Object.entries(found).filter(([, list]) => list.length > 0));
}

describe('a transcript of hostile payloads', () => {
	it('has at least 50 payloads, each with its own marker', () => {
		expect(MARKERS.length).toBeGreaterThanOrEqual(50);
	});

	it('runs nothing, opens nothing, requests nothing elsewhere and adds no element on any built page', async () => {
		const paths = htmlPaths(site.dir);
		expect(paths).toEqual(expect.arrayContaining([EPISODE, '/404.html', '/search/']));
		const found: Record<string, unknown> = {};
		for (const path of paths) {
			const visited = await visit(path);
			const problems = await injected(visited.page, visited, 'html');
			if (Object.keys(problems).length > 0) found[path] = problems;
			await visited.page.context().close();
		}
		expect(found).toEqual({});
	});

	it('shows every payload of the episode as text on its page, with its markup characters', async () => {
		const visited = await visit(EPISODE);
		const text = await visited.page.locator('body').innerText();
		const missing = MARKERS.filter((marker) => !text.includes(marker));
		expect(missing).toEqual([]);
		for (const literal of [
			'<script>',
			'<img src=x onerror=',
			'javascript:',
			':::answer{#p30',
			'---',
			// A tag right after a bare URL: GFM's autolink takes the backslash that escaped it.
			'https://evil.example/P70<script>window.__pwned_P70=1</script>',
		]) {
			expect(text).toContain(literal);
		}
		expect(await visited.page.title()).toContain(TITLE);
		expect(await visited.page.locator('h1').innerText()).toBe(TITLE);
		// The directive breakers stayed inside the answer they were said in: 3 questions, 5 answers.
		expect(await visited.page.locator('section.answer').count()).toBe(5);
		const speakers = await visited.page
			.locator('section.answer')
			.evaluateAll((answers) => answers.map((answer) => answer.getAttribute('data-speaker')));
		expect(new Set(speakers)).toEqual(new Set(SPEAKERS));
		expect(visited.problems).toEqual([]);
	});

	it('names each hostile speaker as text on their page, in its heading and title', async () => {
		const pages = htmlPaths(site.dir).filter((path) => path.startsWith('/speakers/') && path !== '/speakers/hana/');
		expect(pages).toHaveLength(SPEAKERS.length);
		const names: string[] = [];
		for (const path of pages) {
			const { page, problems } = await visit(path);
			const name = await page.locator('h1').innerText();
			names.push(name);
			expect(await page.title()).toContain(name);
			expect(problems).toEqual([]);
			await page.context().close();
		}
		expect(new Set(names)).toEqual(new Set(SPEAKERS));
	});

	it('keeps the payloads text in the title, description, preview card and structured data', async () => {
		const visited = await visit(QUESTION);
		const { page } = visited;
		const meta = await page.evaluate((): Record<string, string | null> =>
			Object.fromEntries(
				Array.from(document.querySelectorAll('meta[property], meta[name]')).map((element) => [
					element.getAttribute('property') ?? element.getAttribute('name') ?? '',
					element.getAttribute('content'),
				]),
			),
		);
		const heading = await page.locator('h1').innerText();
		expect(heading).toContain('<a href="javascript:window.__pwned_P10=1">P10</a>');
		expect(meta['og:title']).toBe(heading);
		expect(meta['twitter:title']).toBe(heading);
		expect(meta['og:image:alt']).toContain(heading);
		expect(meta['description']).toContain('<a href=');
		// The card draws the question as text into a PNG (satori, no HTML): it is there, and an image.
		expect(new URL(meta['og:image'] ?? '').pathname).toBe(`${QUESTION}card.png`);
		const card = await page.request.get(siteUrl(`${QUESTION}card.png`, site.url));
		expect(card.headers()['content-type']).toBe('image/png');

		const episode = await visit(EPISODE);
		const jsonLd = await episode.page
			.locator('script[type="application/ld+json"]')
			.evaluateAll((scripts) => scripts.map((script) => script.textContent));
		const data = jsonLd.map(
			(text) => JSON.parse(text) as { name?: string; description?: string; partOfSeries?: { name?: string } },
		);
		expect(data.map((item) => item.name)).toContain(TITLE);
		expect(data.find((item) => item.name === TITLE)?.description).toContain('<img src=x onerror=');
		expect(data.find((item) => item.name === TITLE)?.partOfSeries?.name).toBe(SHOW);
	});

	it('keeps them text in the RSS feed and the sitemap, as an XML parser reads them', async () => {
		const rss = await readXml(browser(), readBuilt(site.dir, '/rss.xml'), [
			'title',
			'description',
			'content:encoded',
			'category',
		]);
		expect(rss.error).toBeNull();
		expect(rss.elements['title']?.map((element) => element.text)).toContain(TITLE);
		expect(rss.elements['category']?.map((element) => element.text)).toEqual([SHOW]);
		const description = rss.elements['description']?.find((element) => element.text.includes('P02'))?.text ?? '';
		expect(description).toContain('<img src=x onerror=');
		// The feed's HTML content, as a feed reader parses it: paragraphs, a list and links, the payloads text.
		const [encoded] = rss.elements['content:encoded'] ?? [];
		const html = encoded?.text ?? '';
		const parsed = await browser()
			.newContext()
			.then(async (context) => {
				const page = await context.newPage();
				const tags = await page.evaluate((text) => {
					const doc = new DOMParser().parseFromString(text, 'text/html');
					return {
						tags: [
							...new Set(Array.from(doc.body.querySelectorAll('*')).map((element) => element.tagName.toLowerCase())),
						],
						text: doc.body.textContent,
					};
				}, html);
				await context.close();
				return tags;
			});
		expect(parsed.tags.sort()).toEqual(['a', 'li', 'ol', 'p']);
		expect(parsed.text).toContain('<script>window.__pwned_P04=1</script>');
		expect(parsed.text).toContain('<a href="javascript:window.__pwned_P10=1">P10</a>');

		const sitemap = await readXml(browser(), readBuilt(site.dir, '/sitemap-0.xml'), ['loc']);
		expect(sitemap.error).toBeNull();
		for (const { text } of sitemap.elements['loc'] ?? []) expect(text).toMatch(/^https:\/\/[^<>"\s]+$/u);
	});

	it('keeps them text in the transcript files', () => {
		const vtt = new WebVTTParser().parse(readBuilt(site.dir, '/hostile/transcript.vtt'));
		expect(vtt.errors).toEqual([]);
		// The parser keeps the voice's character references as written (`&lt;`); WebVTT players read them.
		const voices = vtt.cues.map((cue) =>
			cue.tree.children
				.find((node) => node.type === 'object')
				?.value.replaceAll('&lt;', '<')
				.replaceAll('&gt;', '>')
				.replaceAll('&amp;', '&'),
		);
		expect(new Set(voices)).toEqual(new Set(SPEAKERS));
		// Only voice spans and text: no payload became a class, bold or timestamp tag.
		const kinds = vtt.cues.flatMap((cue) =>
			cue.tree.children.map((node) => (node.type === 'object' ? node.name : node.type)),
		);
		expect(new Set(kinds)).toEqual(new Set(['v']));

		// SRT has no escapes: the text is written as it is (src/export/srt.ts), so what must hold is
		// its structure: one block per cue, each a number, a line of times and the speaker's text.
		const blocks = readBuilt(site.dir, '/hostile/transcript.srt').trimEnd().split('\n\n');
		expect(blocks).toHaveLength(vtt.cues.length);
		blocks.forEach((block, index) => {
			const [number, times, first] = block.split('\n');
			expect(number).toBe(String(index + 1));
			expect(times).toMatch(/^\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}$/u);
			expect(SPEAKERS.some((speaker) => first?.startsWith(`${speaker}: `))).toBe(true);
		});
		expect(blocks.join('\n')).toContain('中文<b onclick=window.__pwned_P26=1>加粗P26</b>中文');

		const podcast = JSON.parse(readBuilt(site.dir, '/hostile/transcript.json')) as {
			segments: { speaker: string; body: string }[];
		};
		expect(new Set(podcast.segments.map((segment) => segment.speaker))).toEqual(new Set(SPEAKERS));
		expect(podcast.segments.map((segment) => segment.body).join('\n')).toContain('</textarea><img src=x onerror=');
	});
});

describe('searching the hostile transcript', () => {
	it('lists the payloads as text in the dialog, with only <mark> in the excerpts', async () => {
		const visited = await visit(EPISODE);
		const { page } = visited;
		await page.keyboard.press('/');
		await page.keyboard.insertText('script');
		const options = page.getByRole('listbox', { name: '搜索结果' }).getByRole('option');
		await expect.poll(() => options.count()).toBeGreaterThan(0);
		expect(await injected(page, visited, 'search-dialog')).toEqual({});
		const excerptTags = await page
			.locator('search-dialog .search-excerpt *')
			.evaluateAll((elements) => [...new Set(elements.map((element) => element.tagName.toLowerCase()))]);
		expect(excerptTags).toEqual(['mark']);
		const text = await page.locator('search-dialog [role="listbox"]').innerText();
		expect(text).toContain('<script>');
		expect(text).toMatch(/<svg onload>Eve P05<\/svg>|Bob" onfocus autofocus x"P07|Ann' onmouseover/u);
		expect(visited.problems).toEqual([]);
	});

	it('shows a hostile query and its results as text on the search page', async () => {
		const query = '<img src=x onerror=window.__pwned_Q1=1> script';
		const visited = await visit(`/search/?q=${encodeURIComponent(query)}`);
		const { page } = visited;
		await expect.poll(() => page.locator('search-page .search-question').count()).toBeGreaterThan(0);
		expect(await injected(page, visited)).toEqual({});
		expect(await page.getByRole('searchbox').first().inputValue()).toBe(query);
		expect(await page.locator('search-page').innerText()).toContain('<script>');
		expect(visited.problems).toEqual([]);
	});

	it('filters by a hostile speaker name from the address, showing it as text', async () => {
		const [speaker = ''] = SPEAKERS;
		const visited = await visit(`/search/?q=script&speaker=${encodeURIComponent(speaker)}`);
		const { page } = visited;
		await expect.poll(() => page.locator('search-page .search-question').count()).toBeGreaterThan(0);
		expect(await injected(page, visited)).toEqual({});
		const speakers = await page.locator('search-page .search-speaker').allInnerTexts();
		expect(new Set(speakers)).toEqual(new Set([speaker]));
		expect(visited.problems).toEqual([]);
	});

	it('suggests answers on the 404 page of a hostile address, as text', async () => {
		const visited = await visit(`/hostile/<img src=x onerror=window.__pwned_N1=1> script/`);
		const { page } = visited;
		await expect.poll(() => page.locator('not-found-search .search-question').count()).toBeGreaterThan(0);
		expect(await injected(page, visited)).toEqual({});
		expect(await page.locator('not-found-search').innerText()).toContain('<img src=x onerror=window');
	});
});

describe('sharing and quoting a hostile answer', () => {
	it('copies a citation whose HTML holds the payload as text', async () => {
		const visited = await visit(EPISODE);
		const { page } = visited;
		const answer = await page.locator('section.answer').filter({ hasText: 'P18' }).getAttribute('id');
		await page.evaluate((id) => {
			const root = document.getElementById(id ?? '');
			const paragraph = Array.from(root?.querySelectorAll('p') ?? []).find((p) => p.textContent.includes('P18'));
			if (!paragraph) throw new Error('no paragraph with P18');
			const range = document.createRange();
			range.selectNodeContents(paragraph);
			getSelection()?.removeAllRanges();
			getSelection()?.addRange(range);
		}, answer);
		await page.getByRole('button', { name: '复制为引文' }).click();
		await expect.poll(() => page.locator('[data-announcer]').textContent()).toBe('已复制引文');
		const html = await page.evaluate(async () => {
			const [item] = await navigator.clipboard.read();
			return item ? (await item.getType('text/html')).text() : '';
		});
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'text/html');
			return {
				tags: [...new Set(Array.from(doc.body.querySelectorAll('*')).map((element) => element.tagName.toLowerCase()))],
				quote: doc.querySelector('blockquote p')?.textContent ?? '',
			};
		}, html);
		expect(parsed.tags.sort()).toEqual(['a', 'blockquote', 'cite', 'footer', 'p', 'time']);
		expect(parsed.quote).toContain('</script><script>window.__pwned_P18=1</script>');
		expect(await injected(page, visited)).toEqual({});
	});

	it('marks a hostile quote from a link as text', async () => {
		const quote = '<img src=x onerror=window.__pwned_Q2=1>';
		const visited = await visit(
			`${QUESTION}?quote=${encodeURIComponent(quote)}#${encodeURIComponent('"><svg onload=alert(1)>')}`,
		);
		expect(await injected(visited.page, visited)).toEqual({});
		expect(visited.page.url()).toContain(siteUrl('/', site.url));
	});
});
