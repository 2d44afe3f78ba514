/**
 * Plain text out of content Markdown, for what is not rendered HTML: meta descriptions, the
 * RSS feed, answer counts and the answers listed on speaker pages. Parses with the same
 * remark-directive syntax as the site (docs/content-format.md), without touching the disk.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { restoreTextDirectives } from '../markdown/remark-answers.ts';
import { collapseWhiteSpace } from './excerpt.ts';

/** One `:::answer{#anchor speaker=id}` block of a question file. */
export interface AnswerText {
	/** The answer's permalink anchor. */
	anchor: string;
	/** The speaker id, from the episode's registry. */
	speakerId: string;
	/** The answer as plain text, paragraphs joined by a space. */
	text: string;
}

const parser = unified().use(remarkParse).use(remarkDirective);

function parse(markdown: string): Root {
	const tree = parser.parse(markdown);
	restoreTextDirectives(tree, markdown);
	return tree;
}

/** Blocks as text, one space between them (mdast-util-to-string would glue paragraphs together). */
function textOf(nodes: readonly RootContent[]): string {
	return collapseWhiteSpace(
		nodes
			.filter((node) => node.type !== 'html')
			.map((node) => toString(node, { includeHtml: false }))
			.join(' '),
	);
}

/** Markdown (an episode's description) as one line of plain text. */
export function plainText(markdown: string): string {
	return textOf(parse(markdown).children);
}

const cache = new Map<string, readonly AnswerText[]>();

/**
 * The answers of a question file's body, in order. Blocks that are not answers are skipped:
 * remark-answers has already refused them when the page was rendered.
 */
export function answersIn(markdown: string): readonly AnswerText[] {
	const cached = cache.get(markdown);
	if (cached) return cached;
	const answers: AnswerText[] = [];
	for (const node of parse(markdown).children) {
		if (node.type !== 'containerDirective' || node.name !== 'answer') continue;
		const anchor = node.attributes?.['id'];
		const speakerId = node.attributes?.['speaker'];
		if (!anchor || !speakerId) continue;
		answers.push({ anchor, speakerId, text: textOf(node.children) });
	}
	cache.set(markdown, answers);
	return answers;
}
