import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { readContentFile } from './content-reader.ts';
import type { ContentFile } from './markdown.ts';
import type { SourceLine, Transcript } from './transcript.ts';

/**
 * The nothing-lost check. It does not trust the splitter: it parses the Markdown that is
 * about to be written, the way a reader of the content would, and looks for every line of
 * the input in it. A line must be found there, or be listed as dropped, or be where a
 * metadata value was taken from.
 */

export interface LostLine {
	line: number;
	text: string;
	problem: string;
}

const HALF_WIDTH: Record<string, string> = {
	'，': ',',
	'：': ':',
	'；': ';',
	'？': '?',
	'！': '!',
	'（': '(',
	'）': ')',
};

/** Whitespace collapsed and `--cjk-punctuation`'s marks mapped back, so texts compare modulo both. */
const canonical = (text: string): string =>
	text
		.replace(/[，：；？！（）]/gu, (mark) => HALF_WIDTH[mark] ?? mark)
		.replace(/\s+/gu, ' ')
		.trim();

/** Every paragraph-level text and every frontmatter string in the files. */
function readBack(files: ContentFile[]): Set<string> {
	const found = new Set<string>();
	const addStrings = (value: unknown): void => {
		if (typeof value === 'string') value.split('\n').forEach((part) => found.add(canonical(part)));
		else if (value instanceof Date) found.add(value.toISOString().slice(0, 10));
		else if (Array.isArray(value)) value.forEach(addStrings);
		else if (value !== null && typeof value === 'object') Object.values(value).forEach(addStrings);
	};
	for (const file of files) {
		const { data, tree } = readContentFile(file.content);
		addStrings(data);
		const visit = (node: Root | Root['children'][number]): void => {
			if (node.type === 'paragraph' || node.type === 'heading') found.add(canonical(toString(node)));
			else if ('children' in node) node.children.forEach(visit);
		};
		visit(tree);
	}
	return found;
}

export function findLostLines(input: SourceLine[], transcript: Transcript, files: ContentFile[]): LostLine[] {
	const content = new Map<number, string>();
	for (const part of transcript.description) content.set(part.line, part.text);
	for (const question of transcript.questions) {
		for (const part of question.text) content.set(part.line, part.text);
		for (const answer of question.answers) for (const part of answer.paragraphs) content.set(part.line, part.text);
	}
	const metadata = new Map(transcript.metadataSources.map((source) => [source.line, source.value]));
	const dropped = new Set(transcript.dropped.map((entry) => entry.line));

	const written = readBack(files);
	const lost: LostLine[] = [];
	for (const { line, text } of input) {
		if (text === '' || dropped.has(line)) continue;
		const value = content.get(line) ?? metadata.get(line);
		if (value === undefined) {
			// A line holding only a label (`问题：` on its own line) carries no text to lose.
			if (/^(?:\*\*)?[^:：]{1,32}[:：](?:\*\*)?\s*(?:\\?\[[\d:.,]+\\?\])?$/u.test(text)) continue;
			lost.push({ line, text, problem: 'is neither in the content nor in the dropped list' });
		} else if (!written.has(canonical(value))) {
			lost.push({ line, text, problem: 'was assigned to the content but is missing from the Markdown written' });
		}
	}
	return lost;
}
