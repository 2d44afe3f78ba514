/**
 * The YAML frontmatter of a content file, with line numbers: a field that fails its schema
 * is reported at the line it is written on.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError } from './content-error.ts';

export interface Frontmatter {
	data: unknown;
	/** The Markdown after the frontmatter. */
	body: string;
	/** The file line the body's first line is on, less one: add it to a line of `body`. */
	bodyLineOffset: number;
	/** The file line of a field (`['speakers', 1, 'id']`), or of its nearest written parent. */
	lineOf: (path: readonly PropertyKey[]) => number;
}

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/u;

/** Splits `content` (the whole file) into its frontmatter and body; `file` is for messages. */
export function readFrontmatter(file: string, content: string): Frontmatter {
	const match = FRONTMATTER.exec(content);
	if (!match) {
		throw new ContentError(
			'MissingFrontmatterError',
			file,
			1,
			'the file does not start with frontmatter. Begin it with a line `---`, the fields (see docs/content-format.md), and another `---`.',
		);
	}
	const yaml = match[1] ?? '';
	const lineCounter = new LineCounter();
	const document: Document = parseDocument(yaml, { lineCounter, prettyErrors: false });
	// The YAML starts on the file's second line, after the opening `---`.
	const lineAt = (offset: number): number => lineCounter.linePos(offset).line + 1;
	const [error] = document.errors;
	if (error) {
		throw new ContentError(
			'InvalidFrontmatterError',
			file,
			lineAt(error.pos[0]),
			`the frontmatter is not valid YAML (${error.message.split('\n')[0] ?? error.code}). ` +
				'Check the quoting on this line and the lines above it: a value with `:` or `#` in it needs quotes.',
		);
	}
	return {
		data: document.toJS() as unknown,
		body: content.slice(match[0].length),
		bodyLineOffset: match[0].split('\n').length - 1,
		lineOf: (path) => {
			for (let length = path.length; length > 0; length -= 1) {
				const node: unknown = document.getIn(path.slice(0, length), true);
				if (isNode(node) && node.range) return lineAt(node.range[0]);
			}
			return 1;
		},
	};
}

/**
 * The frontmatter's data checked against `schema`, or a `ContentError` for the first field
 * that fails, at that field's line.
 */
export function validateFrontmatter<T extends z.ZodType>(
	file: string,
	frontmatter: Frontmatter,
	schema: T,
	fix: string,
): z.infer<T> {
	const result = schema.safeParse(frontmatter.data ?? {});
	if (result.success) return result.data;
	const [issue] = result.error.issues;
	const path = issue?.path ?? [];
	const field = path
		.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
		.join('')
		.slice(1);
	const value = valueAt(frontmatter.data, path);
	const said =
		value === undefined
			? `\`${field}\` is missing or`
			: `\`${field}\` is \`${typeof value === 'string' ? value : JSON.stringify(value)}\`, which`;
	throw new ContentError(
		'InvalidFieldError',
		file,
		frontmatter.lineOf(path),
		`${said} ${issue?.message ?? 'is not valid.'} ${fix}`,
	);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (typeof value !== 'object' || value === null) return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}
