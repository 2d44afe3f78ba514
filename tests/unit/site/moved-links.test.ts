import { describe, expect, it } from 'vitest';
import { readEpisode } from '../../../src/model/read-episode.ts';
import { anchorMap, questionRedirects, redirectsFile } from '../../../src/site/moved-links.ts';
import { createUrls } from '../../../src/site/urls.ts';
import { episodeFiles } from '../model/episode-files.ts';

const urls = createUrls('/transcripts/');
const questionUrl = (slug: string, id: string): string => urls.question(slug, id);
const files = episodeFiles({
	speakers: [
		{ id: 'ada', name: 'Ada' },
		{ id: 'bob', name: 'Bob' },
	],
	questions: [
		{ id: 'why', answers: [['why-ada', 'ada', 'Because.']] },
		{ id: 'how', answers: [['how-bob', 'bob', 'Slowly.']] },
	],
}).map((file) =>
	file.name === '02-how.md'
		? {
				...file,
				content: file.content
					.replace('order: 2', 'order: 2\naliases: [how-old, what]')
					.replace('speaker=bob}', 'speaker=bob aliases="gone-a gone-b"}'),
			}
		: file,
);
const episode = readEpisode('content/episodes/ep', files);

describe('old links', () => {
	it('map every live anchor to its page and every answer alias to its answer', () => {
		expect(anchorMap(episode, questionUrl)).toEqual({
			answers: { 'why-ada': '/transcripts/ep/why/', 'how-bob': '/transcripts/ep/how/' },
			moved: { 'gone-a': 'how-bob', 'gone-b': 'how-bob' },
		});
	});

	it('redirect each old question URL, with and without its slash, to the page that says it moved', () => {
		expect(redirectsFile(questionRedirects([episode], questionUrl))).toBe(
			[
				'/transcripts/ep/how-old/ /transcripts/ep/how/?moved=how-old 301',
				'/transcripts/ep/how-old /transcripts/ep/how/?moved=how-old 301',
				'/transcripts/ep/what/ /transcripts/ep/how/?moved=what 301',
				'/transcripts/ep/what /transcripts/ep/how/?moved=what 301',
				'',
			].join('\n'),
		);
	});
});
