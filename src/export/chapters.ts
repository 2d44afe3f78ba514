/**
 * An episode's questions as a Podcasting 2.0 chapters file, JSON Chapters 1.2
 * (podcast-namespace, `docs/examples/chapters/jsonChapters.md`): a chapter per question,
 * titled with the question and linking to its page, from the time it is asked (its `start:`,
 * or else when its first answer starts). A question without either is left out.
 */
import type { Episode, Question } from '../model/episode.ts';

export interface Chapters {
	version: '1.2.0';
	chapters: { startTime: number; title: string; url: string }[];
}

/** When `question` starts: its own time, or its first answer's. */
export function questionStart(question: Question): number | undefined {
	const answer = question.answers[0];
	return question.start ?? answer?.paragraphStarts[0] ?? answer?.start;
}

/** `url` gives the absolute URL of a question's page. */
export function chapters(episode: Episode, url: (question: Question) => string): Chapters {
	return {
		version: '1.2.0',
		chapters: episode.questions.flatMap((question) => {
			const start = questionStart(question);
			return start === undefined
				? []
				: [{ startTime: Math.round(start * 1000) / 1000, title: question.question, url: url(question) }];
		}),
	};
}

/** The chapters as the file's text. */
export function chaptersJson(episode: Episode, url: (question: Question) => string): string {
	return `${JSON.stringify(chapters(episode, url), null, 2)}\n`;
}
