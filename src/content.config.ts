/**
 * One collection, `episodes`: one entry per folder under `content/episodes/` (see
 * docs/content-format.md), read by the content model's parser and rendered per episode by
 * the loader in src/loaders/episode-folders.ts. The content root is `CONTENT_DIR` when set
 * (src/model/content-root.ts).
 */
import { defineCollection } from 'astro:content';
import { episodeFolders } from './loaders/episode-folders.ts';
import { episodesDir } from './model/content-root.ts';
import { reservedSlugProblem } from './site/urls.ts';

const episodes = defineCollection({
	loader: episodeFolders({
		base: episodesDir(),
		refuseSlug: reservedSlugProblem,
	}),
});

export const collections = { episodes };
