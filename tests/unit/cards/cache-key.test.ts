import { describe, expect, it } from 'vitest';
import { cardCacheKey } from '../../../src/cards/cache-key.ts';
import { cardContent, type CardContent } from '../../../src/cards/content.ts';

const episode = {
	title: '【播客】onboard26. ChatGPT与生成式AI的技术演进与商业未来',
	show: 'Onboard!',
	lang: 'zh-CN',
	speakers: [
		{ id: 'xuezhi', name: 'Xuezhi', role: 'Google Brain 研究员' },
		{ id: 'yiwen', name: 'Yiwen' },
		{ id: 'yizhou', name: 'Yizhou' },
	],
};
const answer = (speakerId: string, text: string) => ({
	anchor: `train-${speakerId}`,
	speakerId,
	paragraphs: [text],
	paragraphStarts: [undefined],
	aliases: [],
	line: 5,
});
const question = {
	question: '如果以后每一个领域你要去train，成本是不是越来越低了？',
	answers: [
		answer('yiwen', '最后我们就问自己是模型厉害还是数据厉害'),
		answer('yizhou', '对于我们来说'),
		answer('yiwen', '补充一点'),
	],
};
const card = cardContent(episode, question, '播客文字稿');
const key = cardCacheKey(card, 'layout 1');

describe('cardContent', () => {
	it('names the speakers who answer from the episode’s registry, each once, in the order they first answer', () => {
		expect(card).toEqual({
			question: question.question,
			speakers: ['Yiwen', 'Yizhou'],
			episodeTitle: episode.title,
			show: 'Onboard!',
			siteTitle: '播客文字稿',
			lang: 'zh-CN',
		});
	});
});

describe('cardCacheKey', () => {
	it('is the same for the same card, however its object was built', () => {
		const reordered = Object.fromEntries(Object.entries(card).reverse()) as unknown as CardContent;
		expect(cardCacheKey(reordered, 'layout 1')).toBe(key);
		expect(key).toMatch(/^[0-9a-f]{32}$/u);
	});

	it('does not change when an answer’s text or a speaker’s role changes, which the card does not show', () => {
		const edited = {
			...question,
			answers: [answer('yiwen', '已校对的回答'), answer('yizhou', '对于我们来说，第一阶段')],
		};
		const roles = { ...episode, speakers: episode.speakers.map((speaker) => ({ ...speaker, role: '新的角色' })) };
		expect(cardCacheKey(cardContent(roles, edited, '播客文字稿'), 'layout 1')).toBe(key);
	});

	it('changes when the question is reworded', () => {
		const reworded = { ...question, question: '如果以后每一个领域你要去train，成本会越来越低吗？' };
		expect(cardCacheKey(cardContent(episode, reworded, '播客文字稿'), 'layout 1')).not.toBe(key);
	});

	it('changes when a speaker is renamed or another speaker answers', () => {
		const renamed = {
			...episode,
			speakers: episode.speakers.map((speaker) =>
				speaker.id === 'yizhou' ? { ...speaker, name: 'Yizhou Z.' } : speaker,
			),
		};
		const another = { ...question, answers: [...question.answers, answer('xuezhi', '我同意')] };
		expect(cardCacheKey(cardContent(renamed, question, '播客文字稿'), 'layout 1')).not.toBe(key);
		expect(cardCacheKey(cardContent(episode, another, '播客文字稿'), 'layout 1')).not.toBe(key);
	});

	it('changes when the episode, the show or the renderer changes', () => {
		expect(cardCacheKey({ ...card, episodeTitle: 'EP27' }, 'layout 1')).not.toBe(key);
		expect(cardCacheKey({ ...card, show: undefined }, 'layout 1')).not.toBe(key);
		expect(cardCacheKey(card, 'layout 2')).not.toBe(key);
	});
});
