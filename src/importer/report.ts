import type { Encoding } from './decode.ts';
import type { DroppedLine, Speaker, Transcript } from './transcript.ts';

/**
 * The import report: printed with `--json`, saved as `import-report.json` beside the
 * episode. Outside tools parse it, so fields are only ever added, never renamed or removed.
 */
export interface ImportReport {
	episode: {
		slug: string;
		title: string;
		date?: string;
		author?: string;
		show?: string;
		lang: string;
		sourceUrl?: string;
		/** The intro paragraphs, joined by blank lines. */
		description: string;
		speakers: Speaker[];
	};
	questions: {
		id: string;
		/** Path of the question's Markdown file, relative to the content root. */
		file: string;
		question: string;
		answers: { speaker: string; speakerId: string; anchor: string }[];
	}[];
	dropped: DroppedLine[];
	/** Labels shaped like names that were used only once and so were kept as text. */
	unconfirmedSpeakers: { line: number; label: string }[];
	source: { file: string; encoding: Encoding; format: 'article' };
	counts: { lines: number; questions: number; answers: number; dropped: number };
}

export function buildReport(
	transcript: Transcript,
	questionFiles: string[],
	source: ImportReport['source'],
	lineCount: number,
	unconfirmedSpeakers: ImportReport['unconfirmedSpeakers'],
): ImportReport {
	const names = new Map(transcript.speakers.map((speaker) => [speaker.id, speaker.name]));
	const questions = transcript.questions.map((question, index) => ({
		id: question.id,
		file: questionFiles[index] ?? '',
		question: question.text.map((part) => part.text).join('\n'),
		answers: question.answers.map((answer) => ({
			speaker: names.get(answer.speakerId) ?? answer.speakerId,
			speakerId: answer.speakerId,
			anchor: answer.anchor,
		})),
	}));
	return {
		episode: {
			...transcript.episode,
			description: transcript.description.map((part) => part.text).join('\n\n'),
			speakers: transcript.speakers,
		},
		questions,
		dropped: transcript.dropped,
		unconfirmedSpeakers,
		source,
		counts: {
			lines: lineCount,
			questions: questions.length,
			answers: questions.reduce((sum, question) => sum + question.answers.length, 0),
			dropped: transcript.dropped.length,
		},
	};
}

/** The few lines a person reads after an import. */
export function formatSummary(report: ImportReport, written: string | undefined): string {
	const perSpeaker = new Map<string, number>();
	for (const answer of report.questions.flatMap((question) => question.answers)) {
		perSpeaker.set(answer.speaker, (perSpeaker.get(answer.speaker) ?? 0) + 1);
	}
	const speakers = [...perSpeaker].map(([name, count]) => `${name} (${count})`).join(', ');
	const { episode, counts, source } = report;
	const unconfirmed = report.unconfirmedSpeakers.map(
		({ line, label }) =>
			`  line ${line}: \`${label}\` looks like a speaker but is used once, so it was kept as text; if it is a speaker, import again with --speaker "${label}"`,
	);
	return [
		`Read ${source.file} as ${source.encoding} (${source.format} format, ${episode.lang}).`,
		`Episode ${episode.slug}: ${episode.title}${episode.date === undefined ? '' : `, ${episode.date}`}`,
		`  ${counts.questions} questions, ${counts.answers} answers by ${speakers}`,
		`  ${counts.dropped} lines dropped as page chrome; each is listed with its reason in the report`,
		...unconfirmed,
		written === undefined ? 'Dry run: nothing was written.' : `Wrote ${written}`,
	].join('\n');
}
