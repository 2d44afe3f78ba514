/**
 * Content Markdown as a syntax tree and as plain text: CommonMark with remark-directive's
 * syntax (docs/content-format.md), read without touching the disk.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { htmlAsText } from './html-as-text.ts';
import { parseClock } from './time.ts';
import { collapseWhiteSpace } from './white-space.ts';

const parser = unified().use(remarkParse).use(remarkDirective);

export interface ParseOptions {
	/** Keep the `:time[12:34]` that starts a paragraph (answers of timed transcripts). */
	paragraphTimes?: boolean;
}

export function parseMarkdown(markdown: string, options: ParseOptions = {}): Root {
	const tree = parser.parse(markdown);
	restoreTextDirectives(tree, markdown, options.paragraphTimes ? isParagraphTime : undefined);
	// Read raw HTML as the page shows it: as text (comments left out).
	htmlAsText(tree);
	return tree;
}

/**
 * A text directive the content format gives a meaning to, rather than text that looks like
 * one; `written` is the directive as it stands in the source.
 */
export type KeepDirective = (node: TextDirective, parent: { type: string }, index: number, written: string) => boolean;

const TIME_MARK = /^:time\[([^[\]]*)\]$/u;

/**
 * `:time[12:34]` as the first thing in a paragraph: when the paragraph starts in the audio
 * (docs/content-format.md). Written by the importer for timed transcripts; anywhere else, or
 * with a label that is not a time, it is text.
 */
export const isParagraphTime: KeepDirective = (node, parent, index, written) => {
	// Read the label as written: remark-directive also takes `:02` inside `1:02:03` for a directive.
	// remark-stringify writes the importer's marks as `:time[12\:34]`; a person writes `:time[12:34]`.
	const label = TIME_MARK.exec(written)?.[1]?.replace(/\\(.)/gu, '$1');
	if (parent.type !== 'paragraph' || index !== 0 || label === undefined || parseClock(label) === undefined) {
		return false;
	}
	node.children = [{ type: 'text', value: label }];
	return true;
};

/** The seconds of a paragraph's leading `:time[…]`, when it has one that was kept. */
export function paragraphTime(node: RootContent): number | undefined {
	if (node.type !== 'paragraph') return undefined;
	const first = node.children[0];
	if (first?.type !== 'textDirective' || first.name !== 'time') return undefined;
	return parseClock(toString(first));
}

/**
 * remark-directive also reads `word:name` in running text as a text directive, which in
 * transcripts is nearly always an accident ("Note:this"). Put the original characters back;
 * `source` is the Markdown the tree was parsed from.
 */
export function restoreTextDirectives(tree: Root | RootContent, source: string, keep?: KeepDirective): void {
	visit(tree, 'textDirective', (node, index, parent) => {
		if (!parent || index === undefined) return;
		const start = node.position?.start.offset;
		const end = node.position?.end.offset;
		const value = start !== undefined && end !== undefined ? source.slice(start, end) : `:${node.name}`;
		if (keep?.(node, parent, index, value)) return SKIP;
		parent.children.splice(index, 1, { type: 'text', value });
		return [SKIP, index + 1];
	});
}

const containers = new Set(['list', 'listItem', 'blockquote']);

/**
 * A block as one line of plain text. Lists and quotes join their blocks with a space, as a
 * browser shows them (mdast-util-to-string would glue `one` and `two` into `onetwo`). Raw
 * HTML has become text in `parseMarkdown` (html-as-text.ts); a tree made elsewhere may still
 * hold it, and a browser would not show it as text there.
 */
export function blockText(node: RootContent): string {
	if (node.type === 'html') return '';
	if (paragraphTime(node) !== undefined) {
		const rest: Paragraph = { ...(node as Paragraph), children: (node as Paragraph).children.slice(1) };
		return blockText(rest);
	}
	if (containers.has(node.type) && 'children' in node) {
		return collapseWhiteSpace(node.children.map((child) => blockText(child as RootContent)).join(' '));
	}
	return collapseWhiteSpace(toString(node, { includeHtml: false }));
}

/** Each block's text, empty ones left out. */
export function blockTexts(nodes: readonly RootContent[]): string[] {
	return timedBlockTexts(nodes).map(({ text }) => text);
}

/** Each block's text with the time its leading `:time[…]` gives, empty ones left out. */
export function timedBlockTexts(nodes: readonly RootContent[]): { text: string; start: number | undefined }[] {
	return nodes.map((node) => ({ text: blockText(node), start: paragraphTime(node) })).filter(({ text }) => text !== '');
}
