import { describe, expect, it } from 'vitest';
import type { CardContent } from '../../../src/cards/content.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardElement, type CardElement } from '../../../src/cards/layout.ts';

const train: CardContent = {
	question:
		'如果以后每一个领域你要去train，都只需要非常少的数据。是不是以后要去做一个非常具体场景的模型，其实它的成本其实是越来越低了？',
	speakers: ['Yiwen', 'Yizhou'],
	episodeTitle: '【播客】onboard26. ChatGPT与生成式AI的技术演进与商业未来',
	show: 'Onboard!',
	siteTitle: '播客文字稿',
	lang: 'zh-CN',
};

const english: CardContent = {
	question: 'Why are static sites back?',
	speakers: ['Jerod Santo', 'Nick Nisi'],
	episodeTitle: 'The Changelog 612',
	siteTitle: 'Podcast transcripts',
	lang: 'en',
};

/** Every text drawn on the card, in order. */
function texts(element: CardElement): string[] {
	const { children } = element.props;
	if (typeof children === 'string') return [children];
	return (children ?? []).flatMap((child) => texts(child));
}

/** The style of the element that draws `text`. */
function styleOf(element: CardElement, text: string): CardElement['props']['style'] | undefined {
	const { children } = element.props;
	if (children === text) return element.props.style;
	if (typeof children === 'string') return undefined;
	for (const child of children ?? []) {
		const found = styleOf(child, text);
		if (found) return found;
	}
	return undefined;
}

describe('cardElement', () => {
	it('is a 1200×630 card in the episode’s language that keeps its padding inside', () => {
		const { props } = cardElement(train);
		expect(props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT, boxSizing: 'border-box' });
		expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
		expect(props.lang).toBe('zh-CN');
	});

	it('shows the show, the episode, the question, the speakers in Chinese list style and the site', () => {
		expect(texts(cardElement(train))).toEqual([
			'Onboard!',
			'【播客】onboard26. ChatGPT与生成式AI的技术演进与商业未来',
			train.question,
			'Yiwen、Yizhou',
			'播客文字稿',
		]);
	});

	it('lists English speakers with commas and leaves the show out when the episode has none', () => {
		expect(texts(cardElement(english))).toEqual([
			'The Changelog 612',
			'Why are static sites back?',
			'Jerod Santo, Nick Nisi',
			'Podcast transcripts',
		]);
	});

	it('draws a short question larger than a long one', () => {
		const short = styleOf(cardElement(english), english.question)?.['fontSize'];
		const long = styleOf(cardElement(train), train.question)?.['fontSize'];
		expect(short).toBe(72);
		expect(long).toBeLessThan(72);
	});

	it('shortens a question too long for the card and an episode title too long for its line', () => {
		const card = cardElement({
			...train,
			question: train.question.repeat(4),
			episodeTitle: train.episodeTitle.repeat(3),
		});
		const [, episode = '', question = ''] = texts(card);
		expect(question.endsWith('…')).toBe(true);
		expect(question.length).toBeLessThan(train.question.length * 2);
		expect(episode.endsWith('…')).toBe(true);
	});
});
