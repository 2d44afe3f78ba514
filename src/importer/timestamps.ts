/**
 * Timestamps that transcripts put at the start of a paragraph: `[04:13]`, `[01:02:03]`,
 * `[00:03:54.26]`, and the Markdown-escaped `\[04:13\]` of the Changelog's transcripts.
 */

export interface Timestamped {
	/** Seconds from the start of the episode, when the text began with a timestamp. */
	seconds?: number;
	/** The timestamp as written, when there was one. */
	token?: string;
	rest: string;
}

const LEADING_TIMESTAMP = /^\\?\[\s*(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?\s*\\?\]\s*/u;

export function takeTimestamp(text: string): Timestamped {
	const match = LEADING_TIMESTAMP.exec(text);
	if (!match) return { rest: text };
	const [token, hours = '0', minutes = '0', seconds = '0', fraction] = match;
	const value =
		Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) + (fraction ? Number(`0.${fraction}`) : 0);
	return { seconds: Math.round(value * 100) / 100, token: token.trim(), rest: text.slice(token.length) };
}
