import { describe, expect, it } from 'vitest';
import { englishRecords, recordWords, wordCount } from '../../../bench/english.ts';
import { searchQueries } from '../../../bench/search.ts';
import { starlightManifest, starlightSiteFiles } from '../../../bench/starlight.ts';
import { syntheticSite, syntheticTranscripts } from '../../../bench/synthetic.ts';
import { readEpisode } from '../../../src/model/read-episode.ts';
import { answerRecords } from '../../../src/search/records.ts';

const shape = { answers: 30, seed: 7 };

/** The answer records the site would index for the generated archive. */
function chineseRecords() {
	const byEpisode = Map.groupBy(syntheticSite(shape), (file) => file.path.split('/')[1] ?? '');
	return answerRecords(
		[...byEpisode].map(([slug, files]) =>
			readEpisode(
				`episodes/${slug}`,
				files.map((file) => ({ name: file.path.split('/').at(-1) ?? '', content: file.content })),
			),
		),
	);
}

describe('the English peer of the generated archive', () => {
	const chinese = chineseRecords();
	const english = englishRecords(chinese, 7);

	it('has one English record per Chinese one, of the same shape', () => {
		expect(english.map((record) => ({ ...record, question: '', paragraphs: record.paragraphs.length }))).toEqual(
			chinese.map((record) => ({ ...record, lang: 'en', question: '', paragraphs: record.paragraphs.length })),
		);
		expect(english.map((record) => record.paragraphs.join(' ')).join(' ')).not.toMatch(/\p{Script=Han}/u);
	});

	it('has as many words as the Chinese record in its question and in each paragraph', () => {
		english.forEach((record, index) => {
			const twin = chinese[index];
			expect(wordCount(record.question, 'en')).toBe(wordCount(twin?.question ?? '', 'zh-CN'));
			expect(record.paragraphs.map((paragraph) => wordCount(paragraph, 'en'))).toEqual(
				twin?.paragraphs.map((paragraph) => wordCount(paragraph, 'zh-CN')),
			);
		});
		expect(recordWords(english)).toBe(recordWords(chinese));
		expect(recordWords(chinese)).toBeGreaterThan(1000);
	});

	it('is the same for the same seed and different for another', () => {
		expect(englishRecords(chinese, 7)).toEqual(english);
		expect(englishRecords(chinese, 8)).not.toEqual(english);
	});
});

describe('the search bench’s query set', () => {
	const paragraphs = syntheticTranscripts({ answers: 200, seed: 7 }).flatMap((transcript) =>
		transcript.questions.flatMap((question) =>
			question.answers.flatMap((answer) => answer.paragraphs.map((paragraph) => paragraph.text)),
		),
	);
	const queries = searchQueries(paragraphs, 7);
	const text = paragraphs.join('\n');

	it('has Chinese words of two, three and four characters, mixed and English terms, and one without hits', () => {
		expect(
			Object.fromEntries(
				Map.groupBy(queries, (query) => query.kind)
					.entries()
					.map(([kind, list]) => [kind, list.length]),
			),
		).toEqual({
			'chinese-2': 3,
			'chinese-3': 3,
			'chinese-4': 3,
			mixed: 2,
			english: 2,
			none: 1,
		});
		for (const query of queries.filter((query) => query.kind.startsWith('chinese')))
			expect(query.text).toMatch(new RegExp(`^\\p{Script=Han}{${query.kind.slice(-1)}}$`, 'u'));
		expect(queries.find((query) => query.kind === 'mixed')?.text).toMatch(/^\p{Script=Han}+ [A-Za-z]+$/u);
	});

	it('draws every term from the archive, and the last from nowhere in it', () => {
		for (const query of queries.filter((query) => query.kind !== 'none'))
			for (const term of query.text.split(' ')) expect(text).toContain(term);
		expect(text).not.toContain(queries.at(-1)?.text);
	});

	it('is the same for the same seed and different for another', () => {
		expect(searchQueries(paragraphs, 7)).toEqual(queries);
		expect(searchQueries(paragraphs, 8)).not.toEqual(queries);
	});
});

describe('the Starlight peer', () => {
	it('pins exact versions and overrides Pagefind to this project’s', () => {
		const manifest = JSON.parse(
			starlightManifest({ starlight: '0.42.4', astro: '7.3.5', pagefind: '1.6.0', markdownRemark: '7.3.1' }),
		) as { dependencies: Record<string, string>; overrides: Record<string, string> };
		expect(manifest.dependencies).toEqual({
			'@astrojs/markdown-remark': '7.3.1',
			'@astrojs/starlight': '0.42.4',
			astro: '7.3.5',
			pagefind: '1.6.0',
		});
		expect(manifest.overrides).toEqual({ pagefind: '1.6.0' });
	});

	it('has one page per question holding every paragraph of its answers, under the question as title', () => {
		const transcripts = syntheticTranscripts(shape);
		transcripts[0]?.questions[0]?.text.splice(0, 1, { line: 1, text: '他说："这是 #1 吗？"' });
		const files = starlightSiteFiles(transcripts);
		const pages = files.filter((file) => /^src\/content\/docs\/bench-\d+\//u.test(file.path));
		expect(pages).toHaveLength(15);
		expect(pages[0]?.content).toMatch(/^---\ntitle: "他说：\\"这是 #1 吗？\\""\n---\n/u);
		transcripts.forEach((transcript) => {
			transcript.questions.forEach((question) => {
				const page = pages.find(
					(file) => file.path === `src/content/docs/${transcript.episode.slug}/${question.id}.md`,
				);
				for (const answer of question.answers)
					for (const paragraph of answer.paragraphs) expect(page?.content).toContain(`\n\n${paragraph.text}`);
			});
		});
		expect(files.map((file) => file.path)).toEqual(
			expect.arrayContaining(['astro.config.mjs', 'src/content.config.ts', 'src/content/docs/index.md']),
		);
	});
});
