/**
 * The one template of a search result, shared by the dialog, the search page and the 404
 * page: the question (the link), who answered (name, and role when known) and in which
 * episode, and the excerpt with the searched words marked. The same parts come in two shapes:
 * a list item with a heading (`resultItem`, the search page and the 404 page) and an option of
 * the dialog's listbox (`resultOption`). Everything from the index goes in as text except the
 * excerpt, which the engine has already escaped (phrase.ts `excerptHtml`; only its `<mark>`s are markup).
 *
 * The class names `search-page` (one result), `search-question` and `search-summary` are
 * also what tests/e2e/search-relevance.test.ts reads on the search page.
 */
import type { AnswerHit } from './engine.ts';
import { landingUrl } from './landing.ts';

export function create<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** `Yizhou · Stability AI 产品经理 · 【播客】onboard26…`, the speaker's name in bold. */
export function hitMeta(hit: AnswerHit, tag: 'p' | 'span'): HTMLElement {
	const meta = create(tag, 'search-meta');
	meta.append(create('span', 'search-speaker', hit.speaker));
	for (const part of [hit.role, hit.episode]) if (part) meta.append(' · ', create('span', undefined, part));
	return meta;
}

export function hitExcerpt(hit: AnswerHit, tag: 'p' | 'span'): HTMLElement {
	const excerpt = create(tag, 'search-excerpt');
	// Escaped by the engine, `<mark>` around the matches (engine.ts `AnswerHit.excerpt`).
	excerpt.innerHTML = hit.excerpt;
	return excerpt;
}

/**
 * One result as an option of a listbox (`role="option"`, the dialog's combobox), `id` its id.
 * Heard as "question, speaker · role · episode, excerpt", with pauses between the parts.
 */
export function resultOption(hit: AnswerHit, searched: string, id: string): HTMLAnchorElement {
	const option = create('a', 'search-option');
	option.id = id;
	option.href = landingUrl(hit.url, searched);
	option.setAttribute('role', 'option');
	option.tabIndex = -1;
	const question = create('span', 'search-question', hit.question);
	const meta = hitMeta(hit, 'span');
	const excerpt = hitExcerpt(hit, 'span');
	question.id = `${id}-question`;
	meta.id = `${id}-meta`;
	excerpt.id = `${id}-excerpt`;
	option.setAttribute('aria-labelledby', `${question.id} ${meta.id} ${excerpt.id}`);
	option.append(question, meta, excerpt);
	return option;
}

/** One result as a list item with a heading, for the search page and the 404 page. */
export function resultItem(hit: AnswerHit, searched: string, heading: 'h2' | 'h3'): HTMLLIElement {
	const item = create('li', 'search-page');
	const title = create(heading, 'search-question');
	const link = create('a', undefined, hit.question);
	link.href = landingUrl(hit.url, searched);
	// Several answers to one question are listed alike: their links tell the speakers apart.
	link.append(create('span', 'sr-only', ` — ${hit.speaker}`));
	title.append(link);
	item.append(title, hitMeta(hit, 'p'), hitExcerpt(hit, 'p'));
	return item;
}
