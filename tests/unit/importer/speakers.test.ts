import { describe, expect, it } from 'vitest';
import { toLines } from '../../../src/importer/decode.ts';
import { splitSpeakerTurns } from '../../../src/importer/formats/speakers.ts';
import { splitTranscript } from '../../../src/importer/split.ts';

const split = (text: string, hosts: string[] = []) => splitSpeakerTurns(toLines(text), { hosts, speakers: [] });
const texts = (lines: { text: string }[]) => lines.map((line) => line.text);

const interview = [
	'**Ann:** Hi, welcome.',
	'**Ben:** Hello.',
	'**Ann:** What do you build?',
	'**Ann:** And for whom?',
	'**Ben:** Tools for podcasters.',
	'**Ann:** Nice.',
	'**Ben:** Thanks.',
	'**Ann:** Why now?',
	'**Ben:** Because transcripts got cheap.',
].join('\n\n');

describe('speaker transcripts', () => {
	it('starts a question at each host turn that asks, joining consecutive host turns', () => {
		const { questions } = split(interview, ['Ann']);
		expect(questions.map((question) => texts(question.text))).toEqual([
			['What do you build?', 'And for whom?'],
			['Why now?'],
		]);
		expect(questions[0]?.answers.map((answer) => [answer.speaker, texts(answer.paragraphs)])).toEqual([
			['Ben', ['Tools for podcasters.']],
			['Ann', ['Nice.']],
			['Ben', ['Thanks.']],
		]);
	});

	it('moves what is said before the first question into the description, with who said it', () => {
		const { questions, opening } = split(interview, ['Ann']);
		expect(opening.map(({ text, speaker }) => [speaker, text])).toEqual([
			['Ann', 'Ann: Hi, welcome.'],
			['Ben', 'Ben: Hello.'],
		]);
		expect(questions[0]?.text[0]?.text).toBe('What do you build?');
	});

	it('takes the speaker who asks most as host when none is named, and says so', () => {
		expect(split(interview).rule).toEqual({ kind: 'host-turns', hosts: ['Ann'], hostsFrom: 'most-questions' });
	});

	it('reads timestamps before or after the label as start times, in every common form', () => {
		const { questions, timestamps } = split(
			[
				'[00:30] Mat: Ready?',
				'Jon: [01:02:03] Yes.',
				'**Mat:** \\[00:03:54.26\\] Why?',
				'**Jon:** \\[04:13\\] Because.',
				'\\[00:05:00.00\\] And more.',
			].join('\n\n'),
			['Mat'],
		);
		expect(questions.map((question) => question.start)).toEqual([30, 234.26]);
		expect(questions.flatMap((question) => question.answers.map((answer) => answer.start))).toEqual([3723, 253]);
		expect(texts(questions[1]?.answers[0]?.paragraphs ?? [])).toEqual(['Because.', 'And more.']);
		expect(timestamps).toEqual([{ line: 9, seconds: 300 }]);
	});

	it('drops break markers and keeps a one-off label as text, asking about it', () => {
		const result = split(
			[
				'Mat: Why?',
				'Jon: Because.',
				'**Break:** \\[00:25:11.18\\]',
				'Mat: And then?',
				'Jon: Then this.',
				'Producer: one-off remark.',
			].join('\n\n'),
			['Mat'],
		);
		expect(result.dropped).toEqual([{ line: 5, text: '**Break:** \\[00:25:11.18\\]', reason: 'break marker' }]);
		expect(result.rejectedLabels).toEqual([{ line: 11, label: 'Producer' }]);
		expect(texts(result.questions[1]?.answers[0]?.paragraphs ?? [])).toEqual([
			'Then this.',
			'Producer: one-off remark.',
		]);
	});

	it('is detected without --format when no line carries a question label', () => {
		const transcript = splitTranscript(interview, { file: 't.md', title: 'Interview', hosts: ['Ann'] });
		expect(transcript.format).toBe('speakers');
		expect(transcript.questions[1]?.askedBy).toBe('ann');
	});
});

describe('article labels', () => {
	it('keeps an editorial note inside an answer as text, not as a speaker', () => {
		const text =
			'Episode 1: Notes\n\n问题：为什么？\n\n张三：因为这样。\n\n编者按：这里的“这样”指上文。\n\n问题：然后呢？\n\n张三：没有了。';
		const transcript = splitTranscript(text, { file: 't.txt' });
		expect(transcript.speakers.map((speaker) => speaker.name)).toEqual(['张三']);
		expect(texts(transcript.questions[0]?.answers[0]?.paragraphs ?? [])).toEqual([
			'因为这样。',
			'编者按：这里的“这样”指上文。',
		]);
	});

	it('lets a speaker answer twice and a question have answers by several speakers', () => {
		const text = 'Episode 2: Two\n\nQ: Who?\n\nAda: Me.\n\nBob: And me.\n\nAda: Me again.\n\nQ: Done?\n\nBob: Yes.';
		const transcript = splitTranscript(text, { file: 't.txt' });
		expect(transcript.questions[0]?.answers.map((answer) => answer.anchor)).toEqual([
			'who-ada',
			'who-bob',
			'who-ada-2',
		]);
	});

	it('accepts question labels given with --question-label', () => {
		const text = 'Episode 3: Custom\n\n记者：为什么？\n\n张三：因为。\n\n记者：然后？\n\n张三：没了。';
		const transcript = splitTranscript(text, { file: 't.txt', questionLabels: ['记者'] });
		expect(transcript.questions).toHaveLength(2);
		expect(transcript.format).toBe('article');
	});
});
