import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import type { Browser } from 'playwright-core';

/**
 * Reading a built site from its folder rather than through a server: what each HTML page
 * declares in its head and links to. HTML is parsed with hast-util-from-html (parse5, which
 * follows the HTML standard's parsing algorithm, as browsers do), so these checks need no
 * browser. XML (sitemap, feed) goes through Chromium's XML parser, the one strict parser at
 * hand, because those tests check that the files are well-formed.
 */

/** What one built page says about itself. */
export interface BuiltPage {
	/** The page's URL path without the base path: `/`, `/onboard-26/train/`, `/404.html`. */
	path: string;
	lang: string | null;
	title: string;
	description: string | null;
	canonical: string | null;
	robots: string | null;
	/** Where a `<meta http-equiv="refresh">` sends the reader (an old question URL's redirect page), as written. */
	refresh: string | null;
	/** Every `<meta>` with a `property` (Open Graph) or `name` (Twitter, description…), by it; the first of each. */
	meta: Record<string, string>;
	/** `href`s of `<link rel="alternate" type="application/rss+xml">`. */
	feeds: string[];
	/** The text of each `<script type="application/ld+json">`. */
	jsonLd: string[];
	/** `href` of every `<a>`, as written. */
	links: string[];
	/** Everything else the page points to: `<link href>`, `<script src>`, `<img src>`, `<form action>`. */
	resources: string[];
	/** Every `id` on the page. */
	ids: string[];
	/** The whole document, for checks of their own. */
	html: string;
}

/** Site paths of every HTML page in `dir` (Pagefind's own files left out). */
export function htmlPaths(dir: string): string[] {
	const paths: string[] = [];
	const walk = (folder: string): void => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const full = join(folder, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== 'pagefind') walk(full);
			} else if (entry.name.endsWith('.html')) {
				const file = relative(dir, full).split(sep).join('/');
				paths.push(file === 'index.html' ? '/' : `/${file.replace(/(^|\/)index\.html$/u, '$1')}`);
			}
		}
	};
	walk(dir);
	return paths.sort();
}

/** The file a site path is served from: `/a/` → `a/index.html`. */
export function builtFile(dir: string, path: string): string {
	const clean = decodeURIComponent(path.split(/[?#]/u)[0] ?? '/').replace(/^\/+/u, '');
	return join(dir, clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean);
}

export function readBuilt(dir: string, path: string): string {
	return readFileSync(builtFile(dir, path), 'utf8');
}

/** An attribute as `getAttribute` gives it: hast keeps lists (like `class`) as arrays. */
function attribute(element: Element | undefined, name: string): string | null {
	const value = element?.properties[name];
	if (value === undefined || value === null || value === false) return null;
	if (Array.isArray(value)) return value.join(' ');
	return value === true ? '' : String(value);
}

/**
 * The DOM's `textContent`: all the text inside, also of scripts and titles, which
 * hast-util-to-text leaves out as `innerText` does.
 */
function textContent(node: Nodes): string {
	if (node.type === 'text') return node.value;
	return 'children' in node ? node.children.map((child) => textContent(child)).join('') : '';
}

/** As `document.title` reads the title element's text. */
const collapseWhitespace = (text: string): string => text.replace(/[\t\n\f\r ]+/gu, ' ').trim();

/** The URL of a refresh's `content` (`0; url=/a/b/`), or null without one. */
function refreshTarget(content: string | null): string | null {
	if (content === null) return null;
	return /;\s*url\s*=\s*(.+)$/iu.exec(content)?.[1]?.trim() ?? '';
}

/** One page, parsed: everything `BuiltPage` holds but its path. */
function describePage(html: string): Omit<BuiltPage, 'path'> {
	const tree = fromHtml(html);
	const all = (selector: string, name: string): string[] =>
		selectAll(selector, tree).map((element) => attribute(element, name) ?? '');
	const title = select('title', tree);
	return {
		lang: attribute(select('html', tree), 'lang'),
		title: title ? collapseWhitespace(textContent(title)) : '',
		description: attribute(select('meta[name="description"]', tree), 'content'),
		canonical: attribute(select('link[rel="canonical"]', tree), 'href'),
		robots: attribute(select('meta[name="robots"]', tree), 'content'),
		refresh: refreshTarget(attribute(select('meta[http-equiv="refresh" i]', tree), 'content')),
		meta: Object.fromEntries(
			selectAll('meta[property], meta[name]', tree)
				.reverse()
				.map((element) => [
					attribute(element, 'property') ?? attribute(element, 'name') ?? '',
					attribute(element, 'content') ?? '',
				]),
		),
		feeds: all('link[rel="alternate"][type="application/rss+xml"]', 'href'),
		jsonLd: selectAll('script[type="application/ld+json"]', tree).map((script) => textContent(script)),
		links: all('a[href]', 'href'),
		resources: [...all('link[href]', 'href'), ...all('script[src], img[src]', 'src'), ...all('form[action]', 'action')],
		ids: all('[id]', 'id'),
		html,
	};
}

/** `/<episode>/<question>/`: two folders deep, neither a show's or a speaker's page nor the redirect page of an old question URL. */
export const isQuestionPage = (page: BuiltPage): boolean =>
	/^\/(?!shows\/|speakers\/)[^/]+\/[^/]+\/$/u.test(page.path) && page.refresh === null;

/** Every HTML page of the site in `dir`, parsed. */
export function readBuiltPages(dir: string): BuiltPage[] {
	return htmlPaths(dir).map((path) => ({ path, ...describePage(readBuilt(dir, path)) }));
}

export interface XmlElement {
	text: string;
	attributes: Record<string, string>;
}

/**
 * Parses `xml` with Chromium's XML parser: `error` is its message when the document is not
 * well-formed; `elements` has every element of each of `tags` (qualified names, like
 * `atom:link`), in document order.
 */
export async function readXml(
	browser: Browser,
	xml: string,
	tags: readonly string[],
): Promise<{ error: string | null; elements: Record<string, XmlElement[]> }> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		return await page.evaluate(
			({ text, names }) => {
				const doc = new DOMParser().parseFromString(text, 'application/xml');
				const elements: Record<string, { text: string; attributes: Record<string, string> }[]> = {};
				for (const name of names) {
					elements[name] = [...doc.getElementsByTagName(name)].map((element) => ({
						text: element.textContent,
						attributes: Object.fromEntries(
							[...element.attributes].map((attribute) => [attribute.name, attribute.value]),
						),
					}));
				}
				return { error: doc.querySelector('parsererror')?.textContent ?? null, elements };
			},
			{ text: xml, names: tags },
		);
	} finally {
		await context.close();
	}
}
