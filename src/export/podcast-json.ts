/**
 * Cues as a Podcasting 2.0 JSON transcript (podcast-namespace,
 * `docs/examples/transcripts/transcripts.md`): one segment per cue, times in seconds. JSON's
 * own escaping is all the text needs.
 */
import type { Cue } from './cues.ts';

export interface PodcastTranscript {
	version: '1.0.0';
	segments: { speaker: string; startTime: number; endTime: number; body: string }[];
}

export function podcastTranscript(cues: readonly Cue[]): PodcastTranscript {
	return {
		version: '1.0.0',
		segments: cues.map((cue) => ({
			speaker: cue.speaker,
			startTime: cue.start,
			endTime: cue.end,
			body: cue.lines.join('\n'),
		})),
	};
}

/** The transcript as the file's text. */
export function podcastTranscriptJson(cues: readonly Cue[]): string {
	return `${JSON.stringify(podcastTranscript(cues), null, 2)}\n`;
}
