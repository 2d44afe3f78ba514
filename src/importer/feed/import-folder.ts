/**
 * `npm run import -- DIR`: each transcript file in a folder becomes an episode, titled from
 * its file name as a single import would be. `NAME.chapters.json` beside `NAME.vtt` holds
 * that episode's chapters. Re-runs import only new or changed files (batch.ts).
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { joinWords } from '../../model/slug.ts';
import { decodeTranscript } from '../decode.ts';
import { ImportError } from '../errors.ts';
import { titleFromFileName } from '../metadata.ts';
import { runBatch, type BatchEntry, type BatchOptions, type BatchResult } from './batch.ts';
import { readChapters } from './read-chapters.ts';

export interface FolderImportOptions extends BatchOptions {
	/** The folder of transcripts, relative to `cwd`. */
	folder: string;
	/** The show every episode belongs to (`--show`). */
	show?: string;
	/** The language of every episode (`--lang`); detected per episode otherwise. */
	lang?: string;
}

const TRANSCRIPT_EXTENSIONS = new Set(['txt', 'vtt', 'srt', 'json', 'tsv', 'html', 'htm']);
const CHAPTERS_SUFFIX = '.chapters.json';

const stem = (name: string): string => name.replace(/\.[^.]+$/u, '');
const extension = (name: string): string => /\.([^.]+)$/u.exec(name)?.[1]?.toLowerCase() ?? '';

/** A file's name as a slug, every word kept (`podnews_daily_2024-01-25.vtt` → `podnews-daily-2024-01-25`). */
const fileSlug = (name: string): string => joinWords(stem(name).split(/[^\p{L}\p{N}]+/u));

/** The entries of a folder's files, in name order (`ep2` before `ep10`). */
export function folderEntries(
	names: readonly string[],
	folder: string,
	shownFolder: string,
	options: FolderImportOptions,
): BatchEntry[] {
	const files = new Set(names);
	const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
	const entries: BatchEntry[] = [];
	for (const name of sorted) {
		const where = join(shownFolder, name);
		if (name.endsWith(CHAPTERS_SUFFIX)) continue;
		if (!TRANSCRIPT_EXTENSIONS.has(extension(name))) {
			entries.push({
				kind: 'skipped',
				title: name,
				where,
				reason: 'not a transcript file; the importer reads .txt, .vtt, .srt, .json and .html files',
			});
			continue;
		}
		const title = titleFromFileName(name);
		const chaptersName = `${stem(name)}${CHAPTERS_SUFFIX}`;
		const base = fileSlug(name);
		entries.push({
			kind: 'episode',
			key: name,
			slug: { key: name, title, ...(base === '' ? {} : { base }) },
			where,
			metadata: {
				title,
				titleFrom: 'file-name',
				...(options.show === undefined ? {} : { show: options.show }),
				...(options.lang === undefined ? {} : { lang: options.lang }),
			},
			load: async () => {
				const bytes = await readFile(join(folder, name));
				if (!files.has(chaptersName)) return { bytes, fileName: name, notes: [] };
				const chaptersFile = join(shownFolder, chaptersName);
				const chaptersBytes = await readFile(join(folder, chaptersName));
				// A chapters file put beside the transcript on purpose is an error when broken, not a note.
				const chapters = readChapters(decodeTranscript(chaptersBytes, chaptersFile).text, chaptersFile);
				return { bytes, fileName: name, chapters, notes: [] };
			},
		});
	}
	return entries;
}

/**
 * Imports every transcript file of a folder (not its subfolders, nor hidden files). Throws an
 * `ImportError` when the folder cannot be read; a file that fails is reported and the others go on.
 */
export async function importFolder(options: FolderImportOptions): Promise<BatchResult> {
	const cwd = options.cwd ?? process.cwd();
	const folder = resolve(cwd, options.folder);
	let names: string[];
	try {
		names = readdirSync(folder, { withFileTypes: true })
			.filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
			.map((entry) => entry.name);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new ImportError(
			code === 'ENOENT' ? 'FileNotFound' : 'FileUnreadable',
			code === 'ENOENT'
				? 'The folder does not exist. Nothing was written. Check the path (relative paths start in the folder you ran the command from).'
				: `The folder could not be read (${(error as Error).message}). Nothing was written.`,
			{ file: options.folder },
		);
	}
	const folderName = joinWords([basename(folder)]);
	return runBatch(
		{
			name: options.show ?? basename(folder),
			source: options.folder,
			stateName: `folder-${folderName === '' ? 'transcripts' : folderName}`,
			...(options.show === undefined ? {} : { show: options.show }),
			entries: folderEntries(names, folder, options.folder, options),
		},
		{ ...options, cwd },
	);
}
