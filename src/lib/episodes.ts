/**
 * The site's one view of the content: every episode, newest first, with its questions in
 * conversation order. Also checks what no single-file schema can see: question ids and
 * orders unique within an episode, and every question actually rendered.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { reservedEpisodeSlugs } from './urls.ts';

export type Episode = CollectionEntry<'episodes'>;
export type Question = CollectionEntry<'questions'>;

export interface EpisodeWithQuestions {
	episode: Episode;
	questions: Question[];
}

export class ContentError extends Error {
	constructor(
		name:
			| 'QuestionWithoutEpisodeError'
			| 'DuplicateQuestionIdError'
			| 'DuplicateQuestionOrderError'
			| 'QuestionNotRenderedError'
			| 'ReservedEpisodeSlugError'
			| 'UnknownAskerError',
		message: string,
	) {
		super(message);
		this.name = name;
	}
}

let loaded: Promise<EpisodeWithQuestions[]> | undefined;

/** Loaded once per build; every route's `getStaticPaths` shares the result. */
export function loadEpisodes(): Promise<EpisodeWithQuestions[]> {
	loaded ??= load();
	return loaded;
}

async function load(): Promise<EpisodeWithQuestions[]> {
	const [episodes, questions] = await Promise.all([getCollection('episodes'), getCollection('questions')]);
	const byEpisode = new Map<string, Question[]>(episodes.map((episode) => [episode.id, []]));

	for (const question of questions) {
		const list = byEpisode.get(question.data.episode);
		if (!list) {
			throw new ContentError(
				'QuestionWithoutEpisodeError',
				`\`${where(question)}\` is in a folder without an \`episode.md\`. Add one (see docs/content-format.md) or move the file.`,
			);
		}
		if (question.rendered === undefined) {
			// The glob loader logs a failed Markdown render and carries on with an empty page;
			// stop here so a broken answer never ships silently.
			throw new ContentError(
				'QuestionNotRenderedError',
				`\`${where(question)}\` could not be rendered; the reason is logged above as "Error rendering …". ` +
					'Fix the file and build again.',
			);
		}
		list.push(question);
	}

	const result = episodes.map((episode) => {
		if (reservedEpisodeSlugs.has(episode.id)) {
			throw new ContentError(
				'ReservedEpisodeSlugError',
				`The episode folder \`${episode.id}\` would take the site's own \`/${episode.id}/\` URL. Rename the folder.`,
			);
		}
		const list = (byEpisode.get(episode.id) ?? []).sort((a, b) => a.data.order - b.data.order);
		const known = new Set(episode.data.speakers.map((speaker) => speaker.id));
		const strayAsker = list.find((q) => q.data.askedBy !== undefined && !known.has(q.data.askedBy));
		if (strayAsker) {
			throw new ContentError(
				'UnknownAskerError',
				`\`${where(strayAsker)}\` has \`askedBy: ${strayAsker.data.askedBy ?? ''}\`, who is not in the \`speakers\` of its \`episode.md\`. ` +
					'Add them to the registry, or use one of ' +
					[...known].map((id) => `\`${id}\``).join(', ') +
					'.',
			);
		}
		assertUnique(
			list,
			(q) => q.data.id,
			'DuplicateQuestionIdError',
			(value, a, b) =>
				`\`${where(a)}\` and \`${where(b)}\` both have the question id \`${value}\`, which is the question's URL. ` +
				'Give one of them another id.',
		);
		assertUnique(
			list,
			(q) => String(q.data.order),
			'DuplicateQuestionOrderError',
			(value, a, b) =>
				`\`${where(a)}\` and \`${where(b)}\` both have \`order: ${value}\`. Number the questions of an episode 1, 2, 3, … in conversation order.`,
		);
		return { episode, questions: list };
	});

	return result.sort(
		(a, b) => b.episode.data.date.getTime() - a.episode.data.date.getTime() || a.episode.id.localeCompare(b.episode.id),
	);
}

function assertUnique(
	questions: Question[],
	key: (question: Question) => string,
	name: 'DuplicateQuestionIdError' | 'DuplicateQuestionOrderError',
	message: (value: string, a: Question, b: Question) => string,
): void {
	const seen = new Map<string, Question>();
	for (const question of questions) {
		const value = key(question);
		const first = seen.get(value);
		if (first) throw new ContentError(name, message(value, first, question));
		seen.set(value, question);
	}
}

function where(question: Question): string {
	return question.filePath ?? question.id;
}

/**
 * The language of pages that belong to no single episode (home, search, 404): the episodes'
 * own when they agree. Pagefind searches only the index of the page's language, so a search
 * box on an `en` home page would find nothing on a site whose episodes are all `zh-CN`.
 */
export function siteLang(episodes: readonly EpisodeWithQuestions[]): string {
	return commonLang(episodes.map(({ episode }) => episode));
}

/** The language of a page about several episodes (a show, a speaker): theirs when they agree, else `en`. */
export function commonLang(episodes: readonly Episode[]): string {
	const langs = new Set(episodes.map((episode) => episode.data.lang));
	const [only] = langs;
	return langs.size === 1 && only !== undefined ? only : 'en';
}
