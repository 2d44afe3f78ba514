/**
 * remark-html-as-text: shows raw HTML in content as the text it is, never as markup.
 *
 * A transcript is what people said, and the content model already reads raw HTML as no text
 * at all (src/model/markdown.ts). Astro's processor would pass it through to the page, so a
 * tag that reached the Markdown (written by hand, or by the importer's escaping losing to a
 * bare URL's autolink, which swallows the backslash of `https://x.example/a\<img …>`) would
 * become an element with its event handlers. Here every `html` node becomes text: inline, a
 * text node; on its own, a paragraph. Nothing the content says can add an element. Comments
 * (`<!-- a note for editors -->`, which the model allows between answers) are the one
 * exception: they are notes, not text, so they are left out, as a browser would.
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

export default function remarkHtmlAsText() {
	return function transformer(tree: Root): undefined {
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
	};
}
