import { describe, expect, it } from 'vitest';
import { groupByShow, hasSeveralShows, showSlug } from '../../../src/site/shows.ts';

interface Item {
	id: string;
	show?: string;
}
const showOf = (item: Item): string | undefined => item.show;

describe('groupByShow', () => {
	it('orders shows by their newest episode, keeps episodes in order, and puts episodes without a show last', () => {
		const episodes: Item[] = [
			{ id: 'a', show: 'The Changelog' },
			{ id: 'b' },
			{ id: 'c', show: 'Static Stories' },
			{ id: 'd', show: 'The Changelog' },
		];
		expect(groupByShow(episodes, showOf)).toEqual([
			{ name: 'The Changelog', slug: 'the-changelog', episodes: [episodes[0], episodes[3]] },
			{ name: 'Static Stories', slug: 'static-stories', episodes: [episodes[2]] },
			{ name: undefined, slug: undefined, episodes: [episodes[1]] },
		]);
	});

	it('gives two shows whose names make the same slug different slugs', () => {
		const groups = groupByShow(
			[
				{ id: 'a', show: 'Onboard!' },
				{ id: 'b', show: 'Onboard?' },
			],
			showOf,
		);
		expect(groups.map((group) => group.slug)).toEqual(['onboard', 'onboard-2']);
	});
});

describe('hasSeveralShows', () => {
	it('counts named shows only', () => {
		expect(hasSeveralShows(groupByShow([{ id: 'a', show: 'A' }, { id: 'b' }], showOf))).toBe(false);
		expect(
			hasSeveralShows(
				groupByShow(
					[
						{ id: 'a', show: 'A' },
						{ id: 'b', show: 'B' },
					],
					showOf,
				),
			),
		).toBe(true);
	});
});

describe('showSlug', () => {
	it.each([
		['Onboard!', 'onboard'],
		['The Changelog', 'the-changelog'],
		['硅谷101', 'guigu101'],
		['!!!', 'show'],
	])('makes %j into %j', (name, slug) => {
		expect(showSlug(name)).toBe(slug);
	});
});
