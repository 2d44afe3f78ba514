import { ContentError } from '../model/content-error.ts';
import type { Episode } from '../model/episode.ts';
import { isContentFile, readEpisode } from '../model/read-episode.ts';
import { captionWords, type Cue } from './captions/index.ts';
import { ImportError } from './errors.ts';
import type { ContentFile } from './markdown.ts';
import type { SourceLine, Transcript } from './transcript.ts';

/**
 * The nothing-lost check. It does not trust the splitter: it reads the files that are about
 * to be written through the content model, as the site will, and looks for every line of
 * the input in what it read. A line must be found there, or be listed as dropped, or be where a
 * metadata value was taken from.
 */

export interface LostLine {
	line: number;
	text: string;
	problem: string;
}

const HALF_WIDTH: Record<string, string> = {
	'，': ',',
	'：': ':',
	'；': ';',
	'？': '?',
	'！': '!',
	'（': '(',
	'）': ')',
};

/** Whitespace collapsed and `--cjk-punctuation`'s marks mapped back, so texts compare modulo both. */
const canonical = (text: string): string =>
	text
		.replace(/[，：；？！（）]/gu, (mark) => HALF_WIDTH[mark] ?? mark)
		.replace(/\s+/gu, ' ')
		.trim();

/** Every text of the episode as the site reads it: metadata, speakers, description, questions, answers. */
function readBack(episode: Episode): Set<string> {
	const found = new Set<string>();
	const add = (value: string | undefined): void => {
		if (value !== undefined) value.split('\n').forEach((part) => found.add(canonical(part)));
	};
	[episode.title, episode.show, episode.author, episode.lang, episode.sourceUrl, episode.audio].forEach(add);
	if (episode.date) found.add(episode.date.toISOString().slice(0, 10));
	for (const speaker of episode.speakers) {
		[speaker.id, speaker.name, speaker.role, speaker.link, ...(speaker.aliases ?? [])].forEach(add);
	}
	episode.descriptionParagraphs.forEach(add);
	for (const question of episode.questions) {
		add(question.question);
		for (const answer of question.answers) answer.paragraphs.forEach(add);
	}
	return found;
}

/** The files about to be written, read as the site will read them; refused if the site could not. */
function readPlanned(slug: string, files: ContentFile[]): Episode {
	try {
		return readEpisode(
			`episodes/${slug}`,
			files.filter((file) => isContentFile(file.path)).map((file) => ({ name: file.path, content: file.content })),
		);
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		throw new ImportError(
			'InvalidContentWritten',
			`The importer made content the site could not read, so nothing was written: ${error.message} ` +
				'This is a bug in the importer; please report it with the transcript attached.',
		);
	}
}

export function findLostLines(input: SourceLine[], transcript: Transcript, files: ContentFile[]): LostLine[] {
	const content = new Map<number, string>();
	for (const part of transcript.description) content.set(part.line, part.text);
	for (const question of transcript.questions) {
		for (const part of question.text) content.set(part.line, part.text);
		for (const answer of question.answers) for (const part of answer.paragraphs) content.set(part.line, part.text);
	}
	const metadata = new Map(transcript.metadataSources.map((source) => [source.line, source.value]));
	// A label line's speaker must be in the registry written.
	for (const label of transcript.labels) metadata.set(label.line, label.speaker);
	const dropped = new Set(transcript.dropped.map((entry) => entry.line));

	const written = readBack(readPlanned(transcript.episode.slug, files));
	const lost: LostLine[] = [];
	for (const { line, text } of input) {
		if (text === '' || dropped.has(line)) continue;
		const value = content.get(line) ?? metadata.get(line);
		if (value === undefined) {
			// A line holding only a label (`问题：` on its own line) carries no text to lose.
			if (/^(?:\*\*)?[^:：]{1,32}[:：](?:\*\*)?\s*(?:\\?\[[\d:.,]+\\?\])?$/u.test(text)) continue;
			lost.push({ line, text, problem: 'is neither in the content nor in the dropped list' });
		} else if (!written.has(canonical(value))) {
			lost.push({ line, text, problem: 'was assigned to the content but is missing from the Markdown written' });
		}
	}
	return lost;
}

/** The first place where the written content's words part from the caption file's, when they do. */
export interface LostWord {
	/** The line of the cue the missing or changed word came from. */
	line: number;
	expected: string;
	found: string;
}

/**
 * The nothing-lost check for timed transcripts: every word of every cue appears in the content
 * the site will read, once and in order (question texts count where a host asked them;
 * chapter and topic titles are added, not taken from the file).
 */
export function findLostWord(cues: readonly Cue[], transcript: Transcript, files: ContentFile[]): LostWord | undefined {
	const expected = cues.flatMap((cue) => captionWords(cue.text).map((word) => ({ word, line: cue.line })));
	const episode = readPlanned(transcript.episode.slug, files);
	const askedInText = transcript.rule.kind === 'host-turns';
	const found = episode.questions.flatMap((question) => [
		...(askedInText ? captionWords(question.question) : []),
		...question.answers.flatMap((answer) => answer.paragraphs.flatMap(captionWords)),
	]);
	const length = Math.max(expected.length, found.length);
	for (let index = 0; index < length; index += 1) {
		const want = expected[index];
		if (want?.word === found[index]) continue;
		return { line: want?.line ?? cues.at(-1)?.line ?? 1, expected: want?.word ?? '', found: found[index] ?? '' };
	}
	return undefined;
}
