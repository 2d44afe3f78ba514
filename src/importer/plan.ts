import { decodeTranscript, toLines } from './decode.ts';
import { ImportError } from './errors.ts';
import { mergeSpeakers } from './existing.ts';
import { renderEpisode, type ContentFile } from './markdown.ts';
import { buildReport, type ImportReport } from './report.ts';
import { splitTranscript, type SplitOptions } from './split.ts';
import type { Speaker } from './transcript.ts';
import { findLostLines } from './verify.ts';

export interface PlanOptions extends SplitOptions {
	/** The speaker registry of an earlier import of the same episode, if any. */
	existingSpeakers?: Speaker[];
}

export interface ImportPlan {
	/** Files to write, relative to the episode folder, including `import-report.json`. */
	files: ContentFile[];
	report: ImportReport;
}

export const REPORT_FILE = 'import-report.json';

/**
 * Everything an import decides, without touching the disk: bytes in, files and report out.
 * Refuses (throws) when the nothing-lost check finds a line that would vanish.
 */
export function planImport(bytes: Uint8Array, options: PlanOptions): ImportPlan {
	const { text, encoding } = decodeTranscript(bytes, options.file);
	const split = splitTranscript(text, options);
	const transcript = { ...split, speakers: mergeSpeakers(split.speakers, options.existingSpeakers ?? []) };
	const files = renderEpisode(transcript);

	const lines = toLines(text).filter((line) => line.text !== '');
	const lost = findLostLines(lines, transcript, files);
	if (lost.length > 0) {
		const listed = lost.map((entry) => `  line ${entry.line} ${entry.problem}: ${entry.text.slice(0, 80)}`).join('\n');
		throw new ImportError(
			'NothingLostCheckFailed',
			`${lost.length} input line(s) would be lost, so nothing was written:\n${listed}\nThis is a bug in the importer; please report it with the transcript attached.`,
			{ file: options.file, line: lost[0]?.line ?? 1 },
		);
	}

	const questionFiles = files.slice(1).map((file) => `episodes/${transcript.episode.slug}/${file.path}`);
	const report = buildReport(
		transcript,
		questionFiles,
		{ file: options.file, encoding, format: 'article' },
		lines.length,
		transcript.unconfirmedSpeakers,
	);
	return { files: [...files, { path: REPORT_FILE, content: `${JSON.stringify(report, null, 2)}\n` }], report };
}
