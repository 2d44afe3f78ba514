import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../../src/i18n/index.ts';
import { answerRenderContext } from '../../../src/markdown/answer-context.ts';
import remarkAnswers, { type Options } from '../../../src/markdown/remark-answers.ts';

const fixture = fileURLToPath(new URL('../../fixtures/markdown/answers/', import.meta.url));

const episode = {
	lang: 'zh-CN',
	speakers: [
		{ id: 'yiwen', name: 'Yiwen', role: 'Landing.ai 前产品负责人' },
		{ id: 'yizhou', name: 'Yizhou' },
	],
};

/**
 * Renders a question's body as the site does: the loader prefixes the episode's registry as
 * frontmatter (answer-context.ts), and Astro hands the parsed frontmatter to the plugins.
 */
async function render(body: string, options: Options = {}, withContext = true): Promise<string> {
	const document = withContext ? answerRenderContext(episode, '/transcripts/ep/train/', body) : body;
	const match = /^---\n([\s\S]*?)\n---\n/u.exec(document);
	const file = new VFile({
		path: '/site/content/episodes/ep/02-train.md',
		value: document.slice(match?.[0].length ?? 0),
	});
	const frontmatter: Record<string, unknown> = match ? { ...(parseYaml(match[1] ?? '') as object) } : {};
	file.data['astro'] = { frontmatter };
	const processor = unified()
		.use(remarkParse)
		.use(remarkDirective)
		.use(remarkAnswers, options)
		.use(remarkRehype)
		.use(rehypeStringify);
	return String(await processor.process(file));
}

describe('remark-answers', () => {
	it('renders each answer as a section with its anchor, speaker name, role and permalink', async () => {
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

	it('words the header in the episode’s language when given labels', async () => {
		const html = await render(':::answer{#a speaker=yiwen}\nHi.\n:::\n', {
			labels: (lang) => ({ ...uiStrings('zh-CN'), answerPermalink: (name) => `${lang}: ${name}` }),
		});
		expect(html).toContain('aria-label="zh-CN: Yiwen"');
		expect(html).toContain('aria-label="复制链接：Yiwen 的回答">复制链接</button>');
	});

	it('gives each answer share buttons for its question page’s URL, hidden until a script can use them', async () => {
		// The episode is zh-CN, so the site's Chinese interface strings name them.
		const html = await render(':::answer{#a speaker=yiwen}\nHi.\n:::\n');
		expect(html).toContain(
			'<button type="button" class="answer-share" hidden data-share="copy" data-url="/transcripts/ep/train/#a" data-done="已复制链接"',
		);
		expect(html).toContain(
			'data-share="native" data-url="/transcripts/ep/train/#a" aria-label="分享：Yiwen 的回答">分享</button>',
		);
	});

	it('gives each speaker the colour tone of their place in the registry', async () => {
		const html = await render(':::answer{#a speaker=yizhou}\nHi.\n:::\n');
		expect(html).toContain('data-speaker-tone="1"');
	});

	it('shows the start time of a timed answer and keeps it in data-start', async () => {
		const html = await render(':::answer{#a speaker=yiwen start=253.5}\nHi.\n:::\n');
		expect(html).toContain('data-start="253.5"');
		expect(html).toContain('<time class="answer-start" datetime="PT253.5S">4:13</time>');
	});

	it('keeps an answer’s end in data-end and shows each later paragraph’s leading :time[…] as a time', async () => {
		const html = await render(
			':::answer{#a speaker=yiwen start=253.5 end=300}\n:time[4:13.5] Hi.\n\n:time[1:02:03] There.\n:::\n',
		);
		expect(html).toContain('data-end="300"');
		// The first paragraph starts with the answer: the header's time is enough.
		expect(html).toContain('</header><p>Hi.</p>');
		expect(html).toContain(
			'<p><time class="paragraph-time" datetime="PT3723S" data-start="3723">1:02:03</time> There.</p>',
		);
	});

	it('reads a paragraph time as the importer writes it, with its colons escaped', async () => {
		const html = await render(':::answer{#a speaker=yiwen start=70}\n:time[1\\:11.52] Not good.\n:::\n');
		expect(html).toContain(
			'<p><time class="paragraph-time" datetime="PT71.52S" data-start="71.52">1:11</time> Not good.</p>',
		);
	});

	it('keeps :time[…] as text outside answers, as the content model reads it', async () => {
		expect(await render(':time[4:13] An *episode*.\n', {}, false)).toBe('<p>:time[4:13] An <em>episode</em>.</p>');
	});

	it('keeps a colon in running text as text instead of a directive', async () => {
		expect(await render(':::answer{#a speaker=yiwen}\nNote:this stays.\n:::\n')).toContain('Note:this stays.');
	});

	it('leaves Markdown without the loader’s registry alone, such as an episode’s description', async () => {
		expect(await render('An *episode*.\n', {}, false)).toBe('<p>An <em>episode</em>.</p>');
	});

	it('refuses an answer whose speaker the registry lacks, which only a bypassed loader lets through', async () => {
		await expect(render(':::answer{#a speaker=bob}\nHi.\n:::\n')).rejects.toMatchObject({ name: 'AnswerRenderError' });
	});

	it('passes speaker names with quotes and colons through the frontmatter unchanged', () => {
		const tricky = { lang: 'en', speakers: [{ id: 'x', name: 'O\'Brien: "Bob" #1', role: '---' }] };
		const document = answerRenderContext(tricky, '/q/', ':::answer{#a speaker=x}\nHi.\n:::\n');
		const match = /^---\n([\s\S]*?)\n---\n/u.exec(document);
		expect(parseYaml(match?.[1] ?? '')).toEqual({ answerContext: { ...tricky, questionUrl: '/q/' } });
	});
});
