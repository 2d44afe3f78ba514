import { describe, expect, it } from 'vitest';
import { assignSlugs, baseSlug, isEpisodeSlug } from '../../../../src/importer/feed/slugs.ts';

const none = { previous: new Map<string, string>(), existing: [] };

describe('episode slugs for a batch import', () => {
	it('names a numbered episode after the show and its number', () => {
		expect(baseSlug({ key: 'a', title: 'Anything', episode: 12 }, 'The Changelog')).toBe('the-changelog-12');
		expect(baseSlug({ key: 'a', title: 'Episode 7: Ships' }, 'Buzzcast')).toBe('buzzcast-7');
		expect(baseSlug({ key: 'a', title: '第26期 生成式AI' }, '硬地骇客')).toBe('yingdihaike-26');
	});

	it('names an episode without a number after its title, in ASCII', () => {
		// The words that say most, as in question ids (ids.ts: `slugify`).
		expect(baseSlug({ key: 'a', title: 'Why Podcasts Need Transcripts' }, 'Show')).toBe('podcasts-need-transcripts');
		expect(baseSlug({ key: 'a', title: '图片生成的未来' })).toMatch(/^[a-z0-9-]+$/u);
	});

	it('never names a folder outside episodes/, whatever the title says', () => {
		for (const title of ['../../etc/passwd', '/absolute', '..', 'C:\\Windows', '%2e%2e%2f', '', '???']) {
			const slug = baseSlug({ key: title, title });
			expect(isEpisodeSlug(slug), `${title} → ${slug}`).toBe(true);
		}
	});

	it('keeps the slug an earlier run gave, even when the title changed', () => {
		const slugs = assignSlugs([{ key: 'guid-1', title: 'A new title' }], {
			previous: new Map([['guid-1', 'old-title']]),
			existing: ['old-title'],
		});
		expect(slugs.get('guid-1')).toBe('old-title');
	});

	it('makes new slugs unique against existing folders, earlier slugs, reserved names and each other', () => {
		const slugs = assignSlugs(
			[
				{ key: 'a', title: 'Search' },
				{ key: 'b', title: 'Same title' },
				{ key: 'c', title: 'Same title' },
				{ key: 'd', title: 'Taken' },
			],
			{ previous: new Map([['z', 'same-title']]), existing: ['taken'] },
		);
		expect([...slugs.values()]).toEqual(['search-episode', 'same-title-2', 'same-title-3', 'taken-2']);
	});

	it('does not trust a slug from the state file that is not a safe folder name', () => {
		const slugs = assignSlugs([{ key: 'a', title: 'Fine' }], { ...none, previous: new Map([['a', '../../x']]) });
		expect(slugs.get('a')).toBe('fine');
	});
});
