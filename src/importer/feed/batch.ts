/**
 * Imports many episodes in one run (a feed's items, a folder's files): one progress line per
 * episode, a summary at the end, and a failing episode listed with its reason while the
 * others go on. Episodes whose transcript and metadata are what the last run imported, and
 * whose folder is still there, are left alone. The import of one episode is injected
 * (`ImportEpisode`): this module decides what to import, never how.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { episodeFolderNames } from '../../model/read-content.ts';
import { ImportError } from '../errors.ts';
import { insideContentFolder } from '../paths.ts';
import type { Chapter } from './read-chapters.ts';
import { assignSlugs, type SlugRequest } from './slugs.ts';
import { knownSlugs, loadState, metadataHash, saveState, sha256, STATE_FOLDER, type ImportState } from './state.ts';

/** One episode to import, with everything the batch knows about it. */
export interface EpisodeInput {
	/** The transcript file's bytes, in any format the importer reads. */
	bytes: Uint8Array;
	/** The transcript's file name (from its URL, or in the folder): for messages and as a format hint. */
	fileName: string;
	/** The episode folder's name under `episodes/`, already unique and safe. */
	slug: string;
	title: string;
	/** `feed`: the item's title. `file-name`: made from the file's name, so a title in the text may be better. */
	titleFrom: 'feed' | 'file-name';
	/** `YYYY-MM-DD`. */
	date?: string;
	/** The show's name; always set for a feed. */
	show?: string;
	/** The episode's audio (the feed item's enclosure). */
	audio?: string;
	/** BCP 47, from the feed's `<language>`. */
	lang?: string;
	/** The episode's web page (the feed item's `<link>`). */
	sourceUrl?: string;
	/** The episode's chapters, in order, when the feed links them and they could be read. */
	chapters?: Chapter[];
}

export interface EpisodeCounts {
	questions: number;
	answers: number;
}

/** Imports one episode (the importer's plan and write); throws an `ImportError` when it cannot. */
export type ImportEpisode = (input: EpisodeInput) => Promise<EpisodeCounts>;

/** Where progress lines and the summary go: the process's stdout, or a test's buffer. */
export interface Output {
	write(chunk: string): unknown;
}

export interface BatchOptions {
	/** The content root (the folder holding `episodes/`), absolute. */
	contentRoot: string;
	importEpisode: ImportEpisode;
	out: Output;
	/** Where relative paths in messages start (default: the process's working folder). */
	cwd?: string;
	/** Import every episode again, even those unchanged since the last run. */
	reimport?: boolean;
}

/** What an episode's entry reads when its turn comes (the transcript may be on the network). */
export interface LoadedTranscript {
	bytes: Uint8Array;
	fileName: string;
	chapters?: Chapter[];
	/** Things worth saying that do not stop the import (chapters that could not be read). */
	notes: string[];
}

/** An entry of a batch, in order: an episode to import, or something skipped before reading. */
export type BatchEntry =
	| {
			kind: 'episode';
			/** What identifies the episode across runs (a guid, a file name). */
			key: string;
			slug: SlugRequest;
			/** Where the episode comes from, for messages: `feed.xml:40`, `transcripts/ep1.vtt`. */
			where: string;
			metadata: Omit<EpisodeInput, 'bytes' | 'fileName' | 'slug' | 'chapters'>;
			load: () => Promise<LoadedTranscript>;
	  }
	| { kind: 'skipped'; title: string; where: string; reason: string };

export type EpisodeOutcome =
	| { status: 'imported'; slug: string; title: string; questions: number; answers: number; notes: string[] }
	| { status: 'unchanged'; slug: string; title: string }
	| { status: 'skipped'; title: string; where: string; reason: string }
	| { status: 'failed'; slug: string; title: string; where: string; reason: string };

export interface BatchResult {
	/** 1 when any episode failed, else 0. */
	exitCode: 0 | 1;
	/** The state file, absolute. */
	stateFile: string;
	/** Whether the state file was written (false when nothing changed). */
	stateWritten: boolean;
	outcomes: EpisodeOutcome[];
}

export interface Batch {
	/** The show, or the folder: names the batch in the summary. */
	name: string;
	/** The feed or folder as given on the command line, kept in the state file. */
	source: string;
	/** The state file's name under `CONTENT/feeds/`, without `.json`; an ASCII slug. */
	stateName: string;
	show?: string;
	entries: BatchEntry[];
}

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

/** Why an episode failed, in one line: the error's `file:line: Code: message`. */
function reasonOf(error: unknown): string {
	if (error instanceof ImportError) return error.format();
	return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** The progress line of one episode: `[2/3] slug: 12 questions, 48 answers`. */
export function progressLine(outcome: EpisodeOutcome, index: number, total: number): string {
	const counter = `[${index + 1}/${total}]`;
	switch (outcome.status) {
		case 'imported': {
			const notes = outcome.notes.length === 0 ? '' : ` (${outcome.notes.join('; ')})`;
			return `${counter} ${outcome.slug}: ${plural(outcome.questions, 'question')}, ${plural(outcome.answers, 'answer')}${notes}`;
		}
		case 'unchanged':
			return `${counter} ${outcome.slug}: skipped (unchanged)`;
		case 'skipped':
			return `${counter} “${outcome.title}” (${outcome.where}): skipped (${outcome.reason})`;
		case 'failed':
			return `${counter} ${outcome.slug}: failed: ${outcome.reason}`;
	}
}

/** The summary after the progress lines: the counts, then each failed and skipped episode with its reason. */
export function formatBatchSummary(name: string, outcomes: readonly EpisodeOutcome[], stateFile: string): string {
	const count = (status: EpisodeOutcome['status']): number =>
		outcomes.filter((outcome) => outcome.status === status).length;
	const lines = [
		`${name}: ${count('imported')} imported, ${count('unchanged')} unchanged, ${count('skipped')} skipped, ${count('failed')} failed.`,
	];
	const failed = outcomes.filter((outcome) => outcome.status === 'failed');
	if (failed.length > 0) {
		lines.push('Failed (fix these and run the same command again; the others are done):');
		for (const outcome of failed) lines.push(`  ${outcome.slug} (${outcome.where}): ${outcome.reason}`);
	}
	const skipped = outcomes.filter((outcome) => outcome.status === 'skipped');
	if (skipped.length > 0) {
		lines.push('Skipped:');
		for (const outcome of skipped) lines.push(`  “${outcome.title}” (${outcome.where}): ${outcome.reason}`);
	}
	lines.push(`What was imported is remembered in ${stateFile}; running the command again imports only what changed.`);
	return lines.join('\n');
}

const shownPath = (path: string, cwd: string): string => {
	const fromCwd = relative(cwd, path);
	return fromCwd === '' || fromCwd.startsWith('..') ? path : fromCwd;
};

/** Imports the episodes of a batch, one after the other, and remembers what it imported. */
export async function runBatch(batch: Batch, options: BatchOptions): Promise<BatchResult> {
	const cwd = options.cwd ?? process.cwd();
	const stateFolder = join(options.contentRoot, STATE_FOLDER);
	const stateFile = insideContentFolder(stateFolder, [`${batch.stateName}.json`], 'feed state file name');
	const previous: ImportState = loadState(stateFile, batch.source);
	const episodesRoot = join(options.contentRoot, 'episodes');

	const episodes = batch.entries.flatMap((entry) => (entry.kind === 'episode' ? [entry] : []));
	const slugs = assignSlugs(
		episodes.map((entry) => ({ ...entry.slug, key: entry.key })),
		{
			...(batch.show === undefined ? {} : { show: batch.show }),
			// This batch's own state first: another state file may have remembered the same key.
			previous: new Map([
				...knownSlugs(stateFolder),
				...Object.entries(previous.episodes).map(([key, entry]): [string, string] => [key, entry.slug]),
			]),
			existing: episodeFolderNames(episodesRoot),
		},
	);

	const next: ImportState = { version: previous.version, source: batch.source, episodes: { ...previous.episodes } };
	const outcomes: EpisodeOutcome[] = [];
	for (const [index, entry] of batch.entries.entries()) {
		const outcome = await importEntry(entry, slugs, previous, next, episodesRoot, options);
		outcomes.push(outcome);
		options.out.write(`${progressLine(outcome, index, batch.entries.length)}\n`);
	}

	let stateWritten: boolean;
	try {
		stateWritten = await saveState(stateFile, next);
	} catch (error) {
		throw new ImportError(
			'WriteFailed',
			`The episodes were imported, but the file that remembers them could not be written (${error instanceof Error ? error.message : String(error)}). The next run will import them again. Check that the folder is writable.`,
			{ file: shownPath(stateFile, cwd) },
		);
	}
	options.out.write(`${formatBatchSummary(batch.name, outcomes, shownPath(stateFile, cwd))}\n`);
	return {
		exitCode: outcomes.some((outcome) => outcome.status === 'failed') ? 1 : 0,
		stateFile,
		stateWritten,
		outcomes,
	};
}

async function importEntry(
	entry: BatchEntry,
	slugs: ReadonlyMap<string, string>,
	previous: ImportState,
	next: ImportState,
	episodesRoot: string,
	options: BatchOptions,
): Promise<EpisodeOutcome> {
	if (entry.kind === 'skipped')
		return { status: 'skipped', title: entry.title, where: entry.where, reason: entry.reason };
	const slug = slugs.get(entry.key) ?? '';
	const title = entry.metadata.title;
	try {
		const loaded = await entry.load();
		const input: EpisodeInput = {
			...entry.metadata,
			bytes: loaded.bytes,
			fileName: loaded.fileName,
			slug,
			...(loaded.chapters === undefined ? {} : { chapters: loaded.chapters }),
		};
		const { bytes, ...metadata } = input;
		const hashes = { transcript: sha256(bytes), metadata: metadataHash({ ...metadata }) };
		const before = previous.episodes[entry.key];
		if (
			options.reimport !== true &&
			before?.slug === slug &&
			before.transcript === hashes.transcript &&
			before.metadata === hashes.metadata &&
			existsSync(join(episodesRoot, slug, 'episode.md'))
		) {
			return { status: 'unchanged', slug, title };
		}
		const counts = await options.importEpisode(input);
		next.episodes[entry.key] = { slug, ...hashes };
		return { status: 'imported', slug, title, ...counts, notes: loaded.notes };
	} catch (error) {
		return { status: 'failed', slug, title, where: entry.where, reason: reasonOf(error) };
	}
}
