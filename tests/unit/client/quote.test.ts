import { describe, expect, it } from 'vitest';
import { citation } from '../../../src/client/quote/citation.ts';
import { quoteUrl, textDirective } from '../../../src/client/quote/text-fragment.ts';

describe('textDirective', () => {
	it('joins prefix, start, end and suffix with their delimiters, encoding the delimiters inside them', () => {
		expect(textDirective({ textStart: '数据量以及' })).toBe('text=%E6%95%B0%E6%8D%AE%E9%87%8F%E4%BB%A5%E5%8F%8A');
		expect(textDirective({ prefix: 'pre-train,', textStart: 'a & b', textEnd: 'c-d', suffix: 'e' })).toBe(
			'text=pre%2Dtrain%2C-,a%20%26%20b,c%2Dd,-e',
		);
	});
});

describe('quoteUrl', () => {
	it('keeps the answer’s anchor before the directive and carries the quote as a parameter for the page’s script', () => {
		expect(
			decodeURIComponent(
				quoteUrl('https://example.org/t/ep/q/#q-ada', 'send as they are', { textStart: 'send as they are' }),
			),
		).toBe('https://example.org/t/ep/q/?quote=send+as+they+are#q-ada:~:text=send as they are');
	});

	it('still links to the answer when no fragment could be made', () => {
		expect(quoteUrl('https://example.org/ep/q/#q-ada', 'x', undefined)).toBe('https://example.org/ep/q/?quote=x#q-ada');
	});
});

describe('citation', () => {
	const facts = {
		quote: 'Use <b> & "quotes"',
		speaker: 'Ada',
		role: 'Engineer',
		episode: 'Static sites, again',
		show: 'The Changelog',
		date: '2024-05-01',
		link: 'https://example.org/static-sites/q/?quote=x#a',
	};

	it('names the quote, speaker, episode, date and link in plain text', () => {
		expect(citation(facts).text).toBe(
			'“Use <b> & "quotes"”\n— Ada, Engineer · The Changelog: Static sites, again · 2024-05-01\nhttps://example.org/static-sites/q/?quote=x#a',
		);
	});

	it('escapes everything it puts into HTML', () => {
		expect(citation(facts).html).toBe(
			'<blockquote cite="https://example.org/static-sites/q/?quote=x#a"><p>Use &#60;b&#62; &#38; &#34;quotes&#34;</p>' +
				'<footer>— Ada, Engineer · <cite><a href="https://example.org/static-sites/q/?quote=x#a">The Changelog: Static sites, again</a></cite>' +
				' · <time datetime="2024-05-01">2024-05-01</time></footer></blockquote>',
		);
	});

	it('leaves out what an episode does not have', () => {
		const { text } = citation({ ...facts, role: undefined, show: undefined, date: undefined });
		expect(text.split('\n')[1]).toBe('— Ada · Static sites, again');
	});
});
