/**
 * The query parameter a redirect adds when an old link now leads somewhere else (an alias),
 * so the page it lands on can say so. Its value is the id the link was made for.
 */
export const MOVED_PARAM = 'moved';
