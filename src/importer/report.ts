import type { Encoding } from './decode.ts';
import type { MergedLabel } from './speaker-names.ts';
import { formatSeconds } from '../model/time.ts';
import type { DateFrom, DroppedLine, Speaker, SplitRule, TitleFrom, Transcript } from './transcript.ts';

/**
 * The import report: printed with `--json`, saved as `import-report.json` beside the
 * episode. Outside tools parse it, so fields are only ever added, never renamed or removed.
 */
export interface ImportReport {
	episode: {
		slug: string;
		title: string;
		/** Where `title` came from: a line of the text, the file name (the text has none), or `--title`. */
		titleFrom: TitleFrom;
		/** Absent when the episode is undated. */
		date?: string;
		/** Where `date` came from: a line of the text or `--date`; `none` when the episode is undated. */
		dateFrom: DateFrom;
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
		/** Speaker id of whoever asked, when the transcript names them. */
		askedBy?: string;
		/** Seconds from the start of the episode, when the transcript has timestamps. */
		start?: number;
		answers: { speaker: string; speakerId: string; anchor: string; start?: number }[];
	}[];
	dropped: DroppedLine[];
	/** Labels shaped like names that were used only once and so were kept as text. */
	unconfirmedSpeakers: { line: number; label: string }[];
	/** Timestamps that began paragraphs inside answers, split off their text. */
	timestamps: { line: number; seconds: number }[];
	/** Labels read as another speaker's (`Lenny` as `Lenny Rachitsky`), and why: `option` (`--alias`), `registry` or `first-name`. */
	mergedSpeakers: MergedLabel[];
	/** Lines said before the first question (an introduction, a cold open) that asked nothing, moved into the description. */
	openingMoved: { line: number; speaker: string }[];
	source: { file: string; encoding: Encoding; format: Transcript['format']; formatFrom: string };
	/** How questions were told apart: by question labels, the hosts' turns, chapters or topic blocks. */
	rule: SplitRule;
	counts: {
		lines: number;
		questions: number;
		answers: number;
		dropped: number;
		/** Punctuation marks changed by `--cjk-punctuation`. */
		cjkPunctuation: number;
	};
	/** sha256 of each file as written, so a re-import can tell which files were edited by hand. */
	files: Record<string, string>;
}

export function buildReport(
	transcript: Transcript,
	questionFiles: string[],
	source: Omit<ImportReport['source'], 'format' | 'formatFrom'>,
	lineCount: number,
	files: Record<string, string>,
): ImportReport {
	const names = new Map(transcript.speakers.map((speaker) => [speaker.id, speaker.name]));
	const questions = transcript.questions.map((question, index) => ({
		id: question.id,
		file: questionFiles[index] ?? '',
		question: question.text.map((part) => part.text).join('\n'),
		...(question.askedBy === undefined ? {} : { askedBy: question.askedBy }),
		...(question.start === undefined ? {} : { start: question.start }),
		answers: question.answers.map((answer) => ({
			speaker: names.get(answer.speakerId) ?? answer.speakerId,
			speakerId: answer.speakerId,
			anchor: answer.anchor,
			...(answer.start === undefined ? {} : { start: answer.start }),
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
		unconfirmedSpeakers: transcript.unconfirmedSpeakers,
		timestamps: transcript.timestamps,
		mergedSpeakers: transcript.mergedSpeakers,
		openingMoved: transcript.openingMoved,
		source: { ...source, format: transcript.format, formatFrom: transcript.formatFrom },
		rule: transcript.rule,
		counts: {
			lines: lineCount,
			questions: questions.length,
			answers: questions.reduce((sum, question) => sum + question.answers.length, 0),
			dropped: transcript.dropped.length,
			cjkPunctuation: transcript.cjkPunctuationChanges,
		},
		files,
	};
}

function describeRule(rule: SplitRule): string {
	if (rule.kind === 'question-labels') return 'questions start at question labels';
	if (rule.kind === 'chapters') return `one question per chapter (${rule.chapters} chapters from --chapters)`;
	if (rule.kind === 'topics') {
		return 'no host asks questions, so questions are blocks of turns titled by their first sentence (choose hosts with --host, or give --chapters)';
	}
	const hosts = rule.hosts.join(', ');
	return rule.hostsFrom === 'option'
		? `questions start where a host (${hosts}) asks`
		: `questions start where ${hosts} asks (the speaker who asks most; choose hosts with --host)`;
}

/** The few lines a person reads after an import. */
export function formatSummary(report: ImportReport, written: string | undefined): string {
	const perSpeaker = new Map<string, number>();
	for (const answer of report.questions.flatMap((question) => question.answers)) {
		perSpeaker.set(answer.speaker, (perSpeaker.get(answer.speaker) ?? 0) + 1);
	}
	const speakers = [...perSpeaker].map(([name, count]) => `${name} (${count})`).join(', ');
	const { episode, counts, source } = report;
	const timed = report.questions.flatMap((question) => question.answers).filter((answer) => answer.start !== undefined);
	const lastStart = timed.at(-1)?.start;
	const unconfirmed = report.unconfirmedSpeakers.map(
		({ line, label }) =>
			`  line ${line}: \`${label}\` looks like a speaker but is used once, so it was kept as text; if it is a speaker, import again with --speaker "${label}"`,
	);
	return [
		`Read ${source.file} as ${source.encoding}, ${source.format} format (${source.formatFrom}), ${episode.lang}; ${describeRule(report.rule)}.`,
		`Episode ${episode.slug}: ${episode.title}${episode.date === undefined ? '' : `, ${episode.date}`}`,
		...(episode.titleFrom === 'file-name'
			? ['  title taken from the file name, as the text has no title line; set another with --title "…"']
			: []),
		...(episode.dateFrom === 'none'
			? ['  no date found in the text, so the episode is undated; set one with --date YYYY-MM-DD']
			: []),
		`  ${counts.questions} questions, ${counts.answers} answers by ${speakers}`,
		...(lastStart === undefined
			? []
			: [`  ${timed.length} answers have start times, the last at ${formatSeconds(lastStart)}`]),
		...(counts.cjkPunctuation === 0
			? []
			: [`  ${counts.cjkPunctuation} punctuation marks made full-width (--cjk-punctuation)`]),
		`  ${counts.dropped} lines dropped as page chrome; each is listed with its reason in the report`,
		...(report.openingMoved.length === 0
			? []
			: [
					`  ${report.openingMoved.length} lines said before the first question (by ${[...new Set(report.openingMoved.map((moved) => moved.speaker))].join(', ')}) went into the description`,
				]),
		...report.mergedSpeakers.map(
			({ label, into, why }) =>
				`  \`${label}\` read as ${into}${why === 'first-name' ? ' (the first name of one speaker)' : why === 'registry' ? ' (an alias in episode.md)' : ' (--alias)'}; if they are two people, import again with --alias "${label}=${label}"`,
		),
		...unconfirmed,
		written === undefined ? 'Dry run: nothing was written.' : `Wrote ${written}`,
	].join('\n');
}
