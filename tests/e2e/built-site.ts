import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser } from 'playwright-core';

/**
 * Reading a built site from its folder rather than through a server: what each HTML page
 * declares in its head and links to. Parsing is done by Chromium's DOMParser, the same parser
 * that reads the pages for real, in one blank page, so no request is made.
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

/** Every HTML page of the site in `dir`, parsed. */
export async function readBuiltPages(browser: Browser, dir: string): Promise<BuiltPage[]> {
	const paths = htmlPaths(dir);
	const documents = paths.map((path) => readBuilt(dir, path));
	const context = await browser.newContext({ javaScriptEnabled: true });
	try {
		const page = await context.newPage();
		const parsed = await page.evaluate((htmls) => {
			return htmls.map((html) => {
				const doc = new DOMParser().parseFromString(html, 'text/html');
				const attribute = (selector: string, name: string): string | null =>
					doc.querySelector(selector)?.getAttribute(name) ?? null;
				return {
					lang: doc.documentElement.getAttribute('lang'),
					title: doc.title,
					description: attribute('meta[name="description"]', 'content'),
					canonical: attribute('link[rel="canonical"]', 'href'),
					robots: attribute('meta[name="robots"]', 'content'),
					feeds: [...doc.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')].map(
						(link) => link.getAttribute('href') ?? '',
					),
					jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent),
					links: [...doc.querySelectorAll('a[href]')].map((link) => link.getAttribute('href') ?? ''),
					resources: [
						...[...doc.querySelectorAll('link[href]')].map((link) => link.getAttribute('href') ?? ''),
						...[...doc.querySelectorAll('script[src], img[src]')].map((element) => element.getAttribute('src') ?? ''),
						...[...doc.querySelectorAll('form[action]')].map((form) => form.getAttribute('action') ?? ''),
					],
					ids: [...doc.querySelectorAll('[id]')].map((element) => element.id),
				};
			});
		}, documents);
		return parsed.map((page, index) => ({ ...page, path: paths[index] ?? '', html: documents[index] ?? '' }));
	} finally {
		await context.close();
	}
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

/**
 * Internal links and resources of `pages` that lead nowhere: outside the base path, to a file
 * the build did not write, or to an anchor the target page does not have. Absolute URLs on
 * other hosts are not followed; canonical links (on `site`) are checked by the metadata tests.
 */
export function brokenLinks(pages: readonly BuiltPage[], dir: string, base = '/'): string[] {
	const byPath = new Map(pages.map((page) => [page.path, page]));
	const broken: string[] = [];
	for (const page of pages) {
		for (const href of [...page.links, ...page.resources]) {
			if (/^[a-z][a-z0-9+.-]*:/iu.test(href) || href.startsWith('//')) continue;
			const url = new URL(href, `http://site.test${base}${page.path.replace(/^\//u, '')}`);
			if (!url.pathname.startsWith(base)) {
				broken.push(`${page.path}: ${href} is outside ${base}`);
				continue;
			}
			const path = `/${url.pathname.slice(base.length)}`;
			if (!existsSync(builtFile(dir, path))) {
				broken.push(`${page.path}: ${href} has no file`);
				continue;
			}
			const anchor = decodeURIComponent(url.hash.slice(1));
			const target = byPath.get(decodeURIComponent(path));
			if (anchor !== '' && target && !target.ids.includes(anchor)) {
				broken.push(`${page.path}: ${href} has no element #${anchor}`);
			}
		}
	}
	return broken;
}
