/**
 * What remark-answers needs to know about the episode a question file belongs to, read from
 * disk: the speaker registry in `episode.md` and, for episode-wide uniqueness checks, the
 * answer anchors and question ids its sibling `NN-*.md` files declare.
 *
 * This is the only part of the Markdown pipeline that touches the file system, so the plugin
 * itself stays a pure tree transform that tests can feed a hand-made context.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface Speaker {
	id: string;
	name: string;
	role?: string | undefined;
	/** Position in the registry, from 0; picks the speaker's colour tone. */
	index: number;
}

export interface QuestionFile {
	path: string;
	/** The whole file, frontmatter included, to map body lines back to file lines. */
	source: string;
	/** The frontmatter `id`, when it could be read. */
	questionId?: string | undefined;
	/** Anchors of the `:::answer{#…}` directives in the file, in order. */
	anchors: string[];
}

export interface EpisodeContext {
	episodeFile: string;
	lang: string;
	speakers: ReadonlyMap<string, Speaker>;
	questionFiles: readonly QuestionFile[];
}

export class EpisodeContextError extends Error {
	constructor(name: 'EpisodeFileNotFoundError' | 'InvalidSpeakerRegistryError', message: string) {
		super(message);
		this.name = name;
	}
}

/** `NN-<question-id>.md`, as in docs/content-format.md. */
export const questionFilePattern = /^\d+-[^/\\]+\.md$/;

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const answerOpeningPattern = /^[ \t]*:{3,}[ \t]*answer[ \t]*\{([^}\n]*)\}/gm;
const anchorAttributePattern = /(?:^|\s)(?:#([^\s#.}]+)|id=(?:"([^"]*)"|'([^']*)'|([^\s}]+)))/;

// Keyed by episode folder; `signature` (file names, sizes, mtimes) invalidates an entry when
// any file in the folder changes, so `astro dev` picks up edits to the registry.
const cache = new Map<string, { signature: string; context: EpisodeContext }>();

/** The context of the episode whose folder holds `questionPath`; cached per folder. */
export function readEpisodeContext(questionPath: string): EpisodeContext {
	const folder = dirname(questionPath);
	const names = readdirSync(folder).sort();
	const signature = names
		.filter((name) => name === 'episode.md' || questionFilePattern.test(name))
		.map((name) => {
			const stats = statSync(join(folder, name));
			return `${name}:${stats.size}:${stats.mtimeMs}`;
		})
		.join('|');
	const cached = cache.get(folder);
	if (cached?.signature === signature) return cached.context;

	const context: EpisodeContext = {
		...readRegistry(join(folder, 'episode.md'), questionPath),
		questionFiles: names
			.filter((name) => questionFilePattern.test(name))
			.map((name) => readQuestionFile(join(folder, name))),
	};
	cache.set(folder, { signature, context });
	return context;
}

function readRegistry(episodeFile: string, questionPath: string): Omit<EpisodeContext, 'questionFiles'> {
	let source: string;
	try {
		source = readFileSync(episodeFile, 'utf8');
	} catch {
		throw new EpisodeContextError(
			'EpisodeFileNotFoundError',
			`\`${display(questionPath)}\` has no \`episode.md\` beside it. ` +
				`Every episode folder needs an \`episode.md\` whose \`speakers\` list names the speakers its answers refer to.`,
		);
	}
	const data = frontmatterOf(source);
	const speakers = new Map<string, Speaker>();
	const list = isRecord(data) ? data['speakers'] : undefined;
	if (!Array.isArray(list)) {
		throw invalidRegistry(episodeFile, 'has no `speakers` list in its frontmatter');
	}
	for (const [index, item] of list.entries()) {
		const id = isRecord(item) ? item['id'] : undefined;
		const name = isRecord(item) ? item['name'] : undefined;
		const role = isRecord(item) ? item['role'] : undefined;
		if (typeof id !== 'string' || typeof name !== 'string') {
			throw invalidRegistry(episodeFile, `has a speaker (number ${index + 1}) without a string \`id\` and \`name\``);
		}
		speakers.set(id, { id, name, role: typeof role === 'string' ? role : undefined, index });
	}
	const lang = isRecord(data) && typeof data['lang'] === 'string' ? data['lang'] : 'en';
	return { episodeFile, lang, speakers };
}

function readQuestionFile(path: string): QuestionFile {
	const source = readFileSync(path, 'utf8');
	const data = frontmatterOf(source);
	const id = isRecord(data) ? data['id'] : undefined;
	const anchors: string[] = [];
	for (const [, attributes = ''] of source.matchAll(answerOpeningPattern)) {
		const match = anchorAttributePattern.exec(attributes);
		// Groups that did not take part in the match are undefined, whatever the type says.
		const groups: (string | undefined)[] = match?.slice(1) ?? [];
		const anchor = groups.find((group) => group !== undefined);
		if (anchor) anchors.push(anchor);
	}
	return { path, source, questionId: typeof id === 'string' ? id : undefined, anchors };
}

function frontmatterOf(source: string): unknown {
	const yaml = frontmatterPattern.exec(source)?.[1];
	if (yaml === undefined) return undefined;
	try {
		return parseYaml(yaml);
	} catch {
		// Malformed YAML is reported, with its position, by the content collection that owns the file.
		return undefined;
	}
}

function invalidRegistry(episodeFile: string, problem: string): EpisodeContextError {
	return new EpisodeContextError(
		'InvalidSpeakerRegistryError',
		`\`${display(episodeFile)}\` ${problem}. ` +
			'Add a `speakers:` list to its frontmatter with an `id` and `name` for each speaker (see docs/content-format.md).',
	);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A path as the person running the build would type it. */
export function display(path: string): string {
	const fromCwd = relative(process.cwd(), path);
	return fromCwd.startsWith('..') ? path : fromCwd || basename(path);
}
