/**
 * A text fragment directive (`:~:text=prefix-,start,end,-suffix`, WICG scroll-to-text) from
 * its parts. Each part is percent-encoded, `-`, `,` and `&` included, since those delimit the
 * parts.
 */
import type { TextFragment } from 'text-fragments-polyfill/dist/fragment-generation-utils.js';

const encode = (part: string): string => encodeURIComponent(part).replace(/-/gu, '%2D');

export function textDirective(fragment: TextFragment): string {
	const parts = [
		fragment.prefix ? `${encode(fragment.prefix)}-` : undefined,
		encode(fragment.textStart),
		fragment.textEnd ? encode(fragment.textEnd) : undefined,
		fragment.suffix ? `-${encode(fragment.suffix)}` : undefined,
	];
	return `text=${parts.filter((part) => part !== undefined).join(',')}`;
}

/** The parameter that carries the quote for the page's own script: browsers hide `:~:` from scripts. */
export const QUOTE_PARAM = 'quote';

/**
 * The link to a quote: the answer's URL, the quote as a parameter (for the page's script, and
 * for browsers without text fragments), and the answer's anchor followed by the directive (for
 * browsers with them). `answerUrl` is absolute, with the answer's `#anchor`.
 */
export function quoteUrl(answerUrl: string, quote: string, fragment: TextFragment | undefined): string {
	const url = new URL(answerUrl);
	url.searchParams.set(QUOTE_PARAM, quote);
	const directive = fragment ? `:~:${textDirective(fragment)}` : '';
	return `${url.origin}${url.pathname}${url.search}${url.hash}${directive}`;
}
