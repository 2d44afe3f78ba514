import { describe, expect, it } from 'vitest';
import { toLines } from '../../../src/importer/decode.ts';
import { planImport } from '../../../src/importer/plan.ts';
import { splitTranscript } from '../../../src/importer/split.ts';
import { seedBytes, seedText } from './seed.ts';

const transcript = splitTranscript(seedText(), { file: 'onboard-26.txt' });
const speakerName = new Map(transcript.speakers.map((speaker) => [speaker.id, speaker.name]));

describe('importing the Onboard! EP26 article', () => {
	it('finds nine questions answered by the right speakers in order', () => {
		expect(
			transcript.questions.map((question) => question.answers.map((answer) => speakerName.get(answer.speakerId))),
		).toEqual([
			['Xuezhi'],
			['Yiwen', 'Yizhou'],
			['Yizhou'],
			['Yizhou'],
			['Xuezhi'],
			['Xuezhi'],
			['Yizhou'],
			['Xuezhi'],
			['Yiwen'],
		]);
	});

	it('takes each question text without its label', () => {
		expect(transcript.questions[2]?.text.map((part) => part.text)).toEqual(['Stable Diffusion到底是什么?']);
		expect(transcript.questions[0]?.text[0]?.text).toMatch(/^介绍一下什么是Google PaLM/u);
	});

	it('keeps unlabelled paragraphs with the speaker before them', () => {
		const yizhou = transcript.questions[1]?.answers[1];
		expect(yizhou?.paragraphs.map((part) => part.line)).toEqual([38, 40]);
		expect(transcript.questions[2]?.answers[0]?.paragraphs.map((part) => part.line)).toEqual([44, 46, 48]);
	});

	it('reads title, date, author and the intro as episode metadata', () => {
		expect(transcript.episode).toEqual({
			slug: 'onboard-26',
			title: '【播客】onboard26. ChatGPT与生成式AI的技术演进与商业未来',
			titleFrom: 'text',
			date: '2023-02-26',
			dateFrom: 'text',
			author: '郑超',
			lang: 'zh-CN',
		});
		expect(transcript.description.map((part) => part.line)).toEqual([23, 25]);
	});

	it('drops the page footer, including the archive line that starts with 问题, instead of making it a question', () => {
		const footer = transcript.dropped.find((entry) => entry.text.startsWith('问题归档专栏'));
		expect(footer).toMatchObject({ line: 110, reason: 'page footer after the transcript' });
		expect(transcript.questions.some((question) => question.text.some((part) => part.text.includes('归档')))).toBe(
			false,
		);
	});

	it('drops navigation and image placeholders with a reason for each line', () => {
		const dropped = new Map(transcript.dropped.map((entry) => [entry.line, entry.reason]));
		expect(dropped.get(1)).toBe('page chrome before the transcript');
		expect(dropped.get(10)).toBe('breadcrumb navigation');
		expect(dropped.get(27)).toBe('image placeholder');
		expect(dropped.get(92)).toBe('page footer after the transcript');
	});

	it('accounts for every non-blank line exactly once', () => {
		const used = [
			...transcript.description,
			...transcript.questions.flatMap((question) => [
				...question.text,
				...question.answers.flatMap((answer) => answer.paragraphs),
			]),
		].map((part) => part.line);
		const accounted = [
			...used,
			...transcript.metadataSources.map((source) => source.line),
			...transcript.dropped.map((entry) => entry.line),
		];
		const nonBlank = toLines(seedText())
			.filter((line) => line.text !== '')
			.map((line) => line.line);
		expect([...accounted].sort((a, b) => a - b)).toEqual(nonBlank);
	});

	it('gives questions and answers unique ASCII ids of at most 40 characters', () => {
		const ids = transcript.questions.map((question) => question.id);
		const anchors = transcript.questions.flatMap((question) => question.answers.map((answer) => answer.anchor));
		for (const id of [...ids, ...anchors]) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
		for (const id of ids) expect(id.length).toBeLessThanOrEqual(40);
		expect(new Set(ids).size).toBe(ids.length);
		expect(new Set(anchors).size).toBe(anchors.length);
		expect(ids[2]).toBe('stable-diffusion');
	});

	it('plans byte-identical files when the same input is imported twice', () => {
		const first = planImport(seedBytes(), { file: 'onboard-26.txt' });
		const second = planImport(seedBytes(), { file: 'onboard-26.txt' });
		expect(second.files).toEqual(first.files);
		expect(first.files.map((file) => file.path)).toContain('03-stable-diffusion.md');
	});
});
