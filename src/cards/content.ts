/**
 * What a question's preview card shows, taken from the content model: the question, who
 * answers it, and where it was asked. Everything drawn on a card comes from here, so this is
 * also what the card's cache key is made of (cache-key.ts).
 */
import type { Episode, Question } from '../model/episode.ts';

export interface CardContent {
	/** The question as asked. */
	question: string;
	/** Display names of the speakers who answer, in the order they first answer. */
	speakers: string[];
	episodeTitle: string;
	show?: string | undefined;
	/** The site's name, in the episode's language (src/i18n). */
	siteTitle: string;
	/** BCP 47 tag of the episode, which chooses the glyph forms of Han characters when the card is drawn. */
	lang: string;
}

/** The card of `question` in `episode`. Speakers are named from the episode's registry. */
export function cardContent(
	episode: Pick<Episode, 'title' | 'show' | 'lang' | 'speakers'>,
	question: Pick<Question, 'question' | 'answers'>,
	siteTitle: string,
): CardContent {
	const names = new Map(episode.speakers.map((speaker) => [speaker.id, speaker.name]));
	const speakerIds = [...new Set(question.answers.map((answer) => answer.speakerId))];
	return {
		question: question.question,
		// The model refuses answers by speakers missing from the registry; the id is a fallback, never expected.
		speakers: speakerIds.map((id) => names.get(id) ?? id),
		episodeTitle: episode.title,
		show: episode.show,
		siteTitle,
		lang: episode.lang,
	};
}
