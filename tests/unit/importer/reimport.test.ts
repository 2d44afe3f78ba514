import { describe, expect, it } from 'vitest';
import { parsePreviousEpisode } from '../../../src/importer/existing.ts';
import type { ContentFile } from '../../../src/importer/markdown.ts';
import { planImport, type ImportPlan } from '../../../src/importer/plan.ts';
import { readEpisode } from '../../../src/model/read-episode.ts';
import { seedText } from './seed.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const importText = (text: string, previous?: ContentFile[]): ImportPlan =>
	planImport(encode(text), {
		file: 'onboard-26.txt',
		...(previous ? { previous: parsePreviousEpisode(previous, 'content/episodes/onboard-26') } : {}),
	});

/** Question id and answer anchors, keyed by the start of the question text. */
function ids(plan: ImportPlan): Record<string, string[]> {
	return Object.fromEntries(
		plan.report.questions.map((question) => [
			question.question.slice(0, 12),
			[question.id, ...question.answers.map((answer) => answer.anchor)],
		]),
	);
}

const first = importText(seedText());
const QUESTION_3 = '问题:Stable Diffusion到底是什么?';
const QUESTION_7 = /问题:图片生成的这块[^\n]*\n\nYizhou:[^\n]*\n\n[^\n]*\n\n[^\n]*\n\n/u;

describe('re-importing an episode', () => {
	it('writes the same files when nothing changed', () => {
		expect(importText(seedText(), first.files).files).toEqual(first.files);
	});

	it('refuses, naming the file and line, when the episode already there is one the site could not build', () => {
		const broken = first.files.map((file) =>
			file.path === '02-train.md'
				? { ...file, content: file.content.replace('speaker="yizhou"', 'speaker="bob"') }
				: file,
		);
		expect(() => importText(seedText(), broken)).toThrow(
			expect.objectContaining({
				code: 'PreviousEpisodeInvalid',
				location: { file: 'content/episodes/onboard-26/02-train.md', line: 11 },
				message: expect.stringContaining('names the speaker `bob`') as unknown,
			}),
		);
	});

	it('keeps every id and anchor after typos in a question and an answer are fixed', () => {
		const fixed = seedText()
			.replace(QUESTION_3, '问题:Stable Diffusion 到底是什么？')
			.replace('三个区别,一个是它开源', '三个区别：一是它开源')
			// A fix that changes the words a new id would be made from.
			.replace('你要去train,都只需要', '你要去做 training,都只需要');
		const again = importText(fixed, first.files);
		expect(
			again.report.questions.map((question) => [question.id, ...question.answers.map((answer) => answer.anchor)]),
		).toEqual(
			first.report.questions.map((question) => [question.id, ...question.answers.map((answer) => answer.anchor)]),
		);
		expect(again.report.questions[1]?.question).toMatch(/你要去做 training/u);
		expect(again.report.questions[2]?.question).toBe('Stable Diffusion 到底是什么？');
	});

	it('keeps the ids of the other questions when one is removed and one is added', () => {
		const removed = seedText().replace(QUESTION_7, '');
		const added = removed.replace('原创声明', '问题:还有什么想补充的吗?\n\nYiwen:没有了,谢谢。\n\n原创声明');
		const again = importText(added, first.files);
		const before = ids(first);
		const after = ids(again);
		const seventh = first.report.questions[6]?.question.slice(0, 12) ?? '';
		for (const [question, kept] of Object.entries(before)) {
			if (question === seventh) expect(after[question]).toBeUndefined();
			else expect(after[question]).toEqual(kept);
		}
		const newId = again.report.questions.at(-1)?.id ?? '';
		expect(Object.values(before).flat()).not.toContain(newId);
	});

	it('keeps ids when questions are reordered, and numbers the files in the new order', () => {
		const text = seedText();
		const q3 = text.indexOf(QUESTION_3);
		const q4 = text.indexOf('问题:上一波');
		const reordered =
			text.slice(0, text.indexOf('问题:如果以后')) +
			text.slice(q3, q4) +
			text.slice(text.indexOf('问题:如果以后'), q3) +
			text.slice(q4);
		const again = importText(reordered, first.files);
		expect(ids(again)).toEqual(ids(first));
		expect(again.report.questions.slice(0, 3).map((question) => question.file)).toEqual([
			'episodes/onboard-26/01-google-palm-high-level.md',
			'episodes/onboard-26/02-stable-diffusion.md',
			'episodes/onboard-26/03-train.md',
		]);
	});

	it('refuses to overwrite a file edited by hand since the last import, and says which', () => {
		const edited = first.files.map((file) =>
			file.path === '02-train.md'
				? { ...file, content: file.content.replace('最后我们就问自己', '最后，我们就问自己') }
				: file,
		);
		expect(() => importText(seedText(), edited)).toThrow(
			/were edited by hand since the last import and would be overwritten: 02-train\.md\. Nothing was written\..*--force/u,
		);
	});

	it('overwrites hand edits with force and reports them', () => {
		const edited = first.files.map((file) =>
			file.path === '02-train.md' ? { ...file, content: `${file.content}\n` } : file,
		);
		const forced = planImport(encode(seedText()), {
			file: 'onboard-26.txt',
			previous: parsePreviousEpisode(edited, 'content/episodes/onboard-26'),
			force: true,
		});
		expect(forced.overwritten).toEqual(['02-train.md']);
	});

	it('does not count roles added to the speaker registry as an edit to overwrite', () => {
		const withRoles = first.files.map((file) =>
			file.path === 'episode.md'
				? {
						...file,
						content: file.content.replace('name: Yiwen\n', 'name: Yiwen\n    role: Landing.ai 前产品负责人\n'),
					}
				: file,
		);
		const again = importText(seedText(), withRoles);
		expect(again.files.find((file) => file.path === 'episode.md')?.content).toContain('role: Landing.ai 前产品负责人');
	});

	describe('keeps links to what is gone working, through aliases', () => {
		const model = (plan: ImportPlan) =>
			readEpisode(
				'content/episodes/onboard-26',
				plan.files.map((file) => ({ name: file.path, content: file.content })),
			);

		it('makes a removed question’s id and anchors aliases of the nearest question and answer that survive', () => {
			const before = model(first);
			const seventh = before.questions[6];
			const again = importText(seedText().replace(QUESTION_7, ''), first.files);
			const after = model(again);
			const eighth = after.questions.find((question) => question.id === before.questions[7]?.id);
			expect(eighth?.aliases).toEqual([seventh?.id]);
			// Its answers land on the first answer of the question that followed it.
			expect(eighth?.answers[0]?.aliases).toEqual(seventh?.answers.map((answer) => answer.anchor));
			expect(after.questions.flatMap((question) => question.aliases)).toEqual([seventh?.id]);
		});

		it('keeps aliases through later imports, and never gives a new question an id that was an alias', () => {
			const removed = importText(seedText().replace(QUESTION_7, ''), first.files);
			const seventh = model(first).questions[6];
			// The same transcript again, with the removed question back.
			const back = model(importText(seedText(), removed.files));
			const ids = back.questions.map((question) => question.id);
			expect(ids).not.toContain(seventh?.id);
			expect(back.questions.flatMap((question) => question.aliases)).toEqual([seventh?.id]);
			const anchors = back.questions.flatMap((question) => question.answers.map((answer) => answer.anchor));
			for (const answer of seventh?.answers ?? []) expect(anchors).not.toContain(answer.anchor);
		});

		it('writes nothing new when nothing changed after aliases were made', () => {
			const removed = importText(seedText().replace(QUESTION_7, ''), first.files);
			expect(importText(seedText().replace(QUESTION_7, ''), removed.files).files).toEqual(removed.files);
		});
	});
});
