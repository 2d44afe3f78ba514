/**
 * remark-cjk-autolinks: ends a bare URL where the Chinese (or Japanese) text after it begins.
 *
 * GFM autolink literals run until whitespace, and Chinese prose puts none after a URL, so
 * `访问https://example.com/a。以下文字` links the whole rest of the sentence. Here a bare
 * link stops at its first non-ASCII character (real URLs are percent-encoded there) and drops
 * the trailing ASCII punctuation GFM would have dropped; the rest goes back to plain text.
 * Links written as `[text](url)` are left alone.
 */
import type { Link, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

const firstNonAscii = /[^\x20-\x7e]/;
const trailingPunctuation = /[.,:;!?"'*_~)]+$/;

export default function remarkCjkAutolinks() {
	return function transformer(tree: Root): undefined {
		visit(tree, 'link', (node, index, parent) => {
			if (!parent || index === undefined) return;
			const [child] = node.children;
			if (node.children.length !== 1 || child?.type !== 'text' || !isBare(node, child.value)) return;

			const cut = child.value.search(firstNonAscii);
			if (cut <= 0) return;
			const kept = child.value.slice(0, cut).replace(trailingPunctuation, '');
			if (kept === '') return;
			const prefix = node.url.slice(0, node.url.length - child.value.length);
			const rest: Text = { type: 'text', value: child.value.slice(kept.length) };
			const link: Link = { ...node, url: prefix + kept, children: [{ type: 'text', value: kept }] };
			parent.children.splice(index, 1, link, rest);
			return [SKIP, index + 2];
		});
	};
}

/** A link whose text is its own URL, as GFM makes from `https://…`, `www.…` or an e-mail address. */
function isBare(node: Link, text: string): boolean {
	return node.url === text || node.url === `http://${text}` || node.url === `mailto:${text}`;
}
