/**
 * Episodes grouped by show, for the home page and the show pages. A show is the `show` name
 * in `episode.md`; its URL segment is made from the name (`Onboard!` → `onboard`). Episodes
 * without a `show` form one group with no name, listed last.
 */
import { nameSlug as slugOfName } from '../model/slug.ts';

export interface ShowGroup<T> {
	/** The show's name, or undefined for the episodes that name no show. */
	name: string | undefined;
	/** The show's URL segment under `/shows/`; undefined for the group without a name. */
	slug: string | undefined;
	/** Newest first, in the order given. */
	episodes: T[];
}

/**
 * Groups `episodes` (newest first) by show: shows in the order of their newest episode, the
 * episodes without a show last. Slugs are unique: a second show whose name makes the same
 * slug gets `-2`.
 */
export function groupByShow<T>(episodes: readonly T[], showOf: (episode: T) => string | undefined): ShowGroup<T>[] {
	const named = new Map<string, ShowGroup<T>>();
	const unnamed: ShowGroup<T> = { name: undefined, slug: undefined, episodes: [] };
	const slugs = new Set<string>();
	for (const episode of episodes) {
		const name = showOf(episode);
		if (name === undefined) {
			unnamed.episodes.push(episode);
			continue;
		}
		let group = named.get(name);
		if (!group) {
			group = { name, slug: uniqueSlug(showSlug(name), slugs), episodes: [] };
			named.set(name, group);
		}
		group.episodes.push(episode);
	}
	return unnamed.episodes.length > 0 ? [...named.values(), unnamed] : [...named.values()];
}

/** Show pages exist, and shows are links, only when there is more than one show to tell apart. */
export function hasSeveralShows(groups: readonly ShowGroup<unknown>[]): boolean {
	return groups.filter((group) => group.name !== undefined).length > 1;
}

/** ASCII words of the name, or its pinyin (`Onboard!` → `onboard`, `硅谷101` → `guigu101`). */
export function showSlug(name: string): string {
	const slug = slugOfName(name);
	// slugOfName falls back to `speaker` for a name with neither Latin letters, digits nor Chinese.
	return slug === 'speaker' && !/speaker/iu.test(name) ? 'show' : slug;
}

function uniqueSlug(stem: string, taken: Set<string>): string {
	let slug = stem;
	for (let n = 2; taken.has(slug); n += 1) slug = `${stem}-${n}`;
	taken.add(slug);
	return slug;
}
