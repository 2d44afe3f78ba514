/**
 * The one shape every caption format is read into: a timed piece of speech, with the speaker
 * when the file names one and the line of the file it came from.
 */

/**
 * The formats the importer tells apart by content (`tsv` is Whisper's); `text` is everything
 * else, read by the text importer. `plain` is text in which that importer finds no speakers
 * (Whisper's `.txt`), read here as untimed cues; it is never detected, only fallen back to.
 */
export const TRANSCRIPT_FORMATS = ['vtt', 'srt', 'json', 'tsv', 'html', 'plain', 'text'] as const;
export type TranscriptFormat = (typeof TRANSCRIPT_FORMATS)[number];

/** The formats read into cues by `src/importer/captions/`. */
export type CaptionFormat = Exclude<TranscriptFormat, 'text'>;

export interface Cue {
	/** Start time in seconds; absent in a plain text, which has no times. */
	start?: number;
	/** End time in seconds, when the format gives one (HTML does not). */
	end?: number;
	/** The speaker's name as the file writes it (`SPEAKER_1` stays `SPEAKER_1`); absent when unnamed. */
	speaker?: string;
	/** The words of the cue on one line: markup removed, entities decoded, white space collapsed. */
	text: string;
	/** 1-based line in the input where the cue starts (its identifier, timing line, segment object or element). */
	line: number;
	/** The cue starts a paragraph of its own (a plain text's line after a blank line). */
	paragraph?: true;
}
