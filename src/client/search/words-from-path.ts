/**
 * What a missing page's address was probably about, as words to search for: the last
 * segment of its path, decoded, with separators turned into spaces.
 * `/onboard-26/stable-diffusion-old/` → `stable diffusion old`; `/ep/数据量.html` → `数据量`.
 * The 404 page searches for them as a fallback. Pure.
 */

/** File names that say nothing about the content. */
const NOT_WORDS = new Set(['index', 'default', 'home']);
const MAX_WORDS = 6;

function decode(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		// A malformed escape (`%E6%9`): keep the raw text rather than fail.
		return segment;
	}
}

/**
 * @param pathname `location.pathname` of the missing page.
 * @param base The site's base path (`/` or `/transcripts/`), which is not part of the address's meaning.
 */
export function wordsFromPath(pathname: string, base = '/'): string {
	const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	const segments = path
		.split('/')
		.map((segment) =>
			decode(segment)
				.replace(/\.(?:html?|php|aspx?|md)$/iu, '')
				.trim(),
		)
		.filter((segment) => segment !== '' && !NOT_WORDS.has(segment.toLowerCase()));
	const last = segments.at(-1) ?? '';
	return last
		.split(/[\s\-_+.,;:!?'"()[\]{}|/\\]+/u)
		.filter((word) => word !== '')
		.slice(0, MAX_WORDS)
		.join(' ');
}
