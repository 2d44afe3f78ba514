/**
 * Podcasting 2.0 transcripts (WebVTT, SRT, JSON, HTML) and Whisper's (JSON, TSV) read into one shape, `Cue`, and
 * joined into readable speaker turns. Pure: text in, data out; errors are `ImportError`s
 * with the code `InvalidCaptionFile`, naming the file and line.
 */
import type { CaptionFormat, Cue, TranscriptFormat } from './cue.ts';
import { detectTranscriptFormat } from './detect.ts';
import { parseHtmlTranscript } from './html.ts';
import { parseJsonTranscript } from './json.ts';
import { readPlainText } from './plain.ts';
import { applySpeakerLabels } from './speakers.ts';
import { parseSrt } from './srt.ts';
import { parseWhisperTsv } from './tsv.ts';
import { captionWords } from './text.ts';
import { invalidCaptionFile } from './source.ts';
import { parseVtt, vttHeaderLanguage } from './vtt.ts';

export type { CaptionFormat, Cue, TranscriptFormat } from './cue.ts';
export { TRANSCRIPT_FORMATS } from './cue.ts';
export { detectTranscriptFormat } from './detect.ts';
export { joinCues, type JoinOptions, type Turn, type TurnParagraph } from './turns.ts';
export { captionWords, joinText } from './text.ts';
export { applySpeakerLabels, startsWithNameLabel } from './speakers.ts';
export { readPlainText } from './plain.ts';

/**
 * The cues of a caption file in a known format, with speakers: WebVTT `<v Name>`, JSON
 * `speaker`, HTML `<cite>`, and `Name:` labels in SRT and WebVTT files that use them.
 * Asynchronous because media-captions, which reads WebVTT and SRT, is.
 */
export async function parseCaptions(text: string, format: CaptionFormat, file: string): Promise<ParsedCaptions> {
	switch (format) {
		case 'vtt': {
			const language = vttHeaderLanguage(text);
			return {
				cues: applySpeakerLabels(await parseVtt(text, file)),
				...(language === undefined ? {} : { language }),
			};
		}
		case 'srt':
			return { cues: applySpeakerLabels(await parseSrt(text, file)) };
		case 'json':
			return parseJsonTranscript(text, file);
		case 'tsv':
			return { cues: parseWhisperTsv(text, file) };
		case 'html':
			return { cues: parseHtmlTranscript(text, file) };
		case 'plain':
			return { cues: readPlainText(text) };
	}
}

/** The cues of a caption file, and the language it declares, when it does. */
export interface ParsedCaptions {
	cues: Cue[];
	/** The language the file declares: Whisper's `language` (`en`, `zh`), a WebVTT `Language:` header (`zh-Hans`). */
	language?: string;
}

export interface CaptionTranscript extends ParsedCaptions {
	format: CaptionFormat;
}

/**
 * Detects the format of a transcript and reads it into cues; `undefined` for plain text,
 * which the text importer reads. `file` names the file in errors and is the extension hint.
 */
export async function readCaptions(text: string, file: string): Promise<CaptionTranscript | undefined> {
	const format: TranscriptFormat = detectTranscriptFormat(text, file);
	if (format === 'text') return undefined;
	try {
		return { format, ...(await parseCaptions(text, format, file)) };
	} catch (error) {
		// The parsers (webvtt-parser, media-captions, hast) recurse once per open tag, so tens of
		// thousands of tags opened and never closed overflow the stack.
		if (error instanceof RangeError && /call stack/iu.test(error.message)) {
			throw invalidCaptionFile(
				file,
				undefined,
				'The file nests its markup too deeply to read: thousands of tags (such as `<v Name>`, `<b>` or `<c>`) are opened and never closed. Nothing was written. Close each tag (`</b>`), or remove the ones that are not needed, and import the file again.',
			);
		}
		throw error;
	}
}

/** The words of cues in order (see `captionWords`), for checking that nothing was lost. */
export function cueWords(cues: readonly Cue[]): string[] {
	return cues.flatMap((cue) => captionWords(cue.text));
}
