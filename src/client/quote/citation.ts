/**
 * A quote as a citation, in plain text (for chats) and HTML (for documents): the quote, who
 * said it, where and when, and the link back to it. Pure, so it is tested on its own.
 */
import { escapeHtml } from '../escape.ts';

export interface CitationFacts {
	quote: string;
	speaker: string;
	role?: string | undefined;
	episode: string;
	show?: string | undefined;
	/** `YYYY-MM-DD`; undated episodes have none. */
	date?: string | undefined;
	link: string;
}

export function citation(facts: CitationFacts): { text: string; html: string } {
	const who = [facts.speaker, facts.role].filter(Boolean).join(', ');
	const where = [facts.show, facts.episode].filter(Boolean).join(': ');
	const text = [`“${facts.quote}”`, `— ${[who, where, facts.date].filter(Boolean).join(' · ')}`, facts.link].join('\n');
	const html =
		`<blockquote cite="${escapeHtml(facts.link)}"><p>${escapeHtml(facts.quote)}</p>` +
		`<footer>— ${escapeHtml(who)} · <cite><a href="${escapeHtml(facts.link)}">${escapeHtml(where)}</a></cite>` +
		`${facts.date ? ` · <time datetime="${escapeHtml(facts.date)}">${escapeHtml(facts.date)}</time>` : ''}</footer></blockquote>`;
	return { text, html };
}
