/**
 * remark-html-as-text: shows raw HTML in content as the text it is, never as markup, the
 * same way the content model reads it (src/model/html-as-text.ts). Astro's processor would
 * otherwise pass it through to the page, so a tag that reached the Markdown would become an
 * element with its event handlers.
 */
import type { Root } from 'mdast';
import { htmlAsText } from '../model/html-as-text.ts';

export default function remarkHtmlAsText() {
	return function transformer(tree: Root): undefined {
		htmlAsText(tree);
	};
}
