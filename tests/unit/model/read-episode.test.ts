import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/model/content-error.ts';
import type { EpisodeFile } from '../../../src/model/episode.ts';
import { readEpisode } from '../../../src/model/read-episode.ts';
import { episodeFiles } from './episode-files.ts';

const folder = 'content/episodes/ep';

/** A small valid episode: two speakers, two questions. */
function valid(): EpisodeFile[] {
	return episodeFiles({
		date: '2024-03-05',
		speakers: [
			{ id: 'ada', name: 'Ada', role: 'Engineer' },
			{ id: 'bob', name: 'Bob' },
		],
		description: 'An episode about *things*.\n\nSecond paragraph.\n',
		questions: [
			{ id: 'why', question: 'Why?', askedBy: 'bob', answers: [['why-ada', 'ada', 'Because.\n\n- one\n- two']] },
			{
				id: 'how',
				answers: [
					['how-ada', 'ada', 'Like this:\nslowly.'],
					['how-bob', 'bob', 'Note:this stays as written.'],
				],
			},
		],
	});
}

/** `valid()` with one file's text changed. */
function edited(name: string, change: (content: string) => string): EpisodeFile[] {
	return valid().map((file) => (file.name === name ? { ...file, content: change(file.content) } : file));
}

/** The error reading `files` throws, as `Name: message`. */
function failure(files: EpisodeFile[]): string {
	try {
		readEpisode(folder, files);
	} catch (error) {
		if (error instanceof ContentError) return `${error.name}: ${error.message}`;
		throw error;
	}
	throw new Error('The episode was read without an error.');
}

describe('readEpisode', () => {
	it('reads an episode folder into the episode, its registry, questions and answers with their text', () => {
		const episode = readEpisode(folder, valid());
		expect(episode).toMatchObject({
			slug: 'ep',
			title: 'An episode',
			date: new Date('2024-03-05T00:00:00Z'),
			lang: 'en',
			speakers: [
				{ id: 'ada', name: 'Ada', role: 'Engineer' },
				{ id: 'bob', name: 'Bob' },
			],
			descriptionParagraphs: ['An episode about things.', 'Second paragraph.'],
			file: 'content/episodes/ep/episode.md',
		});
		expect(episode.questions.map(({ id, order, askedBy, file }) => ({ id, order, askedBy, file }))).toEqual([
			{ id: 'why', order: 1, askedBy: 'bob', file: 'content/episodes/ep/01-why.md' },
			{ id: 'how', order: 2, askedBy: undefined, file: 'content/episodes/ep/02-how.md' },
		]);
		expect(episode.questions.flatMap((question) => question.answers)).toEqual([
			{
				anchor: 'why-ada',
				speakerId: 'ada',
				aliases: [],
				start: undefined,
				end: undefined,
				paragraphs: ['Because.', 'one two'],
				paragraphStarts: [undefined, undefined],
				line: 8,
			},
			{
				anchor: 'how-ada',
				speakerId: 'ada',
				aliases: [],
				start: undefined,
				end: undefined,
				paragraphs: ['Like this: slowly.'],
				paragraphStarts: [undefined],
				line: 7,
			},
			{
				anchor: 'how-bob',
				speakerId: 'bob',
				aliases: [],
				start: undefined,
				end: undefined,
				paragraphs: ['Note:this stays as written.'],
				paragraphStarts: [undefined],
				line: 12,
			},
		]);
	});

	it('reads hand-written HTML in an answer as the text the page shows, and comments as nothing', () => {
		const files = edited('01-why.md', (content) =>
			content.replace('Because.', 'Because <b onclick="x()">bold</b> <!-- note --> matters.\n\n<div>block</div>'),
		);
		const answer = readEpisode(folder, files).questions[0]?.answers[0];
		expect(answer?.paragraphs.slice(0, 2)).toEqual(['Because <b onclick="x()">bold</b> matters.', '<div>block</div>']);
	});

	it('reads an episode without a date as undated', () => {
		const files = edited('episode.md', (content) => content.replace('date: 2024-03-05\n', ''));
		expect(readEpisode(folder, files).date).toBeUndefined();
	});

	it('puts questions in the order their frontmatter gives, whatever the file names say', () => {
		const files = valid().map((file) =>
			file.name === '01-why.md' ? { ...file, content: file.content.replace('order: 1', 'order: 3') } : file,
		);
		expect(readEpisode(folder, files).questions.map(({ id }) => id)).toEqual(['how', 'why']);
	});

	it('keeps answer start and end times', () => {
		const files = edited('02-how.md', (content) => content.replace('speaker=ada}', 'speaker=ada start=72.5 end=80}'));
		const answer = readEpisode(folder, files).questions[1]?.answers[0];
		expect([answer?.start, answer?.end]).toEqual([72.5, 80]);
	});

	it('reads a paragraph’s leading :time[…] as when it starts, and leaves it out of the text', () => {
		const files = edited('01-why.md', (content) =>
			content.replace('Because.', ':time[1:02:03.5] Because.\n\n:time[12:34] Then.'),
		);
		const answer = readEpisode(folder, files).questions[0]?.answers[0];
		expect(answer?.paragraphs).toEqual(['Because.', 'Then.', 'one two']);
		expect(answer?.paragraphStarts).toEqual([3723.5, 754, undefined]);
	});

	it('keeps :time[…] as text where it is not a paragraph’s leading time', () => {
		const files = edited('01-why.md', (content) =>
			content.replace('Because.', 'Because :time[1:00].\n\n:time[soon] then.\n\n:time[1:00]{x=1} now.'),
		);
		const answer = readEpisode(folder, files).questions[0]?.answers[0];
		expect(answer?.paragraphs).toEqual([
			'Because :time[1:00].',
			':time[soon] then.',
			':time[1:00]{x=1} now.',
			'one two',
		]);
		expect(answer?.paragraphStarts).toEqual([undefined, undefined, undefined, undefined]);
	});

	it('reads the aliases of questions and answers: earlier ids that lead to them', () => {
		const files = edited('02-how.md', (content) =>
			content
				.replace('order: 2', 'order: 2\naliases: [how-old, how-older]')
				.replace('speaker=ada}', 'speaker=ada aliases="how-ada-1 old_anchor"}'),
		);
		const question = readEpisode(folder, files).questions[1];
		expect(question?.aliases).toEqual(['how-old', 'how-older']);
		expect(question?.answers[0]?.aliases).toEqual(['how-ada-1', 'old_anchor']);
		expect(readEpisode(folder, valid()).questions[1]?.aliases).toEqual([]);
	});

	it('reads the episode’s audio URL', () => {
		const files = edited('episode.md', (content) =>
			content.replace('date: 2024-03-05\n', 'date: 2024-03-05\naudio: https://example.org/ep.mp3\n'),
		);
		expect(readEpisode(folder, files).audio).toBe('https://example.org/ep.mp3');
	});
});

describe('readEpisode refuses content the site cannot build, naming the file, line and fix', () => {
	it('question files without an episode.md', () => {
		expect(failure(valid().filter((file) => file.name !== 'episode.md'))).toMatchInlineSnapshot(
			`"EpisodeFileNotFoundError: \`content/episodes/ep/01-why.md\`: the folder \`content/episodes/ep\` has question files but no \`episode.md\`. Add one with the episode’s \`title\` and \`speakers\` (see docs/content-format.md), or move the question files into their episode’s folder."`,
		);
	});

	it('a file without frontmatter', () => {
		expect(
			failure(edited('01-why.md', (content) => content.replace(/^---\n[\s\S]*?\n---\n/u, ''))),
		).toMatchInlineSnapshot(
			`"MissingFrontmatterError: \`content/episodes/ep/01-why.md:1\`: the file does not start with frontmatter. Begin it with a line \`---\`, the fields (see docs/content-format.md), and another \`---\`."`,
		);
	});

	it('frontmatter that is not YAML', () => {
		expect(
			failure(edited('episode.md', (content) => content.replace('title: An episode', 'title: "An episode'))),
		).toMatchInlineSnapshot(
			`"InvalidFrontmatterError: \`content/episodes/ep/episode.md:10\`: the frontmatter is not valid YAML (Missing closing "quote). Check the quoting on this line and the lines above it: a value with \`:\` or \`#\` in it needs quotes."`,
		);
	});

	it('a field that fails its schema, at the field’s line', () => {
		expect(
			failure(edited('episode.md', (content) => content.replace('date: 2024-03-05', 'date: soon'))),
		).toMatchInlineSnapshot(
			`"InvalidFieldError: \`content/episodes/ep/episode.md:3\`: \`date\` is \`soon\`, which should be a day written \`YYYY-MM-DD\`; remove the line for an undated episode. See docs/content-format.md for the fields of \`episode.md\`."`,
		);
		expect(failure(edited('episode.md', (content) => content.replace('    name: Bob\n', '')))).toMatchInlineSnapshot(
			`"InvalidFieldError: \`content/episodes/ep/episode.md:9\`: \`speakers[1].name\` is missing or should be the name shown above the speaker’s answers. See docs/content-format.md for the fields of \`episode.md\`."`,
		);
		expect(failure(edited('02-how.md', (content) => content.replace('id: how', 'id: How Now')))).toMatchInlineSnapshot(
			`"InvalidFieldError: \`content/episodes/ep/02-how.md:2\`: \`id\` is \`How Now\`, which should be lowercase ASCII letters and digits joined by single hyphens, e.g. \`stable-diffusion\`. See docs/content-format.md for the fields of a question file."`,
		);
		expect(failure(edited('02-how.md', (content) => content.replace('order: 2\n', '')))).toMatchInlineSnapshot(
			`"InvalidFieldError: \`content/episodes/ep/02-how.md:1\`: \`order\` is missing or should be the question’s position in the episode: 1, 2, 3, … See docs/content-format.md for the fields of a question file."`,
		);
	});

	it('a speaker id used twice in the registry', () => {
		expect(failure(edited('episode.md', (content) => content.replace('id: bob', 'id: ada')))).toMatchInlineSnapshot(
			`"DuplicateSpeakerIdError: \`content/episodes/ep/episode.md:9\`: the speaker id \`ada\` appears more than once in \`speakers\`. Give each speaker a unique id, and use it in their answers’ \`speaker=\`."`,
		);
	});

	it('two questions with one id or one order', () => {
		expect(failure(edited('02-how.md', (content) => content.replace('id: how', 'id: why')))).toMatchInlineSnapshot(
			`"DuplicateQuestionIdError: \`content/episodes/ep/02-how.md:2\`: the question id \`why\` is also the id of \`content/episodes/ep/01-why.md\`, and a question's id is its URL. Give one of them another id."`,
		);
		expect(failure(edited('02-how.md', (content) => content.replace('order: 2', 'order: 1')))).toMatchInlineSnapshot(
			`"DuplicateQuestionOrderError: \`content/episodes/ep/02-how.md:3\`: \`order: 1\` is also the order of \`content/episodes/ep/01-why.md\`. Number the questions of an episode 1, 2, 3, … in conversation order."`,
		);
	});

	it('a question asked by someone not in the registry', () => {
		expect(
			failure(edited('01-why.md', (content) => content.replace('askedBy: bob', 'askedBy: carol'))),
		).toMatchInlineSnapshot(
			`"UnknownAskerError: \`content/episodes/ep/01-why.md:5\`: \`askedBy: carol\` names a speaker who is not in the \`speakers\` of \`content/episodes/ep/episode.md\`. Add them to the registry, or use one of \`ada\`, \`bob\`."`,
		);
	});

	it('text outside an answer, and directives the site does not render', () => {
		expect(failure(edited('02-how.md', (content) => `${content}\nA stray paragraph.\n`))).toMatchInlineSnapshot(
			`"TextOutsideAnswerError: \`content/episodes/ep/02-how.md:16\`: this paragraph is outside any \`:::answer\` block. Every paragraph of a question file belongs to an answer: move it inside one, or wrap it in \`:::answer{#anchor speaker=id}\` … \`:::\`."`,
		);
		expect(failure(edited('02-how.md', (content) => `${content}\n:::note\nHi.\n:::\n`))).toMatchInlineSnapshot(
			`"UnknownDirectiveError: \`content/episodes/ep/02-how.md:16\`: \`:::note\` is not a directive this site renders. Question files hold only \`:::answer{#anchor speaker=id}\` blocks; rename it to \`answer\` or remove it."`,
		);
		expect(
			failure(
				edited('02-how.md', (content) =>
					content.replace('slowly.', 'slowly.\n\n::::answer{#x speaker=ada}\nHi.\n::::'),
				),
			),
		).toMatchInlineSnapshot(
			`"UnknownDirectiveError: \`content/episodes/ep/02-how.md:11\`: an \`:::answer\` starts inside another answer. Close the previous answer with \`:::\` on its own line first."`,
		);
	});

	it('answers without an anchor, with a non-ASCII one, or with one used twice', () => {
		expect(failure(edited('02-how.md', (content) => content.replace('#how-ada ', '')))).toMatchInlineSnapshot(
			`"MissingAnswerAnchorError: \`content/episodes/ep/02-how.md:7\`: this \`:::answer\` has no anchor. Add one, e.g. \`:::answer{#how-speaker speaker=…}\`; it becomes the answer's permalink, so never change it once published."`,
		);
		expect(failure(edited('02-how.md', (content) => content.replace('#how-ada', '#怎么')))).toMatchInlineSnapshot(
			`"InvalidAnswerAnchorError: \`content/episodes/ep/02-how.md:7\`: the anchor \`#怎么\` is not plain ASCII. Use letters, digits, \`-\` and \`_\`, starting with a letter or digit."`,
		);
		expect(failure(edited('02-how.md', (content) => content.replace('#how-bob', '#how-ada')))).toMatchInlineSnapshot(
			`"DuplicateAnswerAnchorError: \`content/episodes/ep/02-how.md:12\`: the anchor \`#how-ada\` is already used by the answer on line 7 of this file. Each answer needs an anchor that is unique within the episode; rename one of them."`,
		);
		expect(failure(edited('02-how.md', (content) => content.replace('#how-bob', '#why-ada')))).toMatchInlineSnapshot(
			`"DuplicateAnswerAnchorError: \`content/episodes/ep/02-how.md:12\`: the anchor \`#why-ada\` is also used in \`content/episodes/ep/01-why.md\`. Answers of one episode are shown together on the episode page, so each needs a unique anchor; rename one of them."`,
		);
		expect(failure(edited('02-how.md', (content) => content.replace('#how-bob', '#why')))).toMatchInlineSnapshot(
			`"DuplicateAnswerAnchorError: \`content/episodes/ep/02-how.md:12\`: the anchor \`#why\` is the id of the question in \`content/episodes/ep/01-why.md\`, which the episode page uses as that question's anchor. Rename the answer's anchor, e.g. add the speaker id."`,
		);
	});

	it('answers without a speaker, or by one who is not in the registry', () => {
		expect(failure(edited('02-how.md', (content) => content.replace(' speaker=bob', '')))).toMatchInlineSnapshot(
			`"MissingSpeakerError: \`content/episodes/ep/02-how.md:12\`: the answer \`#how-bob\` does not say who speaks. Add \`speaker=id\` with one of \`ada\`, \`bob\` from \`content/episodes/ep/episode.md\`."`,
		);
		expect(
			failure(edited('02-how.md', (content) => content.replace('speaker=bob', 'speaker=carol'))),
		).toMatchInlineSnapshot(
			`"UnknownSpeakerError: \`content/episodes/ep/02-how.md:12\`: the answer \`#how-bob\` names the speaker \`carol\`, who is not in the registry of \`content/episodes/ep/episode.md\` (known: \`ada\`, \`bob\`). Add \`carol\` to its \`speakers\` list, or use a known id."`,
		);
	});

	it('aliases that lead to two places', () => {
		expect(
			failure(edited('02-how.md', (content) => content.replace('order: 2', 'order: 2\naliases: [why]'))),
		).toMatchInlineSnapshot(
			`"DuplicateAliasError: \`content/episodes/ep/02-how.md:4\`: the alias \`why\` is the id of the question in \`content/episodes/ep/01-why.md\`, so its URL already leads there. Remove the alias from \`aliases\`."`,
		);
		expect(
			failure(
				edited('02-how.md', (content) =>
					content
						.replace('order: 2', 'order: 2\naliases: [gone]')
						.replace('speaker=bob}', 'speaker=bob aliases="why-ada"}'),
				),
			),
		).toMatchInlineSnapshot(
			`"DuplicateAliasError: \`content/episodes/ep/02-how.md:13\`: the answer \`#how-bob\` has the alias \`why-ada\`, which is a live anchor in \`content/episodes/ep/01-why.md\`. Remove it from \`aliases=\`."`,
		);
		const both = valid().map((file) =>
			file.name.endsWith('.md') && file.name !== 'episode.md'
				? { ...file, content: file.content.replace(/order: (\d)/u, 'order: $1\naliases: [gone]') }
				: file,
		);
		expect(failure(both)).toMatchInlineSnapshot(
			`"DuplicateAliasError: \`content/episodes/ep/02-how.md:4\`: the alias \`gone\` is also an alias of \`content/episodes/ep/01-why.md\`, and an old URL can redirect to one question only. Keep it in one of the two files."`,
		);
		expect(
			failure(edited('02-how.md', (content) => content.replace('speaker=bob}', 'speaker=bob aliases="ok nöt-ascii"}'))),
		).toMatchInlineSnapshot(
			`"InvalidAnswerAliasError: \`content/episodes/ep/02-how.md:12\`: the answer \`#how-bob\` has the alias \`nöt-ascii\`, which is not an anchor. \`aliases=\` lists earlier anchors separated by spaces, each in ASCII letters, digits, \`-\` and \`_\`."`,
		);
	});

	it('answers with an attribute the site does not use, a start that is not seconds, or no text', () => {
		expect(
			failure(edited('02-how.md', (content) => content.replace('speaker=bob}', 'speaker=bob .loud}'))),
		).toMatchInlineSnapshot(
			`"UnknownAnswerAttributeError: \`content/episodes/ep/02-how.md:12\`: \`:::answer\` has an attribute \`.loud\` that this site does not use. An answer takes only \`#anchor\`, \`speaker=id\`, \`start=seconds\`, \`end=seconds\` and \`aliases="old-anchor …"\`; remove the other attribute."`,
		);
		expect(
			failure(edited('02-how.md', (content) => content.replace('speaker=bob}', 'speaker=bob start=1:02}'))),
		).toMatchInlineSnapshot(
			`"InvalidAnswerStartError: \`content/episodes/ep/02-how.md:12\`: the answer \`#how-bob\` has \`start=1:02\`, which is not a number of seconds. Write the time the answer starts in seconds from the start of the episode, e.g. \`start=253.5\`, or remove it."`,
		);
		expect(
			failure(edited('02-how.md', (content) => content.replace('Note:this stays as written.', '<!-- empty -->'))),
		).toMatchInlineSnapshot(
			`"EmptyAnswerError: \`content/episodes/ep/02-how.md:12\`: the answer \`#how-bob\` has no text. Write the answer between \`:::answer{…}\` and \`:::\`, or remove the block."`,
		);
	});
});
