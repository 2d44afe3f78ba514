/**
 * The content model: what an episode folder under `content/episodes/` means, once read
 * (docs/content-format.md). One parser makes it (read-episode.ts); the site's loader, the
 * search index and the importer all work from it, so none of them reads the Markdown again.
 */

/** One entry of an episode's speaker registry. A speaker id names one person across the site. */
export interface Speaker {
	/** How answers refer to the speaker (`:::answer{speaker=…}`); also the speaker page's URL. */
	id: string;
	/** The display name, shown above each answer and in `data-speaker`. */
	name: string;
	/** What the speaker does, shown next to the name. */
	role?: string | undefined;
	/** A page about the speaker. */
	link?: string | undefined;
	/** Other labels transcripts use for this person (`Lenny` for `Lenny Rachitsky`); kept across re-imports. */
	aliases?: string[] | undefined;
}

/** One `:::answer{#anchor speaker=id start=…}` block of a question file. */
export interface Answer {
	/** The permalink anchor: unique within the episode, never changed once published. */
	anchor: string;
	speakerId: string;
	/** Seconds from the start of the episode, when the transcript had timestamps. */
	start?: number | undefined;
	/**
	 * Anchors of answers that were published and are gone since (a re-import removed or merged
	 * them); links to them land here, the nearest answer that survives, with a note saying so.
	 */
	aliases: string[];
	/** Seconds from the start of the episode when the answer ends, when the transcript had it. */
	end?: number | undefined;
	/**
	 * The answer's blocks as plain text, whitespace collapsed: what readers read and search
	 * finds (with the site's typography when the reader applied it, see `ReadOptions`).
	 */
	paragraphs: string[];
	/**
	 * When each of `paragraphs` starts in the audio (its leading `:time[12:34]`), by index;
	 * undefined for a paragraph without one.
	 */
	paragraphStarts: (number | undefined)[];
	/** The line of the file the answer starts on, for messages about it. */
	line: number;
}

export interface Question {
	/** The question's URL segment: ASCII, at most 40 characters, never changed once published. */
	id: string;
	/** Position in the conversation, from 1. */
	order: number;
	/** Ids the question had before; their URLs redirect to this question's page. */
	aliases: string[];
	/** The question as asked; the page's only `<h1>`. */
	question: string;
	/** Speaker id of whoever asked, when the transcript names them. */
	askedBy?: string | undefined;
	/** When the question is asked, in seconds from the start of the episode. */
	start?: number | undefined;
	/** The file's path as the build was given it, e.g. `content/episodes/onboard-26/02-train.md`. */
	file: string;
	/** The Markdown after the frontmatter: the answers, to be rendered. */
	body: string;
	answers: Answer[];
}

export interface Episode {
	/** The folder name: the episode's id and URL segment. */
	slug: string;
	title: string;
	show?: string | undefined;
	/** The publication day (UTC midnight); undefined for an undated episode. */
	date?: Date | undefined;
	/** Who wrote the transcript or article. */
	author?: string | undefined;
	/** BCP 47 language tag: drives `<html lang>`, interface text and search segmentation. */
	lang: string;
	/** Where the transcript was published. */
	sourceUrl?: string | undefined;
	/** The episode's audio file: pages play it from any answer with a start time. */
	audio?: string | undefined;
	/** The speaker registry, in its order (which picks each speaker's colour tone). */
	speakers: Speaker[];
	/** The body of `episode.md`: the description, as Markdown. */
	description: string;
	/** The description's blocks as plain text. */
	descriptionParagraphs: string[];
	/** Path of `episode.md`, as the build was given it. */
	file: string;
	/** In conversation order. */
	questions: Question[];
}

/** A file of an episode folder: its name within the folder and its text. */
export interface EpisodeFile {
	name: string;
	content: string;
}
