/**
 * Speakers across episodes. Speaker ids are declared per episode, in each `episode.md`'s
 * registry; the same id in two episodes is the same person (docs/content-format.md), so a
 * speaker's page gathers every answer under that id.
 */
import type { Episode, EpisodeWithQuestions, Question } from './episodes.ts';
import { answersIn, type AnswerText } from './markdown-text.ts';

export interface SpeakerAnswer {
	episode: Episode;
	question: Question;
	answer: AnswerText;
}

export interface SpeakerProfile {
	id: string;
	/** Name, role and link as the newest episode that lists the speaker has them. */
	name: string;
	role: string | undefined;
	link: string | undefined;
	/** Every episode whose registry lists the speaker, newest first. */
	episodes: Episode[];
	/** Every answer by the speaker: episodes newest first, then in conversation order. */
	answers: SpeakerAnswer[];
	/** Questions the speaker asked (`askedBy`), in the same order. */
	asked: { episode: Episode; question: Question }[];
}

/** One profile per speaker id, in the order of first appearance (newest episode first). */
export function speakerProfiles(episodes: readonly EpisodeWithQuestions[]): SpeakerProfile[] {
	const profiles = new Map<string, SpeakerProfile>();
	for (const { episode, questions } of episodes) {
		for (const speaker of episode.data.speakers) {
			let profile = profiles.get(speaker.id);
			if (!profile) {
				profile = {
					id: speaker.id,
					name: speaker.name,
					role: speaker.role,
					link: speaker.link,
					episodes: [],
					answers: [],
					asked: [],
				};
				profiles.set(speaker.id, profile);
			}
			profile.role ??= speaker.role;
			profile.link ??= speaker.link;
			profile.episodes.push(episode);
		}
		for (const question of questions) {
			if (question.data.askedBy !== undefined) profiles.get(question.data.askedBy)?.asked.push({ episode, question });
			for (const answer of answersIn(question.body ?? '')) {
				profiles.get(answer.speakerId)?.answers.push({ episode, question, answer });
			}
		}
	}
	return [...profiles.values()];
}

/** How many answers `questions` hold together, for the counts on the home page. */
export function answerCount(questions: readonly Question[]): number {
	return questions.reduce((sum, question) => sum + answersIn(question.body ?? '').length, 0);
}
