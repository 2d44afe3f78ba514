/**
 * Takes a reader who followed an old link to where its answer is now: an anchor that moved
 * to another question's page (same answer, new page: no note), or an alias of an answer
 * that was cut or merged (the nearest answer, under a note saying the link has changed).
 * The episode's anchor map (src/site/moved-links.ts) says which is which.
 */
import type { AnchorMap } from '../../site/moved-links.ts';
import { MOVED_PARAM } from './moved-param.ts';

function isAnchorMap(value: unknown): value is AnchorMap {
	if (typeof value !== 'object' || value === null) return false;
	const { answers, moved } = value as Record<string, unknown>;
	return typeof answers === 'object' && answers !== null && typeof moved === 'object' && moved !== null;
}

async function loadAnchors(url: string | undefined): Promise<AnchorMap | undefined> {
	if (url === undefined) return undefined;
	try {
		const response = await fetch(url);
		const data: unknown = response.ok ? await response.json() : undefined;
		return isAnchorMap(data) ? data : undefined;
	} catch {
		return undefined;
	}
}

/** Shows the note right above where the reader lands, so it is read with the answer. */
function showNote(note: HTMLElement, text: string | undefined, before: Element | null): void {
	if (text !== undefined) note.textContent = text;
	const place = before ?? document.querySelector('article');
	if (before) before.before(note);
	else place?.prepend(note);
	note.hidden = false;
}

/** The page's address without `?moved=`, so that sharing it again shares a clean link. */
function withoutMovedParam(hash: string): string {
	const params = new URLSearchParams(location.search);
	params.delete(MOVED_PARAM);
	const query = params.toString();
	return `${location.pathname}${query === '' ? '' : `?${query}`}${hash}`;
}

export async function followMovedLink(note: HTMLElement, id: string): Promise<void> {
	const cameThroughRedirect = new URLSearchParams(location.search).has(MOVED_PARAM);
	if (id === '' || document.getElementById(id)) {
		// Through an old question URL, to a page that holds the link's answer (or the question itself).
		history.replaceState(history.state, '', withoutMovedParam(location.hash));
		showNote(note, undefined, id === '' ? null : document.getElementById(id));
		return;
	}
	const anchors = await loadAnchors(note.dataset['anchors']);
	const alias = anchors?.moved[id];
	const anchor = alias ?? id;
	const page = anchors?.answers[anchor];
	if (page === undefined) {
		history.replaceState(history.state, '', withoutMovedParam(location.hash));
		showNote(note, note.dataset['missing'], null);
		return;
	}
	const changed = alias !== undefined || cameThroughRedirect;
	const here = document.getElementById(anchor);
	if (here) {
		const hash = `#${encodeURIComponent(anchor)}`;
		// A navigation within the page, so that :target marks the answer as for any anchor link;
		// only then the parameter goes, which changing with it would reload the page.
		location.replace(hash);
		history.replaceState(history.state, '', withoutMovedParam(hash));
		if (changed) showNote(note, undefined, here);
		return;
	}
	location.replace(
		`${page}${changed ? `?${MOVED_PARAM}=${encodeURIComponent(id)}` : ''}#${encodeURIComponent(anchor)}`,
	);
}
