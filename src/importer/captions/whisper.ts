import { z } from 'astro/zod';
import { findNodeAtLocation, type Node } from 'jsonc-parser';
import type { Cue } from './cue.ts';
import { invalidCaptionFile, lineAt } from './source.ts';
import { collapseWhiteSpace } from './text.ts';

/**
 * The JSON the OpenAI Whisper command line writes (`whisper audio.mp3 --output_format json`):
 * the transcribe result, with `words` when run with `--word_timestamps True`.
 */
export const whisperSchema = z.object({
	/** The whole text, the segments' texts run together; not read, as the segments hold it. */
	text: z.string().optional(),
	/** The language Whisper heard or was told, as a code (`en`, `zh`) or a name (`Chinese`). */
	language: z.string().optional(),
	segments: z.array(
		z.object({
			id: z.number().int().optional(),
			/** Seconds from the start of the audio, e.g. `12.5`. */
			start: z.number().nonnegative(),
			end: z.number().nonnegative(),
			/** What is said, with the space before each word that Whisper writes (` Hello there.`). */
			text: z.string(),
			/** Word times, with `--word_timestamps True`; each word keeps its leading space. */
			words: z
				.array(
					z.object({
						word: z.string(),
						start: z.number().nonnegative().optional(),
						end: z.number().nonnegative().optional(),
					}),
				)
				.optional(),
		}),
	),
});

export type WhisperTranscript = z.infer<typeof whisperSchema>;

/** Whether a JSON transcript's segments are Whisper's (`start`, `text`) rather than Podcasting 2.0's (`startTime`, `body`). */
export function isWhisperJson(tree: Node): boolean {
	const first = findNodeAtLocation(tree, ['segments', 0]);
	const keys = new Set((first?.children ?? []).map((property): unknown => property.children?.[0]?.value));
	if (first === undefined) return findNodeAtLocation(tree, ['language']) !== undefined;
	return !keys.has('startTime') && !keys.has('body') && (keys.has('start') || keys.has('text'));
}

const words = (text: string): string => collapseWhiteSpace(text).trim();

/**
 * The cues of a Whisper JSON transcript: one per word when the segment has word times that
 * spell out its text (so a paragraph starts at its word, and a pause between words shows),
 * else one per segment. A word keeps the space Whisper writes before it, as one space.
 */
export function whisperCues(transcript: WhisperTranscript, tree: Node, starts: readonly number[], file: string): Cue[] {
	const lineOf = (path: (string | number)[]): number => lineAt(starts, findNodeAtLocation(tree, path)?.offset ?? 0);
	return transcript.segments.flatMap((segment, index): Cue[] => {
		const text = words(segment.text);
		if (text === '') return [];
		if (segment.end < segment.start) {
			const line = lineOf(['segments', index]);
			throw invalidCaptionFile(
				file,
				line,
				`Segment ${index + 1} at line ${line} ends (\`${segment.end}\`) before it starts (\`${segment.start}\`). Nothing was written. Fix its \`start\` and \`end\` (seconds) and import the file again.`,
			);
		}
		const segmentWords = segment.words ?? [];
		if (segmentWords.length > 0 && words(segmentWords.map((word) => word.word).join('')) === text) {
			let start = segment.start;
			return segmentWords.flatMap((word, wordIndex): Cue[] => {
				start = word.start ?? start;
				const spoken = collapseWhiteSpace(word.word).trimEnd();
				if (spoken.trim() === '') return [];
				return [
					{
						start,
						...(word.end === undefined ? {} : { end: word.end }),
						text: spoken,
						line: lineOf(['segments', index, 'words', wordIndex]),
					},
				];
			});
		}
		return [{ start: segment.start, end: segment.end, text, line: lineOf(['segments', index]) }];
	});
}

const LANGUAGE_NAMES: Partial<Record<string, string>> = {
	english: 'en',
	chinese: 'zh',
	mandarin: 'zh',
	japanese: 'ja',
	korean: 'ko',
	french: 'fr',
	german: 'de',
	spanish: 'es',
};

/** Whisper's `language` as a language code (`en`, `zh`), or `undefined` when it is not one. */
export function whisperLanguage(language: string | undefined): string | undefined {
	const value = language?.trim().toLowerCase() ?? '';
	const code = LANGUAGE_NAMES[value] ?? value;
	return /^[a-z]{2,3}$/u.test(code) ? code : undefined;
}
