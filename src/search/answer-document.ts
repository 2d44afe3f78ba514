/**
 * The small HTML document Pagefind indexes for one answer. Pagefind reads its language
 * from `<html lang>` (and segments Chinese with it), its result title, speaker, role,
 * episode and show from `data-pagefind-meta`, its filters from `data-pagefind-filter`,
 * and its place in filter-only browsing from `data-pagefind-sort`. Built with hastscript,
 * so transcript text is escaped, never interpreted.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { AnswerRecord } from './records.ts';

export function answerDocument(record: AnswerRecord, position: number): string {
	const hidden = { dataPagefindIgnore: '' };
	const tree = h('html', { lang: record.lang }, [
		h('head', [h('title', record.question)]),
		h('body', { dataPagefindBody: '', dataPagefindSort: `position:${String(position).padStart(6, '0')}` }, [
			...record.paragraphs.map((paragraph) => h('p', paragraph)),
			// After the answer, so that excerpts of matches in the answer start with what was said.
			// The question is searched too (some words occur only in it) and titles the result.
			// Not a heading: Pagefind would weight it so that excerpts gravitate to the question.
			h('p', { dataPagefindMeta: 'title', dataPagefindWeight: '2' }, record.question),
			// The speaker's name is searchable: "Yiwen 数据" finds Yiwen's answers about data.
			h('p', { dataPagefindMeta: 'speaker', dataPagefindFilter: 'speaker' }, record.speaker),
			h('p', hidden, [
				h('span', { dataPagefindMeta: 'episode', dataPagefindFilter: 'episode' }, record.episode),
				...(record.show === undefined
					? []
					: [h('span', { dataPagefindMeta: 'show', dataPagefindFilter: 'show' }, record.show)]),
				...(record.role === undefined ? [] : [h('span', { dataPagefindMeta: 'role' }, record.role)]),
			]),
		]),
	]);
	return `<!doctype html>${toHtml(tree)}`;
}
