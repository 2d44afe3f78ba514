#!/usr/bin/env node
/**
 * `npm run import -- FILE [options]`: the importer's only door to the outside world.
 * Arguments, reading and writing files, output and exit codes live here; every decision
 * is made by the pure modules it calls.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../model/content-root.ts';
import { isContentFile } from '../model/read-episode.ts';
import { readCaptions } from './captions/index.ts';
import { BATCH_USAGE, isFolderArgument, runBatchCommand } from './feed/command.ts';
import type { EpisodeInput } from './feed/batch.ts';
import { readChapters } from './feed/read-chapters.ts';
import { decodeTranscript } from './decode.ts';
import { ImportError } from './errors.ts';
import { parseAliasOptions } from './speaker-names.ts';
import { readShowSpeakers, speakersOfShow, type EpisodeRegistry } from './show-speakers.ts';
import { parsePreviousEpisode, REPORT_FILE, type PreviousEpisode } from './existing.ts';
import type { ContentFile } from './markdown.ts';
import { insideContentFolder } from './paths.ts';
import { planImport, type PlanOptions } from './plan.ts';
import { formatSummary } from './report.ts';
import { writeEpisodeFolder } from './write.ts';

export const USAGE = `Usage: npm run import -- FILE [options]
${BATCH_USAGE}

Splits a transcript into one Markdown file per question under CONTENT/episodes/<episode>/.

Options:
  --out DIR               content root to write to (default: $CONTENT_DIR, else content)
  --json                  print the import report as JSON on stdout
  --dry-run               print what would be written, write nothing
  --force                 overwrite files edited by hand since the last import
  --format NAME           article, speakers, rev, otter or zoom (default: detected)
  --title TEXT            episode title (default: the title line, else from the file name)
  --date YYYY-MM-DD       episode date (default: the date in the text, else undated)
  --author NAME           author of the transcript or article (default: detected)
  --show NAME             the podcast's name
  --source-url URL        where the transcript was published
  --audio URL             the episode's audio file; answers with times play from it
  --chapters FILE         timed transcripts: one question per chapter (Podcasting 2.0 chapters JSON)
  --episode SLUG          folder and URL name of the episode (default: from the title)
  --lang TAG              language, e.g. zh-CN or en (default: detected)
  --question-label LABEL  another label that marks questions (repeatable)
  --speaker NAME          a speaker label to accept even if used once (repeatable)
  --host NAME             in speaker transcripts, a host whose questions start questions (repeatable)
  --alias "LABEL=NAME"    read the speaker label LABEL as NAME, one person (repeatable);
                          "LABEL=LABEL" keeps a first name apart from a full name
  --cjk-punctuation       make ASCII , : ; ? ! ( ) next to Chinese text full-width
  --reimport              with --feed or DIR: import every episode again, changed or not
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
				// The site builds from CONTENT_DIR too (src/model/content-root.ts), so imports land where it reads.
				out: { type: 'string', default: contentRoot() },
				json: { type: 'boolean', default: false },
				'dry-run': { type: 'boolean', default: false },
				force: { type: 'boolean', default: false },
				format: { type: 'string' },
				title: { type: 'string' },
				date: { type: 'string' },
				author: { type: 'string' },
				show: { type: 'string' },
				'source-url': { type: 'string' },
				audio: { type: 'string' },
				chapters: { type: 'string' },
				feed: { type: 'string' },
				transcripts: { type: 'string' },
				reimport: { type: 'boolean', default: false },
				episode: { type: 'string' },
				lang: { type: 'string' },
				'question-label': { type: 'string', multiple: true },
				speaker: { type: 'string', multiple: true },
				host: { type: 'string', multiple: true },
				alias: { type: 'string', multiple: true },
				'cjk-punctuation': { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false },
			},
		});
	} catch (error) {
		throw usageError(error instanceof Error ? error.message : String(error));
	}
}

type Values = ReturnType<typeof parseCommandLine>['values'];

function validate(values: Values): void {
	if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(values.date)) {
		throw usageError(`--date must look like 2023-02-26, got \`${values.date}\`.`);
	}
	if (values.episode !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(values.episode)) {
		throw usageError(`--episode must be lowercase ASCII words joined by hyphens, got \`${values.episode}\`.`);
	}
	if (values.audio !== undefined && !/^https?:\/\//u.test(values.audio)) {
		throw usageError(
			`--audio must be the full URL of the audio file, such as https://example.com/ep1.mp3, got \`${values.audio}\`.`,
		);
	}
	if (values['source-url'] !== undefined && !URL.canParse(values['source-url'])) {
		throw usageError(
			`--source-url must be a full URL such as https://example.com/ep1, got \`${values['source-url']}\`.`,
		);
	}
}

function planOptions(values: Values, file: string): PlanOptions {
	const optional = {
		format: values.format,
		title: values.title,
		date: values.date,
		author: values.author,
		show: values.show,
		sourceUrl: values['source-url'],
		audio: values.audio,
		episode: values.episode,
		lang: values.lang,
	};
	return {
		file,
		...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
		questionLabels: values['question-label'] ?? [],
		speakers: values.speaker ?? [],
		hosts: values.host ?? [],
		names: { forced: aliasOptions(values.alias ?? []) },
		cjkPunctuation: values['cjk-punctuation'],
		force: values.force,
	};
}

async function readTranscript(path: string, shown: string): Promise<Uint8Array> {
	try {
		return await readFile(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') {
			throw new ImportError(
				'FileNotFound',
				'The transcript file does not exist. Nothing was written. Check the path (relative paths start in the folder you ran the command from).',
				{ file: shown },
			);
		}
		throw new ImportError(
			'FileUnreadable',
			`The transcript file could not be read (${code === 'EISDIR' ? 'it is a folder' : (error as Error).message}). Nothing was written. Pass the path of a transcript file.`,
			{ file: shown },
		);
	}
}

/**
 * The episode folder as an earlier import left it, or undefined when there is none.
 * Synchronous because the pure planner asks for it in the middle of its work.
 */
function readPreviousEpisode(folder: string, shownFolder: string): PreviousEpisode | undefined {
	if (!existsSync(join(folder, 'episode.md'))) return undefined;
	const names = readdirSync(folder).filter((name) => isContentFile(name) || name === REPORT_FILE);
	const files: ContentFile[] = names.map((name) => ({ path: name, content: readFileSync(join(folder, name), 'utf8') }));
	return parsePreviousEpisode(files, shownFolder);
}

function aliasOptions(values: readonly string[]): Map<string, string> {
	const forced = parseAliasOptions(values);
	if (typeof forced === 'string') {
		throw usageError(`--alias takes LABEL=NAME, e.g. --alias "Lenny=Lenny Rachitsky", got \`${forced}\`.`);
	}
	return forced;
}

/** Options that name one episode, which a feed or folder import of many cannot take. */
function refuseSingleEpisodeOptions(values: Values): void {
	const single = (['json', 'dry-run', 'title', 'date', 'episode', 'chapters', 'audio', 'source-url'] as const).filter(
		(name) => values[name] !== undefined && values[name] !== false,
	);
	if (single.length > 0) {
		throw usageError(
			`${single.map((name) => `--${name}`).join(', ')} describe one episode, so they do not go with --feed or a folder. ` +
				'Import that episode on its own, or leave them out.',
		);
	}
}

/** The folder of the episode `slug`, refused (`UnsafePath`) unless it is one folder inside `episodes/`. */
const episodeFolder = (episodesRoot: string, slug: string): string =>
	insideContentFolder(episodesRoot, [slug], 'episode folder name');

/** A file named on the command line (`--chapters`), as text. */
async function readTextFile(path: string, shown: string): Promise<string> {
	return new TextDecoder().decode(await readTranscript(path, shown));
}

/** One episode of a feed or folder import: planned and written as a single import is. */
async function importBatchEpisode(
	input: EpisodeInput,
	values: Values,
	episodesRoot: string,
	cwd: string,
	registries: readonly EpisodeRegistry[],
): Promise<{ questions: number; answers: number }> {
	const captions =
		values.format === undefined
			? await readCaptions(decodeTranscript(input.bytes, input.fileName).text, input.fileName)
			: undefined;
	const metadata = {
		episode: input.slug,
		// A folder's file name is only a fallback: a title line inside the transcript wins.
		...(input.titleFrom === 'feed' ? { title: input.title } : {}),
		...(input.date === undefined ? {} : { date: input.date }),
		...(input.show === undefined ? {} : { show: input.show }),
		...(input.lang === undefined ? {} : { lang: input.lang }),
		...(input.sourceUrl === undefined ? {} : { sourceUrl: input.sourceUrl }),
		...(input.audio === undefined ? {} : { audio: input.audio }),
		...(input.chapters === undefined || input.chapters.length === 0 ? {} : { chapters: input.chapters }),
	};
	const options = planOptions(values, input.fileName);
	const plan = planImport(input.bytes, {
		...options,
		...metadata,
		names: { ...options.names, registry: speakersOfShow(registries, input.show, input.slug) },
		...(captions ? { captions } : {}),
		previousFor: (slug) => {
			const folder = episodeFolder(episodesRoot, slug);
			return readPreviousEpisode(folder, relative(cwd, folder) || folder);
		},
	});
	await writeEpisodeFolder(episodeFolder(episodesRoot, plan.report.episode.slug), plan.files);
	return { questions: plan.report.counts.questions, answers: plan.report.counts.answers };
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
		validate(values);
		const batchFolder =
			positionals.length === 1 && isFolderArgument(positionals[0] ?? '', cwd) ? positionals[0] : undefined;
		if (values.feed !== undefined || batchFolder !== undefined) {
			refuseSingleEpisodeOptions(values);
			if (values.feed !== undefined && positionals.length > 0) {
				throw usageError(`--feed imports a whole feed; leave out \`${positionals.join(' ')}\`.`);
			}
			const episodesRoot = join(resolve(cwd, values.out), 'episodes');
			const registries = readShowSpeakers(episodesRoot);
			return await runBatchCommand({
				feed: values.feed,
				folder: batchFolder,
				transcripts: values.transcripts,
				show: values.show,
				lang: values.lang,
				reimport: values.reimport,
				out: values.out,
				cwd,
				io,
				importEpisode: (input) => importBatchEpisode(input, values, episodesRoot, cwd, registries),
			});
		}
		if (positionals.length !== 1) throw usageError(`Expected one transcript file, got ${positionals.length}.`);
		if (values.transcripts !== undefined) throw usageError('--transcripts DIR goes with --feed FEED.');
		const shownInput = positionals[0] ?? '';
		const bytes = await readTranscript(resolve(cwd, shownInput), shownInput);
		const options = planOptions(values, shownInput);
		// Caption files are told apart by content; --format names one of the text formats.
		const captions =
			values.format === undefined
				? await readCaptions(decodeTranscript(bytes, shownInput).text, shownInput)
				: undefined;

		// The episode's folder is known only once the transcript is split (its slug may come
		// from the title); the planner asks for what an earlier import left there then.
		const episodesRoot = join(resolve(cwd, values.out), 'episodes');
		const chapters =
			values.chapters === undefined
				? undefined
				: readChapters(await readTextFile(resolve(cwd, values.chapters), values.chapters), values.chapters);
		// One person, one speaker id across the show: the show's other episodes say who is who.
		const showSpeakers = speakersOfShow(readShowSpeakers(episodesRoot), values.show, values.episode);
		const plan = planImport(bytes, {
			...options,
			names: { ...options.names, registry: showSpeakers },
			...(captions ? { captions } : {}),
			...(chapters ? { chapters } : {}),
			previousFor: (slug) => {
				const folder = episodeFolder(episodesRoot, slug);
				return readPreviousEpisode(folder, relative(cwd, folder) || folder);
			},
		});
		const folder = episodeFolder(episodesRoot, plan.report.episode.slug);

		const fromCwd = relative(cwd, folder);
		const shownFolder = fromCwd.startsWith('..') || fromCwd === '' ? folder : fromCwd;
		if (!values['dry-run']) await writeEpisodeFolder(folder, plan.files);
		if (values.json) io.out.write(`${JSON.stringify(plan.report, null, 2)}\n`);
		const written = values['dry-run']
			? undefined
			: `${plan.files.length} files to ${shownFolder}/ (report: ${join(shownFolder, REPORT_FILE)})`;
		const summary = formatSummary(plan.report, written);
		const forced =
			plan.overwritten.length === 0 ? '' : `\nOverwrote hand edits (--force) in: ${plan.overwritten.join(', ')}`;
		(values.json ? io.err : io.out).write(`${summary}${forced}\n`);
		if (values['dry-run'] && !values.json) {
			io.out.write(`Would write to ${shownFolder}/:\n${plan.files.map((file) => `  ${file.path}`).join('\n')}\n`);
		}
		return 0;
	} catch (error) {
		if (error instanceof ImportError) {
			io.err.write(`${error.format()}\n`);
			return error.code === 'InvalidOption' || error.code === 'UnknownFormat' ? EXIT_USAGE : EXIT_IMPORT_FAILED;
		}
		throw error;
	}
}

// npm runs scripts from the package folder; INIT_CWD is where the user typed the command.
if (import.meta.main) {
	process.exitCode = await run(process.argv.slice(2), process.env['INIT_CWD'] ?? process.cwd());
}
