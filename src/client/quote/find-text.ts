/**
 * Finding a quote in an answer's text as the page shows it: across inline elements and
 * paragraphs, with runs of white space (line breaks between paragraphs included) equal to
 * one space, and never in the answer's header (name, role, time, buttons).
 */
import { collapseWhiteSpace } from '../../model/white-space.ts';
export function findText(root: Element, quote: string): Range | undefined {
	const wanted = collapseWhiteSpace(quote);
	if (wanted === '') return undefined;
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest('header') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	// The answer's text with white space collapsed, and for each of its characters the text
	// node and offset it came from.
	let text = '';
	const origin: { node: Text; offset: number }[] = [];
	let lastWasSpace = true;
	let previousBlock: Element | null | undefined;
	while (walker.nextNode()) {
		const node = walker.currentNode as Text;
		// Paragraphs meet without a space in the DOM; a quote across them has one.
		const block = node.parentElement?.closest('p, li, blockquote') ?? null;
		if (previousBlock !== undefined && block !== previousBlock && !lastWasSpace) {
			text += ' ';
			origin.push({ node, offset: 0 });
			lastWasSpace = true;
		}
		previousBlock = block;
		for (let offset = 0; offset < node.data.length; offset += 1) {
			const char = node.data[offset] ?? '';
			const space = /\s/u.test(char);
			if (space && lastWasSpace) continue;
			text += space ? ' ' : char;
			origin.push({ node, offset });
			lastWasSpace = space;
		}
	}
	const start = text.indexOf(wanted);
	if (start === -1) return undefined;
	const first = origin[start];
	const last = origin[start + wanted.length - 1];
	if (!first || !last) return undefined;
	const range = document.createRange();
	range.setStart(first.node, first.offset);
	range.setEnd(last.node, Math.min(last.offset + 1, last.node.data.length));
	return range;
}

/** Wraps each text node's part of `range` in a `<mark>`, and returns the marks. */
export function markRange(range: Range, className: string): HTMLElement[] {
	const root = range.commonAncestorContainer;
	const walker = document.createTreeWalker(
		root.nodeType === Node.TEXT_NODE ? (root.parentNode ?? root) : root,
		NodeFilter.SHOW_TEXT,
	);
	const pieces: { node: Text; start: number; end: number }[] = [];
	while (walker.nextNode()) {
		const node = walker.currentNode as Text;
		if (!range.intersectsNode(node)) continue;
		const start = node === range.startContainer ? range.startOffset : 0;
		const end = node === range.endContainer ? range.endOffset : node.data.length;
		if (end > start && node.data.slice(start, end).trim() !== '') pieces.push({ node, start, end });
	}
	return pieces.map(({ node, start, end }) => {
		const piece = document.createRange();
		piece.setStart(node, start);
		piece.setEnd(node, end);
		const mark = document.createElement('mark');
		mark.className = className;
		piece.surroundContents(mark);
		return mark;
	});
}
