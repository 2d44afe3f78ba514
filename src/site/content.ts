/**
 * The site's content, as the `episodes` collection holds it: every episode, dated ones newest
 * first and undated ones after them, each with its questions in conversation order. The checks
 * across files live in the content model (src/model/read-episode.ts), which the loader ran
 * before any page.
 */
import { getCollection } from 'astro:content';
import type { RenderedEpisode, RenderedQuestion } from '../loaders/episode-folders.ts';
import { sortEpisodes } from './episodes.ts';

export type Episode = RenderedEpisode;
export type Question = RenderedQuestion;

let loaded: Promise<Episode[]> | undefined;

/** Loaded once per build; every route's `getStaticPaths` shares the result. */
export function loadEpisodes(): Promise<Episode[]> {
	loaded ??= getCollection('episodes').then((entries) => sortEpisodes(entries.map((entry) => entry.data)));
	return loaded;
}
