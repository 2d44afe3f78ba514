/**
 * The speakers the show's other episodes already know, so that a person keeps one name and
 * one speaker id across the show (issue #13): read from each episode folder's `episode.md`
 * registry. The only part of this that touches the disk is `readShowSpeakers`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Speaker } from '../model/episode.ts';
import { readFrontmatter, validateFrontmatter } from '../model/frontmatter.ts';
import { episodeFolderNames } from '../model/read-content.ts';
import { episodeFrontmatterSchema } from '../model/schema.ts';

export interface EpisodeRegistry {
	slug: string;
	show?: string | undefined;
	speakers: Speaker[];
}

/** The speakers of the episodes of `show` (episodes without a show, when it is undefined), but `slug` itself. */
export function speakersOfShow(
	registries: readonly EpisodeRegistry[],
	show: string | undefined,
	slug?: string,
): Speaker[] {
	return registries
		.filter((registry) => registry.show === show && registry.slug !== slug)
		.flatMap((registry) => registry.speakers);
}

/**
 * Every episode's registry under `episodesRoot`. An episode whose `episode.md` cannot be read
 * is left out: it is not this import's business, and the site's build names it.
 */
export function readShowSpeakers(episodesRoot: string): EpisodeRegistry[] {
	return episodeFolderNames(episodesRoot).flatMap((slug) => {
		const file = join(episodesRoot, slug, 'episode.md');
		if (!existsSync(file)) return [];
		try {
			const frontmatter = readFrontmatter(file, readFileSync(file, 'utf8'));
			const data = validateFrontmatter(file, frontmatter, episodeFrontmatterSchema, '');
			return [{ slug, show: data.show, speakers: data.speakers }];
		} catch {
			return [];
		}
	});
}
