import { describe, expect, it } from 'vitest';
import type { Episode, EpisodeWithQuestions, Question } from '../../../src/lib/episodes.ts';
import { answerCount, speakerProfiles } from '../../../src/lib/speakers.ts';

/** Just enough of a content entry for speakerProfiles. */
function episode(id: string, speakers: { id: string; name: string; role?: string }[]): Episode {
	return { id, data: { speakers } } as unknown as Episode;
}
function question(id: string, body: string, askedBy?: string): Question {
	return { id, body, data: { id, askedBy } } as unknown as Question;
}
const answer = (anchor: string, speaker: string, text: string): string =>
	`:::answer{#${anchor} speaker=${speaker}}\n${text}\n:::\n\n`;

describe('speakerProfiles', () => {
	const newer = episode('ep-2', [
		{ id: 'ada', name: 'Ada Lovelace', role: 'Engineer' },
		{ id: 'host', name: 'Host' },
	]);
	const older = episode('ep-1', [
		{ id: 'ada', name: 'Ada', role: 'Student' },
		{ id: 'linus', name: 'Linus' },
	]);
	const episodes: EpisodeWithQuestions[] = [
		{ episode: newer, questions: [question('q3', answer('q3-ada', 'ada', 'Third.'), 'host')] },
		{
			episode: older,
			questions: [
				question('q1', answer('q1-ada', 'ada', 'First.') + answer('q1-linus', 'linus', 'Hm.')),
				question('q2', answer('q2-ada', 'ada', 'Second.')),
			],
		},
	];

	it('gathers the answers of one speaker id across episodes, newest episode first', () => {
		const ada = speakerProfiles(episodes).find((profile) => profile.id === 'ada');
		expect(
			ada?.answers.map(({ episode: { id }, question: { data }, answer: { anchor } }) => [id, data.id, anchor]),
		).toEqual([
			['ep-2', 'q3', 'q3-ada'],
			['ep-1', 'q1', 'q1-ada'],
			['ep-1', 'q2', 'q2-ada'],
		]);
		expect(ada?.episodes.map(({ id }) => id)).toEqual(['ep-2', 'ep-1']);
	});

	it('takes the name and role from the newest episode that lists the speaker', () => {
		const ada = speakerProfiles(episodes).find((profile) => profile.id === 'ada');
		expect([ada?.name, ada?.role]).toEqual(['Ada Lovelace', 'Engineer']);
	});

	it('lists the questions a host asked, and a page for every speaker in a registry', () => {
		const profiles = speakerProfiles(episodes);
		expect(profiles.map(({ id }) => id)).toEqual(['ada', 'host', 'linus']);
		expect(profiles.find(({ id }) => id === 'host')?.asked.map(({ question: { data } }) => data.id)).toEqual(['q3']);
	});
});

describe('answerCount', () => {
	it('counts the answers of all questions', () => {
		expect(answerCount([question('q1', answer('a', 'x', 'A.') + answer('b', 'y', 'B.')), question('q2', '')])).toBe(2);
	});
});
