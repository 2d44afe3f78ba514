/**
 * Episode slugs for a batch import (a feed or a folder): the episode folder's name and URL
 * segment. Pure. A slug once given to an episode is kept on every later run (the state file
 * remembers it), new ones never take a folder that exists, and every slug is lowercase ASCII
 * words joined by hyphens, so no title or file name can point a folder outside `episodes/`.
 */
import { slugPattern } from '../../model/schema.ts';
import { nameSlug } from '../../model/slug.ts';
import { reservedEpisodeSlugs } from '../../site/urls.ts';
import { slugify, uniqueId } from '../ids.ts';
import { isWindowsReservedName } from '../paths.ts';

export interface SlugRequest {
	/** What identifies the episode across runs: the item's guid, or the file's name. */
	key: string;
	title: string;
	/** The episode number the feed gives, if any. */
	episode?: number;
	/** A slug to start from instead of one made from the title (a file's name, in a folder import). */
	base?: string;
}

export interface SlugContext {
	/** The show's name; with an episode number it makes `<show>-<number>`. */
	show?: string;
	/** The slugs earlier runs gave, by key. */
	previous: ReadonlyMap<string, string>;
	/** Episode folders that exist (whoever made them). */
	existing: Iterable<string>;
}

/** Is `slug` a name an episode folder may have? */
export const isEpisodeSlug = (slug: string): boolean =>
	slugPattern.test(slug) && !reservedEpisodeSlugs.has(slug) && !isWindowsReservedName(slug);

// `Episode 12`, `Ep. 12`, `EP12`, `#12`, `No. 12`, `第12期`: a number the title says is the episode's.
const NUMBER_IN_TITLE = /(?:\b(?:episode|ep)\.?\s*|#|\bno\.\s*|第\s*)(\d{1,5})\b/iu;

/** The slug an episode would get on its own: `<show>-<number>` when numbered, else from its title. */
export function baseSlug(request: SlugRequest, show?: string): string {
	if (request.base !== undefined && isEpisodeSlug(request.base)) return request.base;
	const showSlug = show === undefined ? '' : nameSlug(show);
	const number = request.episode ?? Number(NUMBER_IN_TITLE.exec(request.title)?.[1] ?? Number.NaN);
	if (showSlug !== '' && Number.isInteger(number)) return `${showSlug}-${number}`;
	const fromTitle = slugify(request.title);
	if (fromTitle === '') return showSlug === '' ? 'episode' : `${showSlug}-episode`;
	return isEpisodeSlug(fromTitle) ? fromTitle : `${fromTitle}-episode`;
}

/**
 * The slug of each request, by key: the one an earlier run gave it, else a new one made
 * unique against every existing folder, every earlier slug and the others of this batch
 * (`-2`, `-3`, … in the order given).
 */
export function assignSlugs(requests: readonly SlugRequest[], context: SlugContext): Map<string, string> {
	const slugs = new Map<string, string>();
	const taken = new Set<string>([...context.existing, ...context.previous.values(), ...reservedEpisodeSlugs]);
	const kept = new Set<string>();
	for (const request of requests) {
		const earlier = context.previous.get(request.key);
		if (earlier !== undefined && isEpisodeSlug(earlier) && !kept.has(earlier)) {
			slugs.set(request.key, earlier);
			kept.add(earlier);
		}
	}
	for (const request of requests) {
		if (slugs.has(request.key)) continue;
		slugs.set(request.key, uniqueId(baseSlug(request, context.show), taken, 'episode'));
	}
	return slugs;
}
