/**
 * Where the site's content lives: the folder holding `episodes/<episode>/`. `CONTENT_DIR`
 * overrides it (tests build a fixture site from `tests/fixtures/site/content`); relative paths
 * start at the folder `astro` and `npm run import` run in, the project root.
 *
 * Read by src/content.config.ts (what the site builds) and the importer's `--out` default (where
 * new episodes go), so the two never disagree.
 */
import { join } from 'node:path';

export const defaultContentRoot = 'content';

/** The content root: `CONTENT_DIR` when set and not empty, else `content`. */
export function contentRoot(env: Readonly<Record<string, string | undefined>> = process.env): string {
	const configured = env['CONTENT_DIR']?.trim();
	return configured ? configured : defaultContentRoot;
}

/** The folder of episode folders under the content root. */
export function episodesDir(root: string = contentRoot()): string {
	return join(root, 'episodes');
}
