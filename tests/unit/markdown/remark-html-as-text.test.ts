import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkHtmlAsText from '../../../src/markdown/remark-html-as-text.ts';

/** Renders Markdown as Astro's processor does, raw HTML allowed through, with the plugin or without. */
async function render(markdown: string, withPlugin = true): Promise<string> {
	const processor = unified().use(remarkParse);
	if (withPlugin) processor.use(remarkHtmlAsText);
	processor.use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true });
	return String(await processor.process(markdown));
}

describe('remark-html-as-text', () => {
	it('passes raw HTML through without it, which is what it is for', async () => {
		expect(await render('a <img src=x onerror=alert(1)> b', false)).toBe('<p>a <img src=x onerror=alert(1)> b</p>');
	});

	it('shows inline HTML as the text it is', async () => {
		expect(await render('a <img src=x onerror=alert(1)> b <like this> & that')).toBe(
			'<p>a &#x3C;img src=x onerror=alert(1)> b &#x3C;like this> &#x26; that</p>',
		);
	});

	it('shows an HTML block as a paragraph of its text', async () => {
		expect(await render('<div onclick="alert(1)">x</div>\n\n<style>p{}</style>')).toBe(
			'<p>&#x3C;div onclick="alert(1)">x&#x3C;/div></p>\n<p>&#x3C;style>p{}&#x3C;/style></p>',
		);
	});

	it('leaves out comments, which are notes for editors, as a browser does', async () => {
		expect(await render('<!-- checked against the audio -->\n\na <!-- unsure --> b\n\n<!-- open')).toBe(
			'<p>a  b</p>\n<p>&#x3C;!-- open</p>',
		);
	});

	it('keeps the text of HTML inside emphasis and links', async () => {
		expect(await render('*a <b>bold</b>* [x <i>y</i>](/z)')).toBe(
			'<p><em>a &#x3C;b>bold&#x3C;/b></em> <a href="/z">x &#x3C;i>y&#x3C;/i></a></p>',
		);
	});
});
