import { describe, expect, it } from 'vitest';
import { answerDocument } from '../../../src/integrations/search-document.ts';
import { answerRecords, conversationOrder } from '../../../src/integrations/search-records.ts';
import { indexLanguage } from '../../../src/integrations/pagefind.ts';

const page = `<!doctype html><html lang="zh-CN"><body><header>站点 <input></header><main>
<article data-question-page data-episode-id="ep" data-episode-title="第一期 <测试>" data-episode-date="2024-01-02" data-question-order="2" data-show="Onboard!">
<header><p><a href="/ep/">第一期</a> · 第 2 / 9 个问题</p><h1>为什么？</h1></header>
<div class="prose">
<section class="answer" id="why-ada" data-speaker="Ada"><header class="answer-header"><strong class="answer-speaker"><a href="/speakers/ada/">Ada</a></strong> <span class="answer-role">研究员</span> <time>1:02</time> <a class="answer-permalink" href="#why-ada">#</a></header><p>因为 <em>数据</em> 很重要。</p><p>第二段 &amp; more.</p></section>
<section class="answer" id="why-bob" data-speaker="Bob"><header class="answer-header"><strong class="answer-speaker">Bob</strong></header><p>同意。</p></section>
</div></article><nav>上一个问题</nav></main></body></html>`;

describe('answerRecords', () => {
	const records = answerRecords(page, '/ep/why/');

	it('makes one record per answer, with the text readers see and without the header labels', () => {
		expect(records).toEqual([
			{
				url: '/ep/why/#why-ada',
				lang: 'zh-CN',
				question: '为什么？',
				speaker: 'Ada',
				role: '研究员',
				episode: '第一期 <测试>',
				episodeId: 'ep',
				date: '2024-01-02',
				questionOrder: 2,
				answerIndex: 0,
				show: 'Onboard!',
				paragraphs: ['因为 数据 很重要。', '第二段 & more.'],
			},
			expect.objectContaining({ url: '/ep/why/#why-bob', speaker: 'Bob', answerIndex: 1, paragraphs: ['同意。'] }),
		]);
	});

	it('ignores pages that are not question pages', () => {
		expect(
			answerRecords('<html><body><section class="answer" id="x" data-speaker="A">Hi</section></body></html>', '/'),
		).toEqual([]);
	});

	it('orders answers newest episode first, then as the conversation went', () => {
		const older = records.map((record) => ({ ...record, episodeId: 'old', date: '2020-01-01' }));
		expect(
			conversationOrder([...older, ...records].reverse()).map((record) => `${record.episodeId}${record.url}`),
		).toEqual(['ep/ep/why/#why-ada', 'ep/ep/why/#why-bob', 'old/ep/why/#why-ada', 'old/ep/why/#why-bob']);
	});
});

describe('answerDocument', () => {
	it('escapes transcript text and carries language, meta, filters and sort position', () => {
		const [record] = answerRecords(page, '/ep/why/');
		const html = answerDocument(record ?? expect.fail('no record'), 7);
		expect(html).toContain('<html lang="zh-CN">');
		expect(html).toContain('data-pagefind-sort="position:000007"');
		expect(html).toContain('<p data-pagefind-meta="speaker" data-pagefind-filter="speaker">Ada</p>');
		expect(html).toContain('data-pagefind-filter="episode">第一期 &#x3C;测试></span>');
		expect(html).toContain('<span data-pagefind-meta="show" data-pagefind-filter="show">Onboard!</span>');
		expect(html).toContain('<p>第二段 &#x26; more.</p>');
	});
});

describe('indexLanguage', () => {
	it('keeps a single language, and lets a CJK language win when languages mix', () => {
		expect(indexLanguage(['zh-CN', 'zh-CN'])).toBe('zh-cn');
		expect(indexLanguage(['en', 'en'])).toBe('en');
		expect(indexLanguage(['en', 'zh-CN', 'en'])).toBe('zh-cn');
	});
});
