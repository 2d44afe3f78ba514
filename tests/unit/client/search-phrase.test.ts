import { describe, expect, it } from 'vitest';
import { excerptHtml, matchesOf, phrasePattern, queryWords } from '../../../src/client/search/phrase.ts';
import { answerText, rankByPhrase } from '../../../src/client/search/rank.ts';

const found = (text: string, phrase: string): string[] =>
	matchesOf(text, phrasePattern(phrase)).map(([start, end]) => text.slice(start, end));

describe('phrasePattern', () => {
	it('finds a Chinese phrase only where its characters stand together', () => {
		expect(found('高质量的数据，量很大', '数据量')).toEqual([]);
		expect(found('数据量以及它的丰富程度', '数据量')).toEqual(['数据量']);
	});

	it('matches Latin in any case, whole words only, with or without a space next to Chinese', () => {
		expect(found('Google 的 PaLM 和 palms', 'palm')).toEqual(['PaLM']);
		expect(found('买消费级 GPU 的人', '消费级GPU')).toEqual(['消费级 GPU']);
		expect(found('a decoder-only model', 'decoder only')).toEqual(['decoder-only']);
	});

	it('treats the characters of regular expressions as text', () => {
		expect(found('C++ (and C)', 'C++ (and')).toEqual(['C++ (and']);
	});
});

describe('queryWords', () => {
	it('keeps the words of two characters or more, so a lone character of the query is never marked', () => {
		expect(queryWords('数据量')).toEqual(['数据']);
		expect(queryWords('Web UI 开源')).toEqual(['Web', 'UI', '开源']);
		expect(queryWords('量')).toEqual(['量']);
	});
});

describe('excerptHtml', () => {
	it('marks the searched phrase and not words that share a character with it', () => {
		const html = excerptHtml('数据要质量特别高。我们的数据量以及它的丰富程度是非常重要的。', '数据量');
		expect(html).toContain('<mark>数据量</mark>');
		expect(html).not.toContain('<mark>质量</mark>');
		expect(html.match(/<mark>/gu)).toHaveLength(1);
	});

	it('escapes the transcript’s text, marks included', () => {
		const html = excerptHtml('<img src=x onerror=alert(1)> & <b>GPT-3</b>', 'GPT-3');
		expect(html).toBe('&#60;img src=x onerror=alert(1)&#62; &#38; &#60;b&#62;<mark>GPT-3</mark>&#60;/b&#62;');
	});

	it('starts near the first mark in a long answer and shows where it cut', () => {
		const text = `${'前面的话。'.repeat(40)}这里说到开源的意思${'后面的话。'.repeat(40)}`;
		const html = excerptHtml(text, '开源');
		expect(html.startsWith('…')).toBe(true);
		expect(html.endsWith('…')).toBe(true);
		expect(html).toContain('<mark>开源</mark>');
		expect(html.replace(/<\/?mark>|…/gu, '').length).toBeLessThanOrEqual(96);
	});

	it('marks the query’s words when the answer does not say the whole phrase, and nothing when it says none', () => {
		expect(excerptHtml('高质量的数据，量很大', '数据量')).toBe('高质量的<mark>数据</mark>，量很大');
		expect(excerptHtml('别的话题', '数据量')).toBe('别的话题');
	});
});

describe('answerText', () => {
	it('cuts the question and speaker that follow the answer in its record', () => {
		expect(answerText('数据很重要。 预训练要多少数据？ Yizhou.', '预训练要多少数据？')).toBe('数据很重要。');
		expect(answerText('只有答案', '不在这里的问题')).toBe('只有答案');
	});
});

describe('rankByPhrase', () => {
	const candidate = (
		url: string,
		answer: string,
		question = '别的问题',
	): { url: string; answer: string; question: string } => ({
		url,
		answer,
		question,
	});

	it('puts answers that say the phrase first, then those whose question does, each in the order given', () => {
		const ranked = rankByPhrase(
			[
				candidate('scattered', '高端芯片，通用计算'),
				candidate('question', '没有', '高通的工具链'),
				candidate('says-1', '高通的芯片'),
				candidate('says-2', '高通的工具链'),
			],
			'高通',
		);
		expect(ranked.map((entry) => entry.url)).toEqual(['says-1', 'says-2', 'question', 'scattered']);
	});

	it('among answers that say it, puts first the one that says it more for its length', () => {
		const ranked = rankByPhrase(
			[candidate('once', `开源一次。${'别的话。'.repeat(10)}`), candidate('often', '开源，开源，开源的意思')],
			'开源',
		);
		expect(ranked.map((entry) => entry.url)).toEqual(['often', 'once']);
	});
});
