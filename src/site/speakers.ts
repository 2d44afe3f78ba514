/**
 * Speakers across episodes. Speaker ids are declared per episode, in each `episode.md`'s
 * registry; the same id in two episodes is the same person (docs/content-format.md), so a
 * speaker's page gathers every answer under that id.
 */
import type { Answer, Episode } from '../model/episode.ts';

export interface SpeakerAnswer<E extends Episode = Episode> {
	episode: E;
	question: E['questions'][number];
	answer: Answer;
}

export interface SpeakerProfile<E extends Episode = Episode> {
	id: string;
	/** Name, role and link as the newest episode that lists the speaker has them. */
	name: string;
	role: string | undefined;
	link: string | undefined;
	/** Every episode whose registry lists the speaker, newest first. */
	episodes: E[];
	/** Every answer by the speaker: episodes newest first, then in conversation order. */
	answers: SpeakerAnswer<E>[];
	/** Questions the speaker asked (`askedBy`), in the same order. */
	asked: { episode: E; question: E['questions'][number] }[];
}

/** One profile per speaker id, in the order of first appearance (`episodes` newest first). */
export function speakerProfiles<E extends Episode>(episodes: readonly E[]): SpeakerProfile<E>[] {
	const profiles = new Map<string, SpeakerProfile<E>>();
	for (const episode of episodes) {
		for (const speaker of episode.speakers) {
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
		for (const question of episode.questions) {
			if (question.askedBy !== undefined) profiles.get(question.askedBy)?.asked.push({ episode, question });
			for (const answer of question.answers) {
				profiles.get(answer.speakerId)?.answers.push({ episode, question, answer });
			}
		}
	}
	return [...profiles.values()];
}
