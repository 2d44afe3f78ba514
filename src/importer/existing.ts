import { createHash } from 'node:crypto';
import { toString } from 'mdast-util-to-string';
import { isRecord, readContentFile } from './content-reader.ts';
import type { ContentFile } from './markdown.ts';
import type { PreviousQuestion } from './match.ts';
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
}

export const REPORT_FILE = 'import-report.json';

export function sha256(content: string): string {
	return createHash('sha256').update(content, 'utf8').digest('hex');
}

function parseSpeakers(data: unknown): Speaker[] {
	if (!isRecord(data) || !Array.isArray(data['speakers'])) return [];
	return data['speakers'].flatMap((entry: unknown): Speaker[] => {
		if (!isRecord(entry)) return [];
		const { id, name, role, link } = entry;
		if (typeof id !== 'string' || typeof name !== 'string') return [];
		return [
			{
				id,
				name,
				...(typeof role === 'string' ? { role } : {}),
				...(typeof link === 'string' ? { link } : {}),
			},
		];
	});
}

function parseQuestion(content: string): PreviousQuestion | undefined {
	const { data, tree } = readContentFile(content);
	if (!isRecord(data) || typeof data['id'] !== 'string') return undefined;
	const answers = tree.children.flatMap((node) => {
		if (node.type !== 'containerDirective' || node.name !== 'answer') return [];
		const anchor = node.attributes?.['id'];
		const speakerId = node.attributes?.['speaker'];
		if (!anchor || !speakerId) return [];
		return [{ anchor, speakerId, text: toString(node) }];
	});
	return { id: data['id'], text: typeof data['question'] === 'string' ? data['question'] : '', answers };
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

/** Reads the files of an existing episode folder (already loaded from disk by the CLI). */
export function parsePreviousEpisode(files: ContentFile[]): PreviousEpisode {
	const markdown = files.filter((file) => file.path.endsWith('.md'));
	const episode = markdown.find((file) => file.path === 'episode.md');
	return {
		speakers: episode ? parseSpeakers(readContentFile(episode.content).data) : [],
		questions: markdown
			.filter((file) => file.path !== 'episode.md')
			.sort((a, b) => a.path.localeCompare(b.path))
			.flatMap((file) => parseQuestion(file.content) ?? []),
		files: markdown,
		written: parseWritten(files.find((file) => file.path === REPORT_FILE)?.content),
	};
}

/** New speakers keep the name, role and link a person gave them in the existing registry. */
export function mergeSpeakers(found: Speaker[], existing: Speaker[]): Speaker[] {
	const byId = new Map(existing.map((speaker) => [speaker.id, speaker]));
	return found.map((speaker) => ({ ...speaker, ...byId.get(speaker.id) }));
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
