import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

/**
 * Reads an episode file the way the site will: YAML frontmatter, then Markdown with
 * directives. Shared by the nothing-lost check (reading what is about to be written) and
 * the re-import (reading what was written before).
 */

const parser = unified().use(remarkParse).use(remarkDirective);
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u;

export interface ContentDocument {
	/** The parsed frontmatter, or undefined when there is none or it is not valid YAML. */
	data: unknown;
	tree: Root;
}

export function readContentFile(content: string): ContentDocument {
	const match = FRONTMATTER.exec(content);
	let data: unknown;
	try {
		data = match ? parseYaml(match[1] ?? '') : undefined;
	} catch {
		data = undefined;
	}
	return { data, tree: parser.parse(match ? content.slice(match[0].length) : content) };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
