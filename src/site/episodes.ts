/**
 * Episodes in lists: their order, the language of a page about several, answer counts.
 * Pure, so that it works on the content model's episodes wherever they come from.
 */
import type { Episode, Question } from '../model/episode.ts';

/** Newest first; episodes without a date after all dated ones; ties by slug. */
export function sortEpisodes<T extends Pick<Episode, 'date' | 'slug'>>(episodes: readonly T[]): T[] {
	const time = (episode: T): number => episode.date?.getTime() ?? Number.NEGATIVE_INFINITY;
	return [...episodes].sort((a, b) => time(b) - time(a) || a.slug.localeCompare(b.slug));
}

/**
 * The language of a page about several episodes (home, search, 404, a show, a speaker): theirs
 * when they agree, else `en`. Pagefind searches only the index of the page's language, so a
 * search box on an `en` home page would find nothing on a site whose episodes are all `zh-CN`.
 */
export function commonLang(episodes: readonly Pick<Episode, 'lang'>[]): string {
	const langs = new Set(episodes.map((episode) => episode.lang));
	const [only] = langs;
	return langs.size === 1 && only !== undefined ? only : 'en';
}

/** How many answers `questions` hold together, for the counts on the home page. */
export function answerCount(questions: readonly Pick<Question, 'answers'>[]): number {
	return questions.reduce((sum, question) => sum + question.answers.length, 0);
}
