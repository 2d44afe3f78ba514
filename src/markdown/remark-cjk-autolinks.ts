/**
 * remark-cjk-autolinks: ends a bare URL where the Chinese (or Japanese) text after it begins.
 *
 * GFM autolink literals run until whitespace, and Chinese prose puts none after a URL, so
 * `访问https://example.com/a。以下文字` links the whole rest of the sentence. Here a bare
 * link stops at its first non-ASCII character (real URLs are percent-encoded there) and drops
 * the trailing ASCII punctuation GFM would have dropped; the rest goes back to plain text.
 * Links written as `[text](url)` are left alone.
 *
 * It also gives back the backslash of an escape right after a bare URL: GFM autolinks text with
 * its backslashes still in it, so the importer's `https://a.example/b\<c>` linked
 * `https://a.example/b\` and showed the backslash. A URL holds no backslash; one at its end,
 * before ASCII punctuation, escaped that punctuation and is dropped.
 */
import type { Link, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

const firstNonAscii = /[^\x20-\x7e]/;
const trailingPunctuation = /[.,:;!?"'*_~)]+$/;
/** What a backslash escapes in CommonMark. */
const asciiPunctuation = /^[!-/:-@[-`{-~]/;

export default function remarkCjkAutolinks() {
	return function transformer(tree: Root): undefined {
		visit(tree, 'link', (node, index, parent) => {
			if (!parent || index === undefined) return;
			const [child] = node.children;
			if (node.children.length !== 1 || child?.type !== 'text' || !isBare(node, child.value)) return;

			const next = parent.children[index + 1];
			const escape = child.value.endsWith('\\') && next?.type === 'text' && asciiPunctuation.test(next.value);
			const value = escape ? child.value.slice(0, -1) : child.value;
			const found = value.search(firstNonAscii);
			if (found <= 0 && !escape) return;
			const cut = found < 0 ? value.length : found;
			const kept = value.slice(0, cut).replace(trailingPunctuation, '');
			if (kept === '') return;
			const prefix = node.url.slice(0, node.url.length - child.value.length);
			const rest: Text = { type: 'text', value: value.slice(kept.length) };
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
