import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import remarkCjkAutolinks from '../../../src/markdown/remark-cjk-autolinks.ts';
import remarkHtmlAsText from '../../../src/markdown/remark-html-as-text.ts';

/**
 * Content as Astro's own Markdown processor renders it (GFM, smartypants, raw HTML allowed
 * through), with the site's plugins that decide what text becomes: the importer writes `<` as
 * `\<`, and these hold what that escape alone does not.
 */
async function render(markdown: string): Promise<string> {
	const processor = await createMarkdownProcessor({ remarkPlugins: [remarkHtmlAsText, remarkCjkAutolinks] });
	return (await processor.render(markdown)).code;
}

describe('content text in the site’s Markdown', () => {
	it('keeps a tag right after a bare URL as text, though GFM’s autolink takes its escape', async () => {
		expect(await render('看 https://a.example/b\\<script>alert(1)\\</script> 了')).toBe(
			'<p>看 <a href="https://a.example/b">https://a.example/b</a>&#x3C;script>alert(1)&#x3C;/script> 了</p>',
		);
	});

	it('leaves a backslash inside a bare URL, where GFM keeps it too', async () => {
		expect(await render('https://a.example/b\\_c')).toBe(
			'<p><a href="https://a.example/b%5C_c">https://a.example/b\\_c</a></p>',
		);
	});
});
