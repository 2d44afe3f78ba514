import { imagePlaceholderReason, isFooterText } from '../chrome.ts';
import { isFooterLabel, isNoteLabel, looksLikeName } from '../labels.ts';
import { takeTimestamp } from '../timestamps.ts';
import type { MergedLabel } from '../speaker-names.ts';
import type { DroppedLine, LabelLine, SourceLine, SplitRule } from '../transcript.ts';

/**
 * What every format's splitter returns: the lines before the conversation, and the
 * conversation as questions with answers, still labelled with speaker names as written.
 */

export interface RawAnswer {
	speaker: string;
	/** Seconds, when the answer started with a timestamp. */
	start?: number;
	/** Seconds, when the transcript says when the answer ends (captions). */
	end?: number;
	paragraphs: SourceLine[];
}

export interface RawQuestion {
	/** The line where the question starts. */
	line: number;
	start?: number;
	/** Who asked, when the transcript names them (speaker transcripts). */
	asker?: string;
	text: SourceLine[];
	answers: RawAnswer[];
}

export interface ConversationSplit {
	/** Lines before the first question: title, date, intro and page chrome. */
	header: SourceLine[];
	questions: RawQuestion[];
	/** Lines after the header that are not part of the conversation. */
	dropped: DroppedLine[];
	/** Labels that look like names but were not taken as speakers, for the report. */
	rejectedLabels: { line: number; label: string }[];
	/** Timestamps that began a paragraph inside an answer, split off its text. */
	timestamps: { line: number; seconds: number }[];
	/** Lines that only name the speaker of the turn they start (and its time): the turn carries both. */
	labels: LabelLine[];
	rule: SplitRule;
	/** Labels taken as another speaker's (`Lenny` as `Lenny Rachitsky`), for the report. */
	mergedSpeakers: MergedLabel[];
	/** What was said before the first question, moved to the description (speakers.ts). */
	opening: (SourceLine & { speaker: string })[];
}

/** A split with nothing in it yet, deciding questions by `rule`. */
export function emptySplit(rule: SplitRule): ConversationSplit {
	return {
		header: [],
		questions: [],
		dropped: [],
		rejectedLabels: [],
		timestamps: [],
		labels: [],
		rule,
		mergedSpeakers: [],
		opening: [],
	};
}

const FOOTER = 'page footer after the transcript';

/**
 * A line inside the conversation that starts neither a question nor a turn: the page footer
 * (which runs to the next question or turn), an image placeholder, or text that continues
 * the current turn. Dropped lines, and name-shaped labels that were not taken as speakers,
 * are recorded in `split`.
 */
export function classifyOtherLine(
	line: SourceLine,
	label: string | undefined,
	inFooter: boolean,
	split: ConversationSplit,
): 'footer' | 'dropped' | 'text' {
	if (inFooter || (label !== undefined && isFooterLabel(label)) || isFooterText(line.text)) {
		split.dropped.push({ line: line.line, text: line.text, reason: FOOTER });
		return 'footer';
	}
	const image = imagePlaceholderReason(line.text);
	if (image) {
		split.dropped.push({ line: line.line, text: line.text, reason: image });
		return 'dropped';
	}
	if (label !== undefined && looksLikeName(label) && !isNoteLabel(label)) {
		split.rejectedLabels.push({ line: line.line, label });
	}
	return 'text';
}

/** A paragraph that continues a turn; a timestamp at its start moves to `split.timestamps`. */
export function continuation(line: SourceLine, split: ConversationSplit): SourceLine {
	const { seconds, rest } = takeTimestamp(line.text);
	if (seconds === undefined || rest === '') return line;
	split.timestamps.push({ line: line.line, seconds });
	return { line: line.line, text: rest };
}
