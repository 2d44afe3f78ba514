import { createHash } from 'node:crypto';
import { ContentError } from '../model/content-error.ts';
import type { Episode } from '../model/episode.ts';
import { isContentFile, readEpisode } from '../model/read-episode.ts';
import { ImportError } from './errors.ts';
import type { ContentFile } from './markdown.ts';
import type { PreviousQuestion } from './match.ts';
import type { MergedLabel } from './speaker-names.ts';
import type { Speaker } from './transcript.ts';

/**
 * What an earlier import, and the people who edited it since, left in an episode folder:
 * the speaker registry (with roles and links added by hand), the ids and anchors that
 * links point at, and the fingerprints of the files as the importer wrote them.
 */
export interface PreviousEpisode {
	speakers: Speaker[];
	questions: PreviousQuestion[];
	/** Each importer-owned file as it is now. */
	files: ContentFile[];
	/** sha256 of each file as the last import wrote it, from import-report.json. */
	written: ReadonlyMap<string, string>;
	/** The labels the last import merged, and why, from import-report.json (`mergedSpeakers`). */
	merged: MergedLabel[];
}

export const REPORT_FILE = 'import-report.json';

export function sha256(content: string): string {
	return createHash('sha256').update(content, 'utf8').digest('hex');
}

function parseWritten(report: string | undefined): Map<string, string> {
	if (report === undefined) return new Map();
	try {
		const parsed: unknown = JSON.parse(report);
		const files = isRecord(parsed) ? parsed['files'] : undefined;
		if (!isRecord(files)) return new Map();
		return new Map(Object.entries(files).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
	} catch {
		return new Map();
	}
}

const MERGE_REASONS: ReadonlySet<string> = new Set(['option', 'registry', 'first-name']);

function parseMerged(report: string | undefined): MergedLabel[] {
	if (report === undefined) return [];
	try {
		const parsed: unknown = JSON.parse(report);
		const merged = isRecord(parsed) ? parsed['mergedSpeakers'] : undefined;
		if (!Array.isArray(merged)) return [];
		return merged.flatMap((entry: unknown) =>
			isRecord(entry) &&
			typeof entry['label'] === 'string' &&
			typeof entry['into'] === 'string' &&
			typeof entry['why'] === 'string' &&
			MERGE_REASONS.has(entry['why'])
				? [{ label: entry['label'], into: entry['into'], why: entry['why'] as MergedLabel['why'] }]
				: [],
		);
	} catch {
		return [];
	}
}

/**
 * Reads the files of an existing episode folder (already loaded from disk by the CLI) through
 * the content model, as the site reads them. A folder the site could not build either is
 * refused rather than guessed at: its ids are what shared links point to.
 */
export function parsePreviousEpisode(files: ContentFile[], folder: string): PreviousEpisode {
	const content = files.filter((file) => isContentFile(file.path));
	let episode: Episode;
	try {
		episode = readEpisode(
			folder,
			content.map((file) => ({ name: file.path, content: file.content })),
		);
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		throw new ImportError(
			'PreviousEpisodeInvalid',
			`The episode already in \`${folder}\` cannot be read, so its question ids and answer anchors cannot be kept: ${error.message} ` +
				'Nothing was written. Fix that file and import again, or move the folder away to import the episode afresh.',
			{ file: error.file, ...(error.line === undefined ? {} : { line: error.line }) },
		);
	}
	return {
		speakers: episode.speakers.map(({ id, name, role, link, aliases }) => ({
			id,
			name,
			...(role === undefined ? {} : { role }),
			...(link === undefined ? {} : { link }),
			...(aliases === undefined ? {} : { aliases }),
		})),
		questions: episode.questions.map((question) => ({
			id: question.id,
			text: question.question,
			aliases: question.aliases,
			answers: question.answers.map((answer) => ({
				anchor: answer.anchor,
				speakerId: answer.speakerId,
				text: answer.paragraphs.join('\n'),
				aliases: answer.aliases,
			})),
		})),
		files: content,
		written: parseWritten(files.find((file) => file.path === REPORT_FILE)?.content),
		merged: parseMerged(files.find((file) => file.path === REPORT_FILE)?.content),
	};
}

/** New speakers keep the name, role and link a person gave them in the existing registry. */
export function mergeSpeakers(found: Speaker[], existing: Speaker[]): Speaker[] {
	const byId = new Map(existing.map((speaker) => [speaker.id, speaker]));
	return found.map((speaker) => {
		const kept = byId.get(speaker.id);
		const aliases = [...new Set([...(speaker.aliases ?? []), ...(kept?.aliases ?? [])])];
		return { ...speaker, ...kept, ...(aliases.length === 0 ? {} : { aliases }) };
	});
}

/**
 * Files a person changed since the last import that the new import would overwrite or
 * delete. A file with no fingerprint (no report, or a file the importer did not write)
 * counts as edited: the importer cannot tell, so it does not guess.
 */
export function handEditedConflicts(previous: PreviousEpisode, next: ContentFile[]): string[] {
	const planned = new Map(next.map((file) => [file.path, file.content]));
	return previous.files
		.filter((file) => previous.written.get(file.path) !== sha256(file.content))
		.filter((file) => planned.get(file.path) !== file.content)
		.map((file) => file.path)
		.sort();
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
