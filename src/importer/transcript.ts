/**
 * The importer's data model: what a transcript becomes once it is split, before it is
 * written as Markdown. Every piece of text keeps the line it came from, so that the
 * report, the nothing-lost check and error messages can point back into the input.
 */
import type { Speaker } from '../model/episode.ts';
import type { MergedLabel } from './speaker-names.ts';

// One Speaker type: the importer writes the registry that the content model reads.
export type { Speaker };

/** A non-blank line of the input, numbered from 1 as editors number them. */
export interface SourceLine {
	line: number;
	text: string;
	/** When the paragraph starts in the audio, for timed transcripts (captions). */
	start?: number;
}

export interface Answer {
	speakerId: string;
	/** Permalink anchor, unique within the episode. */
	anchor: string;
	/** Seconds from the start of the episode, when the transcript has timestamps. */
	start?: number;
	/** When the answer ends, for timed transcripts (captions). */
	end?: number;
	paragraphs: SourceLine[];
	/** Anchors of an earlier import that now land on this answer (aliases.ts). */
	aliases?: string[];
}

export interface Question {
	/** URL segment: ASCII, at most 40 characters, unique within the episode. */
	id: string;
	/** The question's text without its label, one entry per paragraph. */
	text: SourceLine[];
	start?: number;
	/** Speaker id of whoever asked, when the transcript names them. */
	askedBy?: string;
	answers: Answer[];
	/** Ids of an earlier import whose URLs now redirect to this question (aliases.ts). */
	aliases?: string[];
}

/** Where the title came from: a line of the transcript, its file name, or `--title`. */
export type TitleFrom = 'text' | 'file-name' | 'option';
/** Where the date came from: a line of the transcript or `--date`; `none` for an undated episode. */
export type DateFrom = 'text' | 'option' | 'none';

export interface EpisodeMetadata {
	slug: string;
	title: string;
	titleFrom: TitleFrom;
	/** `YYYY-MM-DD`. */
	date?: string;
	dateFrom: DateFrom;
	author?: string;
	show?: string;
	sourceUrl?: string;
	/** The episode's audio file, from `--audio` or a feed. */
	audio?: string;
	/** BCP 47 tag, e.g. `zh-CN`. */
	lang: string;
}

/** A line the importer read and deliberately left out of the content. */
export interface DroppedLine {
	line: number;
	text: string;
	reason: string;
}

/** A line that only names a turn's speaker (`Lenny (00:01:01):`), whose name is in the registry. */
export interface LabelLine {
	line: number;
	text: string;
	speaker: string;
}

/** Where each metadata value was found, for the report and the nothing-lost check. */
export interface MetadataSource {
	line: number;
	text: string;
	field: 'title' | 'date' | 'author' | 'sourceUrl' | 'description' | 'audio';
	value: string;
}

/**
 * How the splitter decided where questions start; shown in the report. It lives in the
 * model rather than beside the splitters so that imports flow one way: formats/ depends
 * on the model, never the model on formats/.
 */
export type SplitRule =
	| { kind: 'question-labels'; labels: string[] }
	| { kind: 'host-turns'; hosts: string[]; hostsFrom: 'option' | 'most-questions' }
	/** Timed transcripts: one question per chapter of `--chapters`, titled by the chapter. */
	| { kind: 'chapters'; chapters: number }
	/** A conversation with no questions: blocks of turns, each titled by its first sentence. */
	| { kind: 'topics' };

export interface Transcript {
	episode: EpisodeMetadata;
	speakers: Speaker[];
	/** The article's intro, one entry per paragraph; becomes the episode description. */
	description: SourceLine[];
	questions: Question[];
	metadataSources: MetadataSource[];
	dropped: DroppedLine[];
	/** Name-shaped labels used only once, kept as text; the report asks the user about them. */
	unconfirmedSpeakers: { line: number; label: string }[];
	/** The lines said before the first question that went into the description, and by whom. */
	openingMoved: { line: number; speaker: string }[];
	/** Labels taken as another speaker's (`Lenny` as `Lenny Rachitsky`), and why. */
	mergedSpeakers: MergedLabel[];
	/** Timestamps that began paragraphs inside answers; answers keep only their start. */
	timestamps: { line: number; seconds: number }[];
	/** Lines that only named the speaker of a turn (and its time), for the nothing-lost check. */
	labels: LabelLine[];
	/**
	 * The text formats, or the caption format a timed transcript came in (`plain`: a text
	 * without speakers, read as untimed cues).
	 */
	format: 'article' | 'speakers' | 'rev' | 'otter' | 'zoom' | 'vtt' | 'srt' | 'json' | 'tsv' | 'html' | 'plain';
	/** Why the file was read in `format`: what detection saw, or `chosen with --format`. */
	formatFrom: string;
	rule: SplitRule;
	/** How many punctuation marks `--cjk-punctuation` changed. */
	cjkPunctuationChanges: number;
}
