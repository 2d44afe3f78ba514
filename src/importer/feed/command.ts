/**
 * The batch imports as the CLI runs them: `npm run import -- --feed FEED [--transcripts DIR]`
 * and `npm run import -- DIR`. cli.ts parses the arguments and supplies `importEpisode` (the
 * importer's plan and write for one episode); this returns the exit code.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ImportError } from '../errors.ts';
import type { ImportEpisode, Output } from './batch.ts';
import { importFeed } from './import-feed.ts';
import { importFolder } from './import-folder.ts';

/** The lines cli.ts's USAGE can add for the batch imports. */
export const BATCH_USAGE = `       npm run import -- --feed FEED [--transcripts DIR] [options]
       npm run import -- DIR [options]

  --feed FEED             import every episode of a podcast RSS feed (URL or file) that has a
                          <podcast:transcript>; run it again to import only new or changed ones
  --transcripts DIR       with --feed: read transcripts and chapters from DIR, by their URLs'
                          file names, instead of downloading them
  DIR                     import every transcript file in a folder, one episode each`;

/** The parsed options; `undefined` where the option was not given, as `parseArgs` returns them. */
export interface BatchCommand {
	/** `--feed`: a URL or a path. */
	feed?: string | undefined;
	/** The positional argument when it is a folder. */
	folder?: string | undefined;
	/** `--transcripts`. */
	transcripts?: string | undefined;
	/** `--show`: the show of every episode (default: a feed's title; none for a folder). */
	show?: string | undefined;
	/** `--lang`: the language of every episode (default: a feed's `<language>`, else detected per episode). */
	lang?: string | undefined;
	/** Import episodes again even when unchanged since the last run. */
	reimport?: boolean | undefined;
	/** The content root, relative to `cwd` or absolute (`--out`). */
	out: string;
	cwd: string;
	importEpisode: ImportEpisode;
	io: { out: Output; err: Output };
}

/** Is the command-line argument a folder (so `npm run import -- DIR` means a folder import)? */
export function isFolderArgument(path: string, cwd: string): boolean {
	try {
		return statSync(resolve(cwd, path)).isDirectory();
	} catch {
		return false;
	}
}

const usage = (message: string): ImportError =>
	new ImportError('InvalidOption', `${message}\nRun with --help to see the options.`);

/**
 * Runs a feed or folder import: progress lines and the summary on `io.out`, a feed or folder
 * that cannot be read on `io.err`. Exit code 0 when every episode was imported or unchanged,
 * 1 when any failed or the feed could not be read, 2 for a usage error.
 */
export async function runBatchCommand(command: BatchCommand): Promise<number> {
	try {
		if (command.feed !== undefined && command.folder !== undefined) {
			throw usage('Pass either --feed FEED or a folder, not both.');
		}
		if (command.transcripts !== undefined && command.feed === undefined) {
			throw usage('--transcripts DIR goes with --feed FEED: it says where the feed’s transcripts are.');
		}
		const common = {
			contentRoot: resolve(command.cwd, command.out),
			cwd: command.cwd,
			importEpisode: command.importEpisode,
			out: command.io.out,
			...(command.show === undefined ? {} : { show: command.show }),
			...(command.lang === undefined ? {} : { lang: command.lang }),
			...(command.reimport === undefined ? {} : { reimport: command.reimport }),
		};
		let result;
		if (command.feed !== undefined) {
			result = await importFeed({
				...common,
				feed: command.feed,
				...(command.transcripts === undefined ? {} : { transcripts: command.transcripts }),
			});
		} else if (command.folder !== undefined) {
			result = await importFolder({
				...common,
				folder: command.folder,
			});
		} else {
			throw usage('Pass --feed FEED or a folder of transcripts.');
		}
		return result.exitCode;
	} catch (error) {
		if (error instanceof ImportError) {
			command.io.err.write(`${error.format()}\n`);
			return error.code === 'InvalidOption' ? 2 : 1;
		}
		throw error;
	}
}
