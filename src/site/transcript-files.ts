/**
 * Which episodes publish transcript files (src/export/), for the endpoints under
 * `src/pages/[episode]/` and the episode page's links: those with times to export.
 */
import { transcriptCues, type Cue } from '../export/cues.ts';
import { episodeFiles, type EpisodeFileKind } from '../export/files.ts';
import { loadEpisodes, type Episode } from './content.ts';
import { episodeFileUrl } from './urls.ts';

/** `getStaticPaths` of each transcript file's endpoint: one path per timed episode. */
export async function transcriptFilePaths(): Promise<
	{ params: { episode: string }; props: { episode: Episode; cues: Cue[] } }[]
> {
	return (await loadEpisodes()).flatMap((episode) => {
		const cues = transcriptCues(episode);
		return cues ? [{ params: { episode: episode.slug }, props: { episode, cues } }] : [];
	});
}

/** The URL of each file `episode` publishes, by kind; undefined when it publishes none. */
export function transcriptFileUrls(episode: Episode): Record<EpisodeFileKind, string> | undefined {
	if (!transcriptCues(episode)) return undefined;
	const url = (kind: EpisodeFileKind): string => episodeFileUrl(episode.slug, episodeFiles[kind].name);
	return { webvtt: url('webvtt'), srt: url('srt'), json: url('json'), chapters: url('chapters') };
}
