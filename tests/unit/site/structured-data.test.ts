import { describe, expect, it } from 'vitest';
import { jsonForScript, podcastEpisode } from '../../../src/site/structured-data.ts';

describe('jsonForScript', () => {
	it('leaves no way to close the script element or open a comment, and parses back unchanged', () => {
		const value = { name: 'Ends </script><script>alert(1)</script> & <!-- here', separator: 'a\u2028b' };
		const json = jsonForScript(value);
		expect(json).not.toMatch(/<\/script|<!--|[<>&\u2028]/iu);
		expect(JSON.parse(json)).toEqual(value);
	});
});

describe('podcastEpisode', () => {
	const facts = {
		name: 'EP26',
		datePublished: '2023-02-26',
		description: 'About generative AI.',
		url: 'https://example.org/onboard-26/',
		inLanguage: 'zh-CN',
	};

	it('names the series the episode belongs to, with its page when there is one', () => {
		expect(
			podcastEpisode({ ...facts, series: { name: 'Onboard!', url: 'https://example.org/shows/onboard/' } }),
		).toEqual({
			'@context': 'https://schema.org',
			'@type': 'PodcastEpisode',
			...facts,
			partOfSeries: { '@type': 'PodcastSeries', name: 'Onboard!', url: 'https://example.org/shows/onboard/' },
		});
	});

	it('leaves out the series of an episode without a show', () => {
		expect(podcastEpisode(facts)).not.toHaveProperty('partOfSeries');
	});

	it('leaves out the date of an undated episode rather than making one up', () => {
		expect(podcastEpisode({ ...facts, datePublished: undefined })).not.toHaveProperty('datePublished');
	});
});
