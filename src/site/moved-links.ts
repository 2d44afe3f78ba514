/**
 * Where old links lead (issue #9, "permanence"). A question id a re-import dropped is an
 * alias of another question (docs/content-format.md): its URL gets a redirect page and a
 * line in `_redirects`. An old answer anchor cannot be redirected by a server, since the
 * fragment never reaches it; the page looks it up in the episode's anchor map instead
 * (src/client/moved/follow-moved-link.ts).
 */
import { MOVED_PARAM } from '../client/moved/moved-param.ts';
import type { Episode } from '../model/episode.ts';

/** The episode's `anchors.json`. */
export interface AnchorMap {
	/** Every live answer anchor → its question page's URL (base path included). */
	answers: Record<string, string>;
	/** Every answer alias → the live anchor it now lands on. */
	moved: Record<string, string>;
}

export function anchorMap(episode: Episode, questionUrl: (episode: string, question: string) => string): AnchorMap {
	const map: AnchorMap = { answers: {}, moved: {} };
	for (const question of episode.questions) {
		const url = questionUrl(episode.slug, question.id);
		for (const answer of question.answers) {
			map.answers[answer.anchor] = url;
			for (const alias of answer.aliases) map.moved[alias] = answer.anchor;
		}
	}
	return map;
}

/** An old question URL and where it leads now, both with the base path. */
export interface QuestionRedirect {
	episode: Episode;
	alias: string;
	from: string;
	/** The question page, with the parameter that makes it show the moved-link note. */
	to: string;
}

export function questionRedirects(
	episodes: readonly Episode[],
	questionUrl: (episode: string, question: string) => string,
): QuestionRedirect[] {
	return episodes.flatMap((episode) =>
		episode.questions.flatMap((question) =>
			question.aliases.map((alias) => ({
				episode,
				alias,
				from: questionUrl(episode.slug, alias),
				to: `${questionUrl(episode.slug, question.id)}?${MOVED_PARAM}=${encodeURIComponent(alias)}`,
			})),
		),
	);
}

/**
 * The `_redirects` file Netlify and Cloudflare Pages read: a permanent redirect per old
 * question URL, with and without its trailing slash. Browsers keep the `#anchor` of the
 * link across it. Hosts without it still serve the redirect page of each old URL.
 */
export function redirectsFile(redirects: readonly QuestionRedirect[]): string {
	return redirects
		.flatMap(({ from, to }) => [`${from} ${to} 301`, `${from.replace(/\/$/u, '')} ${to} 301`])
		.map((line) => `${line}\n`)
		.join('');
}
