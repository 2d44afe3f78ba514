/**
 * Content Markdown as a syntax tree and as plain text: CommonMark with remark-directive's
 * syntax (docs/content-format.md), read without touching the disk.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { collapseWhiteSpace } from './white-space.ts';

const parser = unified().use(remarkParse).use(remarkDirective);

export function parseMarkdown(markdown: string): Root {
	const tree = parser.parse(markdown);
	restoreTextDirectives(tree, markdown);
	return tree;
}

/**
 * remark-directive also reads `word:name` in running text as a text directive, which in
 * transcripts is nearly always an accident ("Note:this"). Put the original characters back;
 * `source` is the Markdown the tree was parsed from.
 */
export function restoreTextDirectives(tree: Root, source: string): void {
	visit(tree, 'textDirective', (node, index, parent) => {
		if (!parent || index === undefined) return;
		const start = node.position?.start.offset;
		const end = node.position?.end.offset;
		const value = start !== undefined && end !== undefined ? source.slice(start, end) : `:${node.name}`;
		parent.children.splice(index, 1, { type: 'text', value });
		return [SKIP, index + 1];
	});
}

const containers = new Set(['list', 'listItem', 'blockquote']);

/**
 * A block as one line of plain text. Lists and quotes join their blocks with a space, as a
 * browser shows them (mdast-util-to-string would glue `one` and `two` into `onetwo`); raw
 * HTML is not text anyone reads.
 */
export function blockText(node: RootContent): string {
	if (node.type === 'html') return '';
	if (containers.has(node.type) && 'children' in node) {
		return collapseWhiteSpace(node.children.map((child) => blockText(child as RootContent)).join(' '));
	}
	return collapseWhiteSpace(toString(node, { includeHtml: false }));
}

/** Each block's text, empty ones left out. */
export function blockTexts(nodes: readonly RootContent[]): string[] {
	return nodes.map(blockText).filter((text) => text !== '');
}
