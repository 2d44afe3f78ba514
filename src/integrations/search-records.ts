/**
 * What the search index holds: one record per answer, read from the built question pages
 * (the markup of docs/content-format.md, plus the `data-*` the question page puts on its
 * article). Reading the HTML rather than the Markdown means the index holds exactly the
 * text readers see. Pure: HTML in, records out.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

export interface AnswerRecord {
	/** Site-root-relative URL of the answer, without the base path: `/onboard-26/train/#train-yizhou`. */
	url: string;
	lang: string;
	question: string;
	speaker: string;
	role?: string;
	episode: string;
	episodeId: string;
	/** `YYYY-MM-DD`. */
	date: string;
	questionOrder: number;
	/** Position of the answer within its question, from 0. */
	answerIndex: number;
	show?: string;
	/** The answer's paragraphs, as plain text. */
	paragraphs: string[];
}

function attribute(element: Element, name: string): string | undefined {
	const value = element.properties[name];
	return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

const text = (node: Element | Root): string => toText(node, { whitespace: 'normal' }).trim();

/**
 * The answer records of one built page, or none when it is not a question page.
 * `pageUrl` is the page's URL relative to the site root, e.g. `/onboard-26/train/`.
 */
export function answerRecords(html: string, pageUrl: string): AnswerRecord[] {
	if (!html.includes('data-question-page')) return [];
	const tree = fromHtml(html);
	const article = select('article[data-question-page]', tree);
	if (!article) return [];
	const htmlElement = select('html', tree);
	const lang = (htmlElement && attribute(htmlElement, 'lang')) ?? 'en';
	const h1 = select('h1', article);
	const episode = attribute(article, 'dataEpisodeTitle') ?? '';
	const show = attribute(article, 'dataShow');
	const common = {
		lang,
		question: h1 ? text(h1) : '',
		episode,
		episodeId: attribute(article, 'dataEpisodeId') ?? '',
		date: attribute(article, 'dataEpisodeDate') ?? '',
		questionOrder: Number(attribute(article, 'dataQuestionOrder') ?? '0'),
		...(show === undefined ? {} : { show }),
	};
	return selectAll('section.answer[id][data-speaker]', article).map((section, answerIndex) => {
		const role = select('.answer-role', section);
		// The header holds name, role, time and permalink: labels, not what was said.
		const paragraphs = section.children
			.filter((child): child is Element => child.type === 'element' && child.tagName !== 'header')
			.map((child) => text(child))
			.filter((paragraph) => paragraph !== '');
		return {
			...common,
			url: `${pageUrl}#${attribute(section, 'id') ?? ''}`,
			speaker: attribute(section, 'dataSpeaker') ?? '',
			answerIndex,
			paragraphs,
			...(role ? { role: text(role) } : {}),
		};
	});
}

/** Newest episode first, then the order of the conversation: how browsing by filter lists answers. */
export function conversationOrder(records: AnswerRecord[]): AnswerRecord[] {
	return [...records].sort(
		(a, b) =>
			b.date.localeCompare(a.date) ||
			a.episodeId.localeCompare(b.episodeId) ||
			a.questionOrder - b.questionOrder ||
			a.answerIndex - b.answerIndex,
	);
}
