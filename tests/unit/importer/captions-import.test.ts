import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captionWords, readCaptions, type CaptionTranscript } from '../../../src/importer/captions/index.ts';
import { planImport, type ImportPlan, type PlanOptions } from '../../../src/importer/plan.ts';
import { isContentFile, readEpisode } from '../../../src/model/read-episode.ts';
import type { Episode } from '../../../src/model/episode.ts';

const corpus = fileURLToPath(new URL('../../fixtures/corpus/transcriptator/', import.meta.url));
const fixtures = fileURLToPath(new URL('../../fixtures/importer/', import.meta.url));
const corpusFiles = readdirSync(corpus).filter((name) => /\.(?:vtt|srt|json|html)$/u.test(name));

async function importCaptions(
	path: string,
	options: Omit<PlanOptions, 'file' | 'captions'> = {},
): Promise<{ plan: ImportPlan; captions: CaptionTranscript; episode: Episode }> {
	const bytes = readFileSync(path);
	const file = path.split('/').at(-1) ?? path;
	const captions = (await readCaptions(bytes.toString('utf8'), file)) ?? expect.fail(`${file} was read as text`);
	const plan = planImport(bytes, { file, captions, ...options });
	const episode = readEpisode(
		`content/episodes/${plan.report.episode.slug}`,
		plan.files.filter((f) => isContentFile(f.path)).map((f) => ({ name: f.path, content: f.content })),
	);
	return { plan, captions, episode };
}

/** The words of the episode as a reader meets them: questions a host asked, then the answers. */
const spokenWords = (episode: Episode): string[] =>
	episode.questions.flatMap((question) =>
		question.answers.flatMap((answer) => answer.paragraphs.flatMap(captionWords)),
	);

describe('importing a Podcasting 2.0 transcript', () => {
	it.each(corpusFiles)('imports %s with the speakers and start times it holds', async (name) => {
		const { captions, episode, plan } = await importCaptions(`${corpus}${name}`);
		const named = new Set(captions.cues.flatMap((cue) => (cue.speaker === undefined ? [] : [cue.speaker])));
		const registry = new Set(episode.speakers.map((speaker) => speaker.name));
		for (const speaker of named) expect(registry).toContain(speaker);
		if (captions.cues.some((cue) => cue.speaker === undefined)) expect(registry).toContain('Speaker');
		// Every answer keeps when it starts, and each of its paragraphs too.
		const answers = episode.questions.flatMap((question) => question.answers);
		expect(answers.every((answer) => answer.start !== undefined)).toBe(true);
		expect(answers.every((answer) => answer.paragraphStarts.every((start) => start !== undefined))).toBe(true);
		const firstCue = Math.min(...captions.cues.map((cue) => cue.start ?? Infinity));
		const firstInContent = Math.min(
			...episode.questions.flatMap((question) => [
				question.start ?? Infinity,
				...question.answers.map((a) => a.start ?? Infinity),
			]),
		);
		expect(firstInContent).toBeCloseTo(firstCue, 2);
		expect(plan.report.source.format).toBe(captions.format);
	});

	it('imports the same Buzzcast episode from its SRT, JSON and HTML with the same speakers and words', async () => {
		const [srt, json, html] = await Promise.all(
			['buzzcast.srt', 'buzzcast.json', 'buzzcast.html'].map((name) => importCaptions(`${corpus}${name}`)),
		);
		const names = (episode: Episode | undefined) => episode?.speakers.map((speaker) => speaker.name).sort();
		expect(names(json?.episode)).toEqual(names(srt?.episode));
		expect(names(html?.episode)).toEqual(names(srt?.episode));
		const lower = (words: string[]) => words.map((word) => word.toLowerCase());
		const srtWords = lower(spokenWords(srt?.episode ?? expect.fail()));
		expect(lower(spokenWords(json?.episode ?? expect.fail()))).toEqual(srtWords);
		// The HTML goes on for 45 words after the SRT and JSON stop, mid-sentence, at 28:04.
		expect(lower(spokenWords(html?.episode ?? expect.fail())).slice(0, srtWords.length)).toEqual(srtWords);
	});

	it('gives a caption file without speaker names one speaker, renamable in episode.md', async () => {
		const { episode } = await importCaptions(`${corpus}kde_express-16_kde_en_telegram.vtt`);
		expect(episode.speakers).toEqual([{ id: 'speaker', name: 'Speaker' }]);
	});

	it('splits a conversation with no questions into blocks titled by their first sentence', async () => {
		const { plan, episode } = await importCaptions(`${corpus}LaLaLand.vtt`);
		expect(plan.report.rule).toEqual({ kind: 'topics' });
		for (const question of episode.questions) {
			const first = question.answers[0]?.paragraphs[0] ?? '';
			expect(first.startsWith(question.question.replace(/…$/u, ''))).toBe(true);
		}
	});

	it('splits at the hosts given with --host', async () => {
		const { plan, episode } = await importCaptions(`${corpus}buzzcast.srt`, { hosts: ['Travis'] });
		expect(plan.report.rule).toEqual({ kind: 'host-turns', hosts: ['Travis'], hostsFrom: 'option' });
		expect(episode.questions.every((question, index) => index === 0 || question.askedBy === 'travis')).toBe(true);
	});

	it('makes one question per chapter, titled by the chapter, with every word in it', async () => {
		const chapters = [
			{ start: 0, title: 'Video on Buzzcast' },
			{ start: 600, title: 'What we learned' },
			{ start: 1200, title: 'What comes next' },
		];
		const { plan, episode, captions } = await importCaptions(`${corpus}buzzcast.srt`, { chapters });
		expect(plan.report.rule).toEqual({ kind: 'chapters', chapters: 3 });
		expect(episode.questions.map((question) => [question.question, question.start])).toEqual(
			chapters.map((chapter) => [chapter.title, chapter.start]),
		);
		for (const [index, question] of episode.questions.entries()) {
			const next = chapters[index + 1]?.start ?? Infinity;
			for (const answer of question.answers) {
				for (const start of answer.paragraphStarts) expect(start).toBeLessThan(next);
			}
		}
		expect(spokenWords(episode)).toEqual(captions.cues.flatMap((cue) => captionWords(cue.text)));
	});

	it('keeps ids on a re-import, as for text', async () => {
		const first = await importCaptions(`${corpus}buzzcast.srt`);
		const { parsePreviousEpisode } = await import('../../../src/importer/existing.ts');
		const again = await importCaptions(`${corpus}buzzcast.srt`, {
			previous: parsePreviousEpisode(first.plan.files, 'content/episodes/buzzcast'),
		});
		expect(again.plan.files).toEqual(first.plan.files);
	});
});

describe('the chinese-voices caption fixture', () => {
	const folder = `${fixtures}chinese-voices/`;
	it('imports to the expected files', async () => {
		const { plan } = await importCaptions(`${folder}input.vtt`, {
			title: '大模型训练',
			date: '2024-05-01',
			audio: 'https://example.org/ep.mp3',
		});
		for (const file of plan.files) await expect(file.content).toMatchFileSnapshot(`${folder}expected/${file.path}`);
		expect(plan.files.map((file) => file.path).sort()).toEqual(readdirSync(`${folder}expected`).sort());
	});
});

/**
 * The caption dialects of transcription tools (issue #13), each in English and Chinese: the
 * input file of `tests/fixtures/importer/<case>/` imports to the files in `expected/`
 * (planImport runs the word-level nothing-lost check on each).
 */
const dialects: { name: string; input: string; title: string; speakers: string[] }[] = [
	{
		name: 'zoom-vtt-en',
		input: 'input.vtt',
		title: 'Build Notes: remote teams',
		speakers: ['Maya Patel', 'Daniel Ortiz'],
	},
	{ name: 'zoom-vtt-zh', input: 'input.vtt', title: '开发者夜谈：迁移到 K8s', speakers: ['林晓', '王磊'] },
	{ name: 'youtube-vtt-en', input: 'input.en.vtt', title: 'Field Notes: shipping weekly', speakers: ['Speaker'] },
	{ name: 'youtube-vtt-zh', input: 'input.zh-Hans.vtt', title: '小模型训练', speakers: ['说话人'] },
	{ name: 'whisper-json-en', input: 'input.json', title: 'Small Batch: builds on ARM', speakers: ['Speaker'] },
	{ name: 'whisper-json-zh', input: 'input.json', title: '科技早知道：推理成本', speakers: ['说话人'] },
	{ name: 'whisper-tsv-en', input: 'input.tsv', title: 'Garden Hours: balcony tomatoes', speakers: ['Speaker'] },
	{ name: 'whisper-tsv-zh', input: 'input.tsv', title: '读书笔记：DDIA', speakers: ['说话人'] },
	// Whisper's .srt and .vtt are plain captions without speakers.
	{ name: 'whisper-srt-en', input: 'input.srt', title: 'Night Shift: the bakery', speakers: ['Speaker'] },
	{ name: 'whisper-vtt-zh', input: 'input.vtt', title: '产品漫谈：怎么写 PRD', speakers: ['说话人'] },
];

describe.each(dialects)('the $name caption fixture', ({ name, input, title, speakers }) => {
	const folder = `${fixtures}${name}/`;
	it('imports to the expected files, every word once and in order', async () => {
		const { plan, episode } = await importCaptions(`${folder}${input}`, { title, date: '2024-06-01' });
		for (const file of plan.files) await expect(file.content).toMatchFileSnapshot(`${folder}expected/${file.path}`);
		expect(plan.files.map((file) => file.path).sort()).toEqual(readdirSync(`${folder}expected`).sort());
		expect(episode.speakers.map((speaker) => speaker.name)).toEqual(speakers);
	});
});

/**
 * Whisper's `.txt` (a segment a line, no speakers, no times): a text in which the text
 * importer finds no speakers imports as one unnamed speaker, read as untimed cues.
 */
describe.each([
	{ name: 'whisper-txt-en', title: 'Night Shift: the bakery', speaker: 'Speaker' },
	{ name: 'whisper-txt-zh', title: '产品漫谈：怎么写 PRD', speaker: '说话人' },
])('the $name fixture', ({ name, title, speaker }) => {
	const folder = `${fixtures}${name}/`;
	it('imports to the expected files as one unnamed speaker, every word once and in order', async () => {
		const bytes = readFileSync(`${folder}input.txt`);
		expect(await readCaptions(bytes.toString('utf8'), 'input.txt')).toBeUndefined();
		const plan = planImport(bytes, { file: 'input.txt', title, date: '2024-06-01' });
		for (const file of plan.files) await expect(file.content).toMatchFileSnapshot(`${folder}expected/${file.path}`);
		expect(plan.files.map((file) => file.path).sort()).toEqual(readdirSync(`${folder}expected`).sort());
		expect(plan.report.source.format).toBe('plain');
		expect(plan.report.rule).toEqual({ kind: 'topics' });
		const episode = readEpisode(
			`content/episodes/${plan.report.episode.slug}`,
			plan.files.filter((f) => isContentFile(f.path)).map((f) => ({ name: f.path, content: f.content })),
		);
		expect(episode.speakers.map((entry) => entry.name)).toEqual([speaker]);
		expect(spokenWords(episode)).toEqual(captionWords(bytes.toString('utf8')));
	});
});
