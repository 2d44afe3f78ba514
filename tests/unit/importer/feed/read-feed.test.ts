import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../src/importer/errors.ts';
import { chooseTranscript, feedDate, readFeed, type FeedItem } from '../../../../src/importer/feed/read-feed.ts';

const FEED = readFileSync(new URL('../../../fixtures/feed/feed.xml', import.meta.url), 'utf8');

const rss = (items: string, namespaces = 'xmlns:podcast="https://podcastindex.org/namespace/1.0"'): string =>
	`<?xml version="1.0"?>\n<rss version="2.0" ${namespaces}><channel><title>Show</title>\n${items}\n</channel></rss>`;

function failure(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		if (error instanceof ImportError) return error.format();
		throw error;
	}
	throw new Error('expected an ImportError');
}

describe('readFeed', () => {
	it('reads the show, its language and each item with a transcript, in feed order', () => {
		const feed = readFeed(FEED, 'feed.xml');
		expect(feed.show).toBe('Podcasting Sampler');
		expect(feed.lang).toBe('en-US');
		expect(feed.items.map((item) => item.title)).toEqual([
			'Episode 4: The missing transcript',
			'Podnews Daily & the New Zealand <Summit>',
			'Buzzcast & transcripts',
			'How to Start a Podcast – the basics',
		]);
		expect(feed.items[1]).toEqual({
			guid: 'podnews-2024-01-25',
			title: 'Podnews Daily & the New Zealand <Summit>',
			date: '2024-01-25',
			audio: 'https://podcasts.example.com/sampler/audio/podnews.mp3',
			link: 'https://podnews.net/podcast/2024-01-25',
			transcripts: [
				{
					url: 'https://podcasts.example.com/sampler/podnews_daily_2024-01-25.vtt',
					type: 'text/vtt',
					language: 'en',
					rel: 'captions',
				},
			],
			chapters: { url: 'https://podcasts.example.com/sampler/chapters.json', type: 'application/json+chapters' },
			line: 15,
		});
	});

	it('lists an item without a transcript as skipped, with the reason and its line', () => {
		expect(readFeed(FEED, 'feed.xml').skipped).toEqual([
			{ title: 'Trailer', line: 40, reason: 'no `<podcast:transcript>` in the item' },
		]);
	});

	it('takes the episode number from itunes:episode or podcast:episode', () => {
		const [, , buzzcast, howTo] = readFeed(FEED, 'feed.xml').items;
		expect(buzzcast?.episode).toBe(3);
		expect(howTo?.episode).toBe(1);
	});

	it('falls back to the enclosure URL, then the link, when an item has no guid', () => {
		const feed = readFeed(
			rss(`<item><title>A</title><enclosure url="https://e.example/a.mp3"/><podcast:transcript url="https://e.example/a.vtt" type="text/vtt"/></item>
<item><title>B</title><link>https://e.example/b</link><podcast:transcript url="https://e.example/b.vtt" type="text/vtt"/></item>
<item><title>C</title><podcast:transcript url="https://e.example/c.vtt" type="text/vtt"/></item>`),
			'feed.xml',
		);
		expect(feed.items.map((item) => item.guid)).toEqual(['https://e.example/a.mp3', 'https://e.example/b']);
		expect(feed.skipped).toEqual([
			{
				title: 'C',
				line: 5,
				reason:
					'no `<guid>`, enclosure or link to recognise the episode by on the next run; add a `<guid>` to the item',
			},
		]);
	});

	it('finds the Podcasting 2.0 tags under whatever prefix the feed declares', () => {
		const feed = readFeed(
			rss(
				'<item><guid>1</guid><title>A</title><pc:transcript url="https://e.example/a.srt" type="application/srt"/></item>',
				'xmlns:pc="https://podcastindex.org/namespace/1.0"',
			),
			'feed.xml',
		);
		expect(feed.items[0]?.transcripts).toEqual([{ url: 'https://e.example/a.srt', type: 'application/srt' }]);
	});

	it('keeps a guid that looks like a number as written', () => {
		const feed = readFeed(
			rss('<item><guid>0123</guid><title>A</title><podcast:transcript url="a.vtt" type="text/vtt"/></item>'),
			'feed.xml',
		);
		expect(feed.items[0]?.guid).toBe('0123');
	});

	it('refuses an Atom feed, a web page, a JSON file and broken XML, saying what they are', () => {
		expect(
			failure(() => readFeed('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', 'atom.xml')),
		).toMatchInlineSnapshot(
			`"atom.xml: InvalidFeed: This is an Atom feed, not RSS. Podcast transcripts (\`<podcast:transcript>\`) are published in RSS feeds; pass the show’s RSS feed (the one podcast apps subscribe to). Nothing was written."`,
		);
		expect(
			failure(() => readFeed('<!DOCTYPE html><html><body><p>Hi</p></body></html>', 'https://example.com/')),
		).toMatchInlineSnapshot(
			`"https://example.com/: InvalidFeed: This is a web page, not a podcast feed. Pass the address of the show’s RSS feed (podcast apps and directories list it; it often ends in \`.xml\`, \`.rss\` or \`/feed\`). Nothing was written."`,
		);
		expect(failure(() => readFeed('{"items": []}', 'feed.json'))).toMatchInlineSnapshot(
			`"feed.json: InvalidFeed: The file is not XML, so not an RSS feed. Pass the show’s RSS feed (a URL or a downloaded \`.xml\` file). Nothing was written."`,
		);
		expect(failure(() => readFeed(FEED.slice(0, 1500), 'feed.xml'))).toMatchInlineSnapshot(
			`"feed.xml:25: InvalidFeed: The feed ends before \`<title>\`, \`<item>\`, \`<channel>\`, \`<rss>\` are closed: it was cut short. Nothing was written. Download it again; if it is cut short again, tell the show, whose podcast apps see the same."`,
		);
		expect(
			failure(() => readFeed('<rss><channel><title>A & B</title></channel></rss>', 'feed.xml')),
		).toMatchInlineSnapshot(
			`"feed.xml:1: InvalidFeed: The feed has an \`&\` that is not written as \`&amp;\` (column 24), which makes it not well-formed XML. Nothing was written. Tell the show; if the feed is a file of yours, write the \`&\` as \`&amp;\`."`,
		);
		expect(failure(() => readFeed('<rss><channel><item/></channel></rss>', 'feed.xml'))).toMatchInlineSnapshot(
			`"feed.xml: InvalidFeed: The feed’s \`<channel>\` has no \`<title>\`, the show’s name, which names the episodes’ show and the file that remembers what was imported. Add a \`<title>\` to the channel. Nothing was written."`,
		);
	});
});

describe('feedDate', () => {
	it('reads an RFC 822 date as written, not converted to UTC', () => {
		expect(feedDate('Thu, 25 Jan 2024 22:00:00 -0800')).toBe('2024-01-25');
		expect(feedDate('5 Mar 24 10:00 GMT')).toBe('2024-03-05');
		expect(feedDate('Tue, 01 October 2024 10:00:00 EST')).toBe('2024-10-01');
	});

	it('reads ISO dates and leaves anything else undated', () => {
		expect(feedDate('2024-01-25T10:00:00Z')).toBe('2024-01-25');
		expect(feedDate('31 Feb 2024')).toBeUndefined();
		expect(feedDate('yesterday')).toBeUndefined();
	});
});

describe('chooseTranscript', () => {
	const item = (transcripts: FeedItem['transcripts']): FeedItem => ({ guid: 'g', title: 't', transcripts, line: 1 });

	it('prefers WebVTT, then JSON, then SRT, then HTML, then plain text', () => {
		const types = ['text/plain', 'text/html', 'application/x-subrip', 'application/json', 'text/vtt'];
		const all = types.map((type) => ({ url: `https://e.example/${type}`, type }));
		expect(chooseTranscript(item(all))?.type).toBe('text/vtt');
		expect(chooseTranscript(item(all.slice(0, 4)))?.type).toBe('application/json');
		expect(chooseTranscript(item(all.slice(0, 2)))?.type).toBe('text/html');
	});

	it('takes closed captions only when nothing as good is there', () => {
		const captions = { url: 'https://e.example/c.vtt', type: 'text/vtt', rel: 'captions' };
		const transcript = { url: 'https://e.example/t.vtt', type: 'text/vtt' };
		expect(chooseTranscript(item([captions, transcript]))).toBe(transcript);
		expect(chooseTranscript(item([captions, { url: 'https://e.example/t.html', type: 'text/html' }]))).toBe(captions);
	});

	it('prefers a transcript in the feed’s language', () => {
		const spanish = { url: 'https://e.example/es.vtt', type: 'text/vtt', language: 'es' };
		const english = { url: 'https://e.example/en.srt', type: 'application/srt', language: 'en' };
		expect(chooseTranscript(item([spanish, english]), 'en-US')).toBe(english);
	});

	it('goes by the file extension when the type is missing or unknown, and finds nothing in a format it cannot read', () => {
		const untyped = { url: 'https://e.example/t.srt?v=2', type: '' };
		expect(chooseTranscript(item([untyped]))).toBe(untyped);
		expect(chooseTranscript(item([{ url: 'https://e.example/t.pdf', type: 'application/pdf' }]))).toBeUndefined();
	});
});
