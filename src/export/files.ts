/**
 * The files a timed episode publishes next to its page (`/<episode>/<name>`), with the media
 * type a podcast feed names them by (`<podcast:transcript type=…>`, `<podcast:chapters
 * type=…>`). Each name is also an endpoint's file name under `src/pages/[episode]/`; a name has
 * a dot, which no question id has, so no question page can take it.
 */
export const episodeFiles = {
	webvtt: { name: 'transcript.vtt', type: 'text/vtt' },
	srt: { name: 'transcript.srt', type: 'application/x-subrip' },
	json: { name: 'transcript.json', type: 'application/json' },
	chapters: { name: 'chapters.json', type: 'application/json+chapters' },
} as const;

export type EpisodeFileKind = keyof typeof episodeFiles;
