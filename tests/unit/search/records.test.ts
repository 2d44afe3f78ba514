import { describe, expect, it } from 'vitest';
import { indexLanguage } from '../../../src/integrations/pagefind.ts';
import { readEpisode } from '../../../src/model/read-episode.ts';
import { answerDocument } from '../../../src/search/answer-document.ts';
import { answerRecords, conversationOrder, parseRecords } from '../../../src/search/records.ts';
import { episodeFiles } from '../model/episode-files.ts';

const episode = {
	...readEpisode(
		'content/episodes/ep',
		episodeFiles({
			title: '第一期 <测试>',
			date: '2024-01-02',
			speakers: [
				{ id: 'ada', name: 'Ada', role: '研究员' },
				{ id: 'bob', name: 'Bob' },
			],
			questions: [
				{ id: 'first', answers: [['first-bob', 'bob', '先说。']] },
				{
					id: 'why',
					question: '为什么？',
					answers: [
						['why-ada', 'ada', '因为 *数据* 很重要。\n\n第二段 &amp; more.'],
						['why-bob', 'bob', '同意。'],
					],
				},
			],
		}),
	),
	lang: 'zh-CN',
	show: 'Onboard!',
};

describe('answerRecords', () => {
	const records = answerRecords([episode]);

	it('makes one record per answer from the content model, with the text readers see', () => {
		expect(records[1]).toEqual({
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
		});
		expect(records.map(({ url, speaker, answerIndex }) => [url, speaker, answerIndex])).toEqual([
			['/ep/first/#first-bob', 'Bob', 0],
			['/ep/why/#why-ada', 'Ada', 0],
			['/ep/why/#why-bob', 'Bob', 1],
		]);
	});

	it('lists undated episodes after dated ones, with an empty date', () => {
		const undated = { ...episode, slug: 'undated', date: undefined };
		expect(answerRecords([undated, episode]).map(({ episodeId, date }) => `${episodeId}:${date}`)).toEqual([
			'ep:2024-01-02',
			'ep:2024-01-02',
			'ep:2024-01-02',
			'undated:',
			'undated:',
			'undated:',
		]);
	});

	it('reads back the records the build wrote, and refuses anything else', () => {
		expect(parseRecords(JSON.stringify(records))).toEqual(records);
		expect(() => parseRecords('{"url": "/"}')).toThrow('not a list of records');
	});

	it('orders answers newest episode first, then as the conversation went', () => {
		const older = records.map((record) => ({ ...record, episodeId: 'old', date: '2020-01-01' }));
		expect(
			conversationOrder([...older, ...records].reverse()).map((record) => `${record.episodeId}${record.url}`),
		).toEqual([
			'ep/ep/first/#first-bob',
			'ep/ep/why/#why-ada',
			'ep/ep/why/#why-bob',
			'old/ep/first/#first-bob',
			'old/ep/why/#why-ada',
			'old/ep/why/#why-bob',
		]);
	});
});

describe('answerDocument', () => {
	it('escapes transcript text and carries language, meta, filters and sort position', () => {
		const record = answerRecords([episode])[1];
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
