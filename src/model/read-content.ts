/**
 * The content on disk: the episode folders under a content root and their files, for the one
 * parser (read-episode.ts). The only module of the model that touches the file system.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EpisodeFile } from './episode.ts';
import { isContentFile } from './read-episode.ts';

/** The episode folders under `episodesDir` (e.g. `content/episodes`), by name. */
export function episodeFolderNames(episodesDir: string): string[] {
	if (!existsSync(episodesDir)) return [];
	return readdirSync(episodesDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
		.map((entry) => entry.name)
		.sort();
}

/** The content files of one episode folder (`episode.md`, `NN-*.md`), by name. */
export function readEpisodeFiles(folder: string): EpisodeFile[] {
	return readdirSync(folder)
		.filter(isContentFile)
		.sort()
		.map((name) => ({ name, content: readFileSync(join(folder, name), 'utf8') }));
}
