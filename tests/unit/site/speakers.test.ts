import { describe, expect, it } from 'vitest';
import { readEpisode } from '../../../src/model/read-episode.ts';
import { answerCount } from '../../../src/site/episodes.ts';
import { speakerProfiles } from '../../../src/site/speakers.ts';
import { episodeFiles } from '../model/episode-files.ts';

describe('speakerProfiles', () => {
	const newer = readEpisode(
		'content/episodes/ep-2',
		episodeFiles({
			speakers: [
				{ id: 'ada', name: 'Ada Lovelace', role: 'Engineer' },
				{ id: 'host', name: 'Host' },
			],
			questions: [{ id: 'q3', askedBy: 'host', answers: [['q3-ada', 'ada', 'Third.']] }],
		}),
	);
	const older = readEpisode(
		'content/episodes/ep-1',
		episodeFiles({
			speakers: [
				{ id: 'ada', name: 'Ada', role: 'Student' },
				{ id: 'linus', name: 'Linus' },
			],
			questions: [
				{
					id: 'q1',
					answers: [
						['q1-ada', 'ada', 'First.'],
						['q1-linus', 'linus', 'Hm.'],
					],
				},
				{ id: 'q2', answers: [['q2-ada', 'ada', 'Second.']] },
			],
		}),
	);
	const episodes = [newer, older];

	it('gathers the answers of one speaker id across episodes, newest episode first', () => {
		const ada = speakerProfiles(episodes).find((profile) => profile.id === 'ada');
		expect(ada?.answers.map(({ episode, question, answer }) => [episode.slug, question.id, answer.anchor])).toEqual([
			['ep-2', 'q3', 'q3-ada'],
			['ep-1', 'q1', 'q1-ada'],
			['ep-1', 'q2', 'q2-ada'],
		]);
		expect(ada?.episodes.map(({ slug }) => slug)).toEqual(['ep-2', 'ep-1']);
	});

	it('takes the name and role from the newest episode that lists the speaker', () => {
		const ada = speakerProfiles(episodes).find((profile) => profile.id === 'ada');
		expect([ada?.name, ada?.role]).toEqual(['Ada Lovelace', 'Engineer']);
	});

	it('lists the questions a host asked, and a page for every speaker in a registry', () => {
		const profiles = speakerProfiles(episodes);
		expect(profiles.map(({ id }) => id)).toEqual(['ada', 'host', 'linus']);
		expect(profiles.find(({ id }) => id === 'host')?.asked.map(({ question }) => question.id)).toEqual(['q3']);
	});
});

describe('answerCount', () => {
	it('counts the answers of all questions', () => {
		expect(answerCount(episodes()[0]?.questions ?? [])).toBe(3);
	});
});

function episodes() {
	return [
		readEpisode(
			'content/episodes/ep',
			episodeFiles({
				speakers: [
					{ id: 'x', name: 'X' },
					{ id: 'y', name: 'Y' },
				],
				questions: [
					{
						id: 'q1',
						answers: [
							['a', 'x', 'A.'],
							['b', 'y', 'B.'],
						],
					},
					{ id: 'q2', answers: [['c', 'x', 'C.']] },
				],
			}),
		),
	];
}
