#!/usr/bin/env node
/**
 * `npm run import -- FILE [options]`: the importer's only door to the outside world.
 * Arguments, reading and writing files, output and exit codes live here; every decision
 * is made by the pure modules it calls.
 */
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError } from './errors.ts';
import { parseExistingSpeakers } from './existing.ts';
import { planImport, REPORT_FILE, type PlanOptions } from './plan.ts';
import { formatSummary } from './report.ts';
import { writeEpisodeFolder } from './write.ts';

export const USAGE = `Usage: npm run import -- FILE [options]

Splits a transcript into one Markdown file per question under CONTENT/episodes/<episode>/.

Options:
  --out DIR               content root to write to (default: content)
  --json                  print the import report as JSON on stdout
  --dry-run               print what would be written, write nothing
  --title TEXT            episode title (default: detected)
  --date YYYY-MM-DD       episode date (default: detected)
  --author NAME           author of the transcript or article (default: detected)
  --show NAME             the podcast's name
  --source-url URL        where the transcript was published
  --episode SLUG          folder and URL name of the episode (default: from the title)
  --lang TAG              language, e.g. zh-CN or en (default: detected)
  --question-label LABEL  another label that marks questions (repeatable)
  --speaker NAME          a speaker label to accept even if used once (repeatable)
  -h, --help              show this help`;

const EXIT_IMPORT_FAILED = 1;
const EXIT_USAGE = 2;

function usageError(message: string): ImportError {
	return new ImportError('InvalidOption', `${message}\nRun with --help to see the options.`);
}

function parseCommandLine(argv: string[]) {
	try {
		return parseArgs({
			args: argv,
			allowPositionals: true,
			strict: true,
			options: {
				out: { type: 'string', default: 'content' },
				json: { type: 'boolean', default: false },
				'dry-run': { type: 'boolean', default: false },
				title: { type: 'string' },
				date: { type: 'string' },
				author: { type: 'string' },
				show: { type: 'string' },
				'source-url': { type: 'string' },
				episode: { type: 'string' },
				lang: { type: 'string' },
				'question-label': { type: 'string', multiple: true },
				speaker: { type: 'string', multiple: true },
				help: { type: 'boolean', short: 'h', default: false },
			},
		});
	} catch (error) {
		throw usageError(error instanceof Error ? error.message : String(error));
	}
}

/** Where the CLI prints: the process's streams, or a test's buffers. */
export interface Output {
	write(chunk: string): unknown;
}

/** Runs the importer; returns the exit code. `cwd` is where relative paths start. */
export async function run(
	argv: string[],
	cwd: string,
	io: { out: Output; err: Output } = { out: process.stdout, err: process.stderr },
): Promise<number> {
	try {
		const { values, positionals } = parseCommandLine(argv);
		if (values.help) {
			io.out.write(`${USAGE}\n`);
			return 0;
		}
		if (positionals.length !== 1) throw usageError(`Expected one transcript file, got ${positionals.length}.`);
		if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(values.date)) {
			throw usageError(`--date must look like 2023-02-26, got \`${values.date}\`.`);
		}
		if (values.episode !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(values.episode)) {
			throw usageError(`--episode must be lowercase ASCII words joined by hyphens, got \`${values.episode}\`.`);
		}
		const input = resolve(cwd, positionals[0] ?? '');
		const shownInput = positionals[0] ?? input;
		const contentRoot = resolve(cwd, values.out);

		let bytes: Uint8Array;
		try {
			bytes = await readFile(input);
		} catch (error) {
			const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
			throw new ImportError(
				missing ? 'FileNotFound' : 'FileUnreadable',
				missing
					? 'The transcript file does not exist. Nothing was written. Check the path (relative paths start in the folder you ran the command from).'
					: `The transcript file could not be read (${(error as Error).message}). Nothing was written.`,
				{ file: shownInput },
			);
		}

		const options: PlanOptions = {
			file: shownInput,
			...(values.title === undefined ? {} : { title: values.title }),
			...(values.date === undefined ? {} : { date: values.date }),
			...(values.author === undefined ? {} : { author: values.author }),
			...(values.show === undefined ? {} : { show: values.show }),
			...(values['source-url'] === undefined ? {} : { sourceUrl: values['source-url'] }),
			...(values.episode === undefined ? {} : { episode: values.episode }),
			...(values.lang === undefined ? {} : { lang: values.lang }),
			questionLabels: values['question-label'] ?? [],
			speakers: values.speaker ?? [],
		};
		// The slug is only known after splitting, so plan once, then again with the registry
		// of an earlier import of that episode so that hand-added roles survive.
		let plan = planImport(bytes, options);
		const folder = join(contentRoot, 'episodes', plan.report.episode.slug);
		const existingEpisode = join(folder, 'episode.md');
		if (existsSync(existingEpisode)) {
			plan = planImport(bytes, {
				...options,
				existingSpeakers: parseExistingSpeakers(readFileSync(existingEpisode, 'utf8')),
			});
		}

		const fromCwd = relative(cwd, folder);
		const shownFolder = fromCwd.startsWith('..') || fromCwd === '' ? folder : fromCwd;
		if (!values['dry-run']) await writeEpisodeFolder(folder, plan.files);
		if (values.json) io.out.write(`${JSON.stringify(plan.report, null, 2)}\n`);
		const written = values['dry-run']
			? undefined
			: `${plan.files.length} files to ${shownFolder}/ (report: ${join(shownFolder, REPORT_FILE)})`;
		(values.json ? io.err : io.out).write(`${formatSummary(plan.report, written)}\n`);
		if (values['dry-run'] && !values.json) {
			io.out.write(`Would write to ${shownFolder}/:\n${plan.files.map((file) => `  ${file.path}`).join('\n')}\n`);
		}
		return 0;
	} catch (error) {
		if (error instanceof ImportError) {
			io.err.write(`${error.format()}\n`);
			return error.code === 'InvalidOption' ? EXIT_USAGE : EXIT_IMPORT_FAILED;
		}
		throw error;
	}
}

// npm runs scripts from the package folder; INIT_CWD is where the user typed the command.
if (import.meta.main) {
	process.exitCode = await run(process.argv.slice(2), process.env['INIT_CWD'] ?? process.cwd());
}
