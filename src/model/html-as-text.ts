/**
 * Raw HTML in content is text. A transcript is what people said; a tag in it (written by
 * hand, or one the importer's escaping lost to a bare URL's autolink, which swallows the
 * backslash of `https://x.example/a\\<img …>`) is shown as the characters it is, and read as
 * them by everything that reads content: the page (src/markdown/remark-html-as-text.ts), search
 * records, transcript files and quotes (src/model/markdown.ts). Comments
 * (`<!-- a note for editors -->`, allowed between answers) are the one exception: they are
 * notes, not text, so they are left out, as a browser would.
 */
import type { Paragraph, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/** Nodes whose children are phrasing content (text, links, emphasis…); elsewhere a block is needed. */
const PHRASING_PARENTS = new Set([
	'paragraph',
	'heading',
	'emphasis',
	'strong',
	'delete',
	'link',
	'linkReference',
	'tableCell',
	'textDirective',
	'leafDirective',
]);

const COMMENT = /^<!--[\s\S]*-->$/u;

/**
 * Turns every raw HTML node of the tree into the text it is (comments are left out), in place.
 */
export function htmlAsText(tree: Root): void {
	visit(tree, 'html', (node, index, parent) => {
		if (!parent || index === undefined) return;
		if (COMMENT.test(node.value.trim())) {
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		const text: Text = { type: 'text', value: node.value };
		if (node.position) text.position = node.position;
		const replacement: Text | Paragraph = PHRASING_PARENTS.has(parent.type)
			? text
			: { type: 'paragraph', children: [text] };
		// mdast's types cannot say that a paragraph fits where a block `html` node was; it does.
		(parent.children as (Text | Paragraph)[]).splice(index, 1, replacement);
		return [SKIP, index + 1];
	});
}
