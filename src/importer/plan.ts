import { decodeTranscript, toLines } from './decode.ts';
import { ImportError } from './errors.ts';
import { handEditedConflicts, mergeSpeakers, REPORT_FILE, sha256, type PreviousEpisode } from './existing.ts';
import { renderEpisode, type ContentFile } from './markdown.ts';
import { buildReport, type ImportReport } from './report.ts';
import { applySpeakerLabels, readPlainText, startsWithNameLabel, type CaptionTranscript } from './captions/index.ts';
import { DEFAULT_QUESTION_LABELS, isQuestionLabel, splitLabel } from './labels.ts';
import type { Transcript } from './transcript.ts';
import { slugPattern } from '../model/schema.ts';
import { detectLang, splitCaptionTranscript, splitTranscript, type SplitOptions } from './split.ts';
import { findLostLines, findLostWord } from './verify.ts';

export { REPORT_FILE };

export interface PlanOptions extends Omit<SplitOptions, 'previousFor'> {
	/** An earlier import of the same episode, if any: its ids, roles and fingerprints are kept. */
	previous?: PreviousEpisode;
	/** Finds the earlier import by episode slug (the CLI reads the episode folder); used when `previous` is absent. */
	previousFor?: (slug: string) => PreviousEpisode | undefined;
	/** Overwrite files edited by hand since the last import. */
	force?: boolean;
	/**
	 * The cues of a timed transcript (WebVTT, SRT, JSON, HTML), read by the caller because
	 * their parser is asynchronous (src/importer/captions/); absent for text transcripts.
	 */
	captions?: CaptionTranscript;
}

export interface ImportPlan {
	/** Files to write, relative to the episode folder, including `import-report.json`. */
	files: ContentFile[];
	report: ImportReport;
	/** Files edited by hand that this plan overwrites (only with `force`). */
	overwritten: string[];
}

/**
 * The language a caption file declares (Whisper's `language`, YouTube's `Language:` header),
 * as the episode's language tag: `zh-Hans` becomes `zh-CN` and `zh-Hant` `zh-TW`; a bare `zh`
 * becomes `zh-CN`, or `zh-TW` when the text is in traditional characters.
 */
function declaredLang(captions: CaptionTranscript): string | undefined {
	const language = captions.language;
	if (language === undefined || !/^zh(?:-|$)/iu.test(language)) return language;
	if (/^zh-(?:Hans|CN|SG)$/iu.test(language)) return 'zh-CN';
	if (/^zh-(?:Hant|TW|HK|MO)$/iu.test(language)) return 'zh-TW';
	const detected = detectLang(captions.cues.map((cue) => cue.text).join('\n'));
	return detected.startsWith('zh') ? detected : 'zh-CN';
}

/**
 * A text in which the text importer found no speakers, and which has no labels at all (the
 * `.txt` Whisper writes: a segment a line, no names, no times), read as untimed cues: one
 * unnamed speaker, in topic blocks, checked word by word as a caption file is. Reading it as
 * cues rather than as lines lets the caption joiner make sentences and paragraphs of lines
 * cut mid-sentence. The text importer decides first, so every text layout it knows keeps its
 * speakers. A text that starts with a `Name:` label, labels a name twice or has a question
 * label, and an import with `--format` or `--speaker`, get the text importer's error instead.
 */
function readUnlabelledText(text: string, options: SplitOptions, error: unknown): CaptionTranscript {
	const asked = options.format !== undefined || (options.speakers ?? []).length > 0;
	if (!(error instanceof ImportError) || error.code !== 'NoSpeakersFound' || asked) throw error;
	const cues = readPlainText(text);
	const questionLabels = [...DEFAULT_QUESTION_LABELS, ...(options.questionLabels ?? [])];
	const asks = cues.some((cue) => {
		const label = splitLabel(cue.text)?.label;
		return label !== undefined && isQuestionLabel(label, questionLabels);
	});
	const labelled =
		startsWithNameLabel(cues[0]?.text ?? '') || applySpeakerLabels(cues).some((cue) => cue.speaker !== undefined);
	if (asks || labelled) throw error;
	return { format: 'plain', cues };
}

/**
 * Everything an import decides, without touching the disk: bytes in, files and report out.
 * Refuses (throws) when a line would be lost, or when it would overwrite a hand edit
 * without `force`.
 */
export function planImport(bytes: Uint8Array, options: PlanOptions): ImportPlan {
	const { previous: given, previousFor, force = false, captions: timed, ...splitOptions } = options;
	// The slug names a folder: text from a caller must not point it anywhere else (src/importer/paths.ts).
	if (options.episode !== undefined && !slugPattern.test(options.episode)) {
		throw new ImportError(
			'InvalidOption',
			`The episode slug must be lowercase ASCII words joined by hyphens, got \`${options.episode.slice(0, 80)}\`. Nothing was written.`,
			{ file: options.file },
		);
	}
	let previous = given;
	const { text, encoding } = decodeTranscript(bytes, options.file);
	const withPrevious: SplitOptions = {
		...splitOptions,
		previousFor: (slug) => {
			previous ??= previousFor?.(slug);
			return previous?.questions ?? [];
		},
	};
	let captions = timed;
	const splitWith = (splitOptions: SplitOptions): Transcript => {
		let read = captions;
		if (read === undefined) {
			try {
				return splitTranscript(text, splitOptions);
			} catch (error) {
				read = readUnlabelledText(text, splitOptions, error);
				captions = read;
			}
		}
		const lang = splitOptions.lang ?? declaredLang(read);
		return splitCaptionTranscript(read, { ...splitOptions, ...(lang === undefined ? {} : { lang }) });
	};
	let split = splitWith(withPrevious);
	// The earlier import is found by slug, known only once split; its registry may say which
	// labels are one person (`aliases`), and then the split is made again knowing it.
	const registry = previous?.speakers.filter((speaker) => (speaker.aliases ?? []).length > 0) ?? [];
	if (registry.length > 0) {
		split = splitWith({
			...withPrevious,
			names: {
				...withPrevious.names,
				registry: [...(withPrevious.names?.registry ?? []), ...(previous?.speakers ?? [])],
				earlier: previous?.merged ?? [],
			},
		});
	}
	const transcript = { ...split, speakers: mergeSpeakers(split.speakers, previous?.speakers ?? []) };
	const files = renderEpisode(transcript);

	const lines = toLines(text).filter((line) => line.text !== '');
	const lostWord = captions ? findLostWord(captions.cues, transcript, files) : undefined;
	if (lostWord) {
		throw new ImportError(
			'NothingLostCheckFailed',
			`The content would not hold every word of the captions, so nothing was written: from the cue on this line, \`${lostWord.expected}\` was expected where the content has \`${lostWord.found}\`. ` +
				'This is a bug in the importer; please report it with the transcript attached.',
			{ file: options.file, line: lostWord.line },
		);
	}
	const lost = captions ? [] : findLostLines(lines, transcript, files);
	if (lost.length > 0) {
		const listed = lost.map((entry) => `  line ${entry.line} ${entry.problem}: ${entry.text.slice(0, 80)}`).join('\n');
		throw new ImportError(
			'NothingLostCheckFailed',
			`${lost.length} input line(s) would be lost, so nothing was written:\n${listed}\nThis is a bug in the importer; please report it with the transcript attached.`,
			{ file: options.file, line: lost[0]?.line ?? 1 },
		);
	}

	const overwritten = previous ? handEditedConflicts(previous, files) : [];
	if (overwritten.length > 0 && !force) {
		const why =
			previous?.written.size === 0
				? 'carry no fingerprint from an earlier import (import-report.json is missing or older), so they may hold hand edits, and'
				: 'were edited by hand since the last import and';
		throw new ImportError(
			'HandEditedFiles',
			`${overwritten.length} file(s) of episode \`${transcript.episode.slug}\` ${why} would be overwritten: ${overwritten.join(', ')}. Nothing was written. Make the same corrections in the transcript and import again, or pass --force to overwrite the edits.`,
			{ file: options.file },
		);
	}

	const questionFiles = files.slice(1).map((file) => `episodes/${transcript.episode.slug}/${file.path}`);
	const fingerprints = Object.fromEntries(files.map((file) => [file.path, sha256(file.content)]));
	const report = buildReport(transcript, questionFiles, { file: options.file, encoding }, lines.length, fingerprints);
	return {
		files: [...files, { path: REPORT_FILE, content: `${JSON.stringify(report, null, 2)}\n` }],
		report,
		overwritten,
	};
}
