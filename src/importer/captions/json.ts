import { z } from 'astro/zod';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Cue } from './cue.ts';
import { invalidCaptionFile, lineAt, lineStarts, normalizeSource } from './source.ts';
import { collapseWhiteSpace } from './text.ts';
import { isWhisperJson, whisperCues, whisperLanguage, whisperSchema } from './whisper.ts';

/** A Podcasting 2.0 JSON transcript (podcast-namespace, `docs/examples/transcripts/transcripts.md`). */
const transcriptSchema = z.object({
	/** The format's version, `1.0.0`; not checked, since readers of 1.0 read every file seen. */
	version: z.string().optional(),
	segments: z.array(
		z.object({
			/** Who speaks; `SPEAKER_1`-style names are kept as they are. */
			speaker: z.string().optional(),
			/** Seconds from the start of the episode, e.g. `12.5`. */
			startTime: z.number().nonnegative(),
			endTime: z.number().nonnegative().optional(),
			/** What is said: often one word, sometimes only a space (2023-06-02.json). */
			body: z.string(),
		}),
	),
});

const SYNTAX_HINT: Partial<Record<string, string>> = {
	CommaExpected: 'a `,` is missing between two values',
	CloseBraceExpected: 'a `}` is missing',
	CloseBracketExpected: 'a `]` is missing',
	PropertyNameExpected: 'a property name in double quotes is expected (is there a trailing comma?)',
	ValueExpected: 'a value is expected (is there a trailing comma?)',
};

function describeSyntax(error: ParseError): string {
	const code = printParseErrorCode(error.error);
	return SYNTAX_HINT[code] ?? code;
}

/** The cues of a JSON transcript, and the language it declares (Whisper's `language`), if any. */
export interface JsonTranscript {
	cues: Cue[];
	/** A language code such as `en` or `zh`. */
	language?: string;
}

const PODCASTING_SHAPE =
	'a Podcasting 2.0 transcript is `{"version": "1.0.0", "segments": [{"speaker": "…", "startTime": 0.5, "endTime": 1.2, "body": "…"}]}`, times in seconds';
const WHISPER_SHAPE =
	'a Whisper transcript is `{"text": "…", "segments": [{"id": 0, "start": 0.0, "end": 4.2, "text": " …", "words": [{"word": " …", "start": 0.0, "end": 0.4}]}], "language": "en"}`, times in seconds';

/** The `InvalidCaptionFile` error for the first way the parsed JSON is not the shape it should be. */
function shapeError(
	error: z.ZodError,
	tree: Node,
	starts: readonly number[],
	file: string,
	kind: string,
	shape: string,
): Error {
	const issue = error.issues[0];
	const path = (issue?.path ?? []).filter((key) => typeof key !== 'symbol');
	const node = findNodeAtLocation(tree, path);
	const line = lineAt(starts, (node ?? findNodeAtLocation(tree, path.slice(0, -1)) ?? tree).offset);
	const field = path.length === 0 ? 'The file' : `\`${path.join('.')}\``;
	return invalidCaptionFile(
		file,
		line,
		`${field} at line ${line} is not what a ${kind} holds: ${issue?.message ?? 'wrong shape'}. Nothing was written. Fix it (${shape}) and import the file again.`,
	);
}

/**
 * Reads a JSON transcript into cues: Podcasting 2.0 JSON (`startTime`, `body`) or the JSON
 * the OpenAI Whisper command line writes (`start`, `text`, optional `words`; see
 * `whisper.ts`), told apart by the keys of the first segment.
 *
 * A Podcasting 2.0 file gives one cue per segment with text. Segments
 * whose body is only white space (2023-06-02.json spells out every space) give no cue:
 * the spacing between words is restored when cues are joined. Each cue's line is the line of
 * its segment object, found with jsonc-parser; a syntax error or a segment of the wrong
 * shape becomes an `InvalidCaptionFile` error naming the line.
 */
export function parseJsonTranscript(source: string, file: string): JsonTranscript {
	const text = normalizeSource(source);
	const starts = lineStarts(text);
	const errors: ParseError[] = [];
	const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
	const syntax = errors[0];
	if (syntax !== undefined || tree === undefined) {
		const line = syntax === undefined ? 1 : lineAt(starts, syntax.offset);
		const what = syntax === undefined ? 'it is empty' : describeSyntax(syntax);
		throw invalidCaptionFile(
			file,
			line,
			`The JSON transcript is not valid JSON at line ${line}: ${what}. Nothing was written. Fix the JSON and import the file again.`,
		);
	}

	const value: unknown = JSON.parse(text);
	if (isWhisperJson(tree)) {
		const whisper = whisperSchema.safeParse(value);
		if (!whisper.success) throw shapeError(whisper.error, tree, starts, file, 'Whisper JSON transcript', WHISPER_SHAPE);
		const language = whisperLanguage(whisper.data.language);
		return {
			cues: whisperCues(whisper.data, tree, starts, file),
			...(language === undefined ? {} : { language }),
		};
	}

	const result = transcriptSchema.safeParse(value);
	if (!result.success) {
		throw shapeError(result.error, tree, starts, file, 'Podcasting 2.0 JSON transcript', PODCASTING_SHAPE);
	}

	const segmentNodes = findNodeAtLocation(tree, ['segments'])?.children ?? [];
	const cues = result.data.segments.flatMap((segment, index): Cue[] => {
		const body = collapseWhiteSpace(segment.body).trim();
		if (body === '') return [];
		const speaker = segment.speaker?.trim();
		return [
			{
				start: segment.startTime,
				...(segment.endTime === undefined ? {} : { end: segment.endTime }),
				...(speaker ? { speaker } : {}),
				text: body,
				line: lineAt(starts, segmentNodes[index]?.offset ?? 0),
			},
		];
	});
	return { cues };
}
