import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './browser.ts';
import { readBuilt, readBuiltPages, readXml, type BuiltPage } from './built-site.ts';
import { brokenLinks, readSite } from './link-check.ts';
import { openPage, siteUrl } from './page.ts';

/**
 * What the default build (EP26 at `/`, site https://transcripts.example.org, no edit URL)
 * tells search engines, feed readers and people arriving from elsewhere. Most checks read the
 * built files; the browser is used for what a reader does, and to check the XML is well-formed.
 */
const site = 'https://transcripts.example.org';
const siteDir = inject('siteDir');
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const lengthOf = (text: string): number => [...graphemes.segment(text)].length;

const browser = useChromium();
const pages = readBuiltPages(siteDir);
const page = (path: string): BuiltPage => {
	const found = pages.find((candidate) => candidate.path === path);
	if (!found) throw new Error(`No built page at ${path}; built: ${pages.map((p) => p.path).join(', ')}`);
	return found;
};
const indexable = (): BuiltPage[] => pages.filter((candidate) => candidate.robots !== 'noindex');

describe('page metadata', () => {
	it('gives every page a title of its own', () => {
		const titles = pages.map((candidate) => candidate.title);
		expect(titles.every((title) => title.trim() !== '')).toBe(true);
		expect(titles.filter((title, index) => titles.indexOf(title) !== index)).toEqual([]);
		expect(page('/onboard-26/stable-diffusion/').title).toBe('Stable Diffusion到底是什么？ | 播客文字稿');
	});

	it('gives every page a meta description of at most 150 characters', () => {
		for (const candidate of pages) {
			expect(candidate.description, candidate.path).toBeTruthy();
			expect(lengthOf(candidate.description ?? ''), candidate.path).toBeLessThanOrEqual(150);
		}
	});

	it('describes a question page by its question and the start of its first answer', () => {
		const description = page('/onboard-26/train/').description ?? '';
		expect(description).toMatch(
			/^如果以后每一个领域你要去train，.*越来越低了？ 最后我们就问自己是模型厉害还是数据厉害/u,
		);
		expect(description.endsWith('…')).toBe(true);
	});

	it('gives every indexable page its canonical URL on the configured site, and marks search and 404 noindex', () => {
		for (const candidate of indexable()) expect(candidate.canonical, candidate.path).toBe(`${site}${candidate.path}`);
		for (const path of ['/404.html', '/search/']) {
			expect(page(path).robots).toBe('noindex');
			expect(page(path).canonical).toBeNull();
		}
	});

	it('links every page to the RSS feed', () => {
		for (const candidate of pages) expect(candidate.feeds, candidate.path).toEqual(['/rss.xml']);
	});

	it('leads every internal link and resource to a built page, file or anchor', () => {
		const address = { site, base: '/' };
		expect(brokenLinks(readSite(siteDir, address), address)).toEqual([]);
	});
});

describe('the search index', () => {
	it('is built from the answer records, which the indexer takes out of the published site', () => {
		expect(existsSync(join(siteDir, 'pagefind', 'pagefind.js'))).toBe(true);
		expect(existsSync(join(siteDir, 'pagefind-records.json'))).toBe(false);
	});
});

describe('sitemap, feed and robots.txt', () => {
	it('lists every indexable page in the sitemap, and no other', async () => {
		const index = await readXml(browser(), readBuilt(siteDir, '/sitemap-index.xml'), ['loc']);
		expect(index.error).toBeNull();
		const locs: string[] = [];
		for (const { text } of index.elements['loc'] ?? []) {
			expect(text.startsWith(`${site}/`)).toBe(true);
			const sitemap = await readXml(browser(), readBuilt(siteDir, new URL(text).pathname), ['loc']);
			expect(sitemap.error).toBeNull();
			locs.push(...(sitemap.elements['loc'] ?? []).map((loc) => loc.text));
		}
		expect(locs.sort()).toEqual(indexable().map((candidate) => `${site}${candidate.path}`));
		expect(locs).toContain(`${site}/speakers/yizhou/`);
	});

	it('publishes a well-formed RSS feed of episodes that lists EP26 with its date and link', async () => {
		const feed = await readXml(browser(), readBuilt(siteDir, '/rss.xml'), [
			'rss',
			'channel',
			'item',
			'title',
			'link',
			'pubDate',
			'language',
			'atom:link',
		]);
		expect(feed.error).toBeNull();
		expect(feed.elements['rss']?.[0]?.attributes['version']).toBe('2.0');
		expect(feed.elements['language']?.[0]?.text).toBe('zh-CN');
		expect(feed.elements['atom:link']?.[0]?.attributes).toMatchObject({ href: `${site}/rss.xml`, rel: 'self' });
		expect(feed.elements['item']).toHaveLength(1);
		const titles = (feed.elements['title'] ?? []).map((title) => title.text);
		expect(titles).toContain('【播客】onboard26. ChatGPT与生成式AI的技术演进与商业未来');
		expect((feed.elements['link'] ?? []).map((link) => link.text)).toContain(`${site}/onboard-26/`);
		expect(new Date(feed.elements['pubDate']?.[0]?.text ?? '').toISOString().slice(0, 10)).toBe('2023-02-26');
	});

	it('names the sitemap in robots.txt', () => {
		const robots = readBuilt(siteDir, '/robots.txt');
		expect(robots).toContain('User-agent: *');
		expect(robots).toContain(`Sitemap: ${site}/sitemap-index.xml`);
		expect(existsSync(join(siteDir, 'sitemap-index.xml'))).toBe(true);
	});
});

describe('structured data', () => {
	it('describes the episode page as a PodcastEpisode in JSON-LD', () => {
		const scripts = page('/onboard-26/').jsonLd;
		expect(scripts).toHaveLength(1);
		const data: unknown = JSON.parse(scripts[0] ?? '');
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'PodcastEpisode',
			name: '【播客】onboard26. ChatGPT与生成式AI的技术演进与商业未来',
			datePublished: '2023-02-26',
			url: `${site}/onboard-26/`,
			inLanguage: 'zh-CN',
			partOfSeries: { '@type': 'PodcastSeries', name: 'Onboard!' },
		});
		expect((data as { description: string }).description).toMatch(/^最近AIGC尤其是chatGPT的信息有些过载了/u);
		// One show: no show pages, so the series has no URL to point to.
		expect(data).not.toHaveProperty('partOfSeries.url');
	});
});

describe('speaker pages', () => {
	const yizhou = [
		'train-yizhou',
		'stable-diffusion-yizhou',
		'ai-business-model-yizhou',
		'tupian-shengcheng-kuai-haiyou-yizhou',
	];

	it('lists all four of Yizhou’s answers, each linked to the answer on its question page', () => {
		const answerLinks = page('/speakers/yizhou/').links.filter((href) => /^\/onboard-26\/[^#]+#/u.test(href));
		expect(answerLinks.map((href) => href.split('#')[1]).sort()).toEqual([...yizhou].sort());
		for (const href of answerLinks) {
			const [path = '', anchor = ''] = href.split('#');
			expect(readBuilt(siteDir, path)).toMatch(new RegExp(`id="${anchor}"[^>]*data-speaker="Yizhou"`, 'u'));
		}
		expect(page('/speakers/yizhou/').html).toContain('Stability AI 产品经理');
	});

	it('links speaker names above answers and in the episode’s speaker list to the speaker’s page', () => {
		expect(page('/onboard-26/train/').html).toContain(
			'<strong class="answer-speaker"><a href="/speakers/yizhou/">Yizhou</a></strong>',
		);
		expect(page('/onboard-26/').links.filter((href) => href === '/speakers/yizhou/').length).toBeGreaterThan(1);
	});

	it('takes a reader from a speaker’s page to the answer', async () => {
		const { page: tab, problems } = await openPage(browser(), '/speakers/yizhou/');
		await tab.locator('a[href$="#train-yizhou"]').click();
		await tab.waitForURL(siteUrl('/onboard-26/train/#train-yizhou'));
		const answer = tab.locator('#train-yizhou');
		await expect
			.poll(() => answer.evaluate((element) => Math.round(element.getBoundingClientRect().top)))
			.toBeLessThan(100);
		expect(problems).toEqual([]);
	});
});

describe('the 404 page', () => {
	it('offers a search form and the way home, which work without JavaScript', async () => {
		const { page: tab, problems } = await openPage(browser(), '/no-such-episode/', { javaScriptEnabled: false });
		expect(await tab.locator('h1').textContent()).toBe('找不到这个页面');
		expect(await tab.getByRole('link', { name: '查看全部节目' }).getAttribute('href')).toBe('/');
		await tab.getByRole('searchbox', { name: '也可以搜索文字稿：' }).fill('数据量');
		await tab.getByRole('button', { name: '搜索' }).click();
		await tab.waitForURL(siteUrl(`/search/?q=${encodeURIComponent('数据量')}`));
		expect(await tab.locator('h1').textContent()).toBe('搜索');
		// The one 404 is the missing page itself; its styles and the search page loaded.
		expect(problems).toEqual([
			'console error: Failed to load resource: the server responded with a status of 404 (Not Found)',
		]);
	});
});

describe('the edit link', () => {
	it('is not shown when no repository edit URL is configured', () => {
		expect(pages.filter((candidate) => candidate.html.includes('data-edit-link')).map((p) => p.path)).toEqual([]);
		expect(readFileSync(join(siteDir, 'onboard-26/train/index.html'), 'utf8')).not.toContain('提出修改建议');
	});
});
