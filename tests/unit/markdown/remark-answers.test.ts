import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { EpisodeContext } from '../../../src/markdown/episode-context.ts';
import remarkAnswers, { type Options } from '../../../src/markdown/remark-answers.ts';

const fixture = fileURLToPath(new URL('../../fixtures/markdown/answers/', import.meta.url));
const questionPath = '/site/content/episodes/ep/02-train.md';

const episode: EpisodeContext = {
	episodeFile: '/site/content/episodes/ep/episode.md',
	lang: 'zh-CN',
	speakers: new Map([
		['yiwen', { id: 'yiwen', name: 'Yiwen', role: 'Landing.ai 前产品负责人', index: 0 }],
		['yizhou', { id: 'yizhou', name: 'Yizhou', role: undefined, index: 1 }],
	]),
	questionFiles: [],
};

async function render(markdown: string, options: Partial<Options> = {}): Promise<string> {
	const file = new VFile({ path: questionPath, cwd: '/site', value: markdown });
	file.data['astro'] = { frontmatter: { id: 'train', question: '如果以后每一个领域你要去train?' } };
	const processor = unified()
		.use(remarkParse)
		.use(remarkDirective)
		.use(remarkAnswers, { resolveEpisode: () => episode, ...options })
		.use(remarkRehype)
		.use(rehypeStringify);
	return String(await processor.process(file));
}

describe('remark-answers', () => {
	it('renders each answer as a section with its anchor, speaker name and sub-result title', async () => {
		// As on the site: astro.config.mjs passes the speaker page URL, base path included.
		const html = await render(readFileSync(`${fixture}input.md`, 'utf8'), {
			speakerUrl: (id) => `/transcripts/speakers/${id}/`,
		});
		await expect(html).toMatchFileSnapshot(`${fixture}expected.html`);
	});

	it('links the speaker’s name to their page only when given a speakerUrl', async () => {
		const markdown = ':::answer{#a speaker=yizhou}\nHi.\n:::\n';
		expect(await render(markdown, { speakerUrl: (id) => `/speakers/${id}/` })).toContain(
			'<strong class="answer-speaker"><a href="/speakers/yizhou/">Yizhou</a></strong>',
		);
		expect(await render(markdown)).toContain('<strong class="answer-speaker">Yizhou</strong>');
	});

	it('refuses an answer by a speaker who is not in the registry, naming the file, line and fix', async () => {
		await expect(render(':::answer{#train-bob speaker=bob}\nHi.\n:::\n')).rejects.toThrow(
			'`content/episodes/ep/02-train.md:1`: the answer `#train-bob` names the speaker `bob`, who is not in the registry of `content/episodes/ep/episode.md` (known: `yiwen`, `yizhou`). Add `bob` to its `speakers` list, or use a known id.',
		);
	});

	it('refuses text outside any answer', async () => {
		await expect(render('A stray paragraph.\n')).rejects.toMatchObject({ name: 'TextOutsideAnswerError' });
	});

	it('refuses two answers with the same anchor', async () => {
		const twice = ':::answer{#same speaker=yiwen}\nA.\n:::\n\n:::answer{#same speaker=yizhou}\nB.\n:::\n';
		await expect(render(twice)).rejects.toMatchObject({ name: 'DuplicateAnswerAnchorError' });
	});

	it('shows the start time of a timed answer and keeps it in data-start', async () => {
		const html = await render(':::answer{#a speaker=yiwen start=253.5}\nHi.\n:::\n');
		expect(html).toContain('data-start="253.5"');
		expect(html).toContain('<time class="answer-start" datetime="PT253.5S">4:13</time>');
	});

	it('refuses a start that is not a number of seconds', async () => {
		await expect(render(':::answer{#a speaker=yiwen start=4:13}\nHi.\n:::\n')).rejects.toMatchObject({
			name: 'InvalidAnswerStartError',
		});
	});

	it('keeps a colon in running text as text instead of a directive', async () => {
		expect(await render(':::answer{#a speaker=yiwen}\nNote:this stays.\n:::\n')).toContain('Note:this stays.');
	});
});
