/**
 * Links made for an earlier version of a transcript (issue #9, "permanence"). On a page
 * opened with an `#anchor` it does not hold, or through the redirect of an old question URL
 * (`?moved=`), loads moved/follow-moved-link.ts, which finds where the answer is now and
 * says so; any other page loads nothing more.
 */
import { MOVED_PARAM } from './moved/moved-param.ts';

const note = document.querySelector<HTMLElement>('[data-moved-note]');
let id = '';
try {
	id = decodeURIComponent(location.hash.slice(1));
} catch {
	// A hand-mangled `%` in the link: nothing to look up.
}
if (note && (new URLSearchParams(location.search).has(MOVED_PARAM) || (id !== '' && !document.getElementById(id)))) {
	void import('./moved/follow-moved-link.ts').then(({ followMovedLink }) => followMovedLink(note, id));
}
