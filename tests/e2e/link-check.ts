import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/**
 * The link and anchor checker over a built site (issue #12, part 5): every URL the site's
 * files point to inside the site leads to a file the build wrote, and every `#fragment` to an
 * element on that page. It reads the files, not a server, so it is exact (a missing anchor is
 * found, which a crawler fetching pages over HTTP does not check) and takes well under a second.
 *
 * `readSite` does the reading (the only I/O); `brokenLinks` is pure over what it read.
 */

/** One URL as a file of the site writes it. */
export interface Reference {
	/** The site file it is in, as a path below the base: `/onboard-26/train/index.html`, `/rss.xml`. */
	file: string;
	/** What holds it: `a[href]`, `img[srcset]`, `meta[og:image]`, `sitemap <loc>`, `_redirects`… */
	where: string;
	url: string;
	/**
	 * The URL a relative `url` is resolved against: the page's own URL for HTML, the stylesheet's
	 * for CSS; absent where only absolute URLs or paths from the host root are allowed (XML, text).
	 */
	baseUrl?: string;
}

/** What the checker needs to know of one HTML page. */
export interface PageTargets {
	/** Every `id`, and every `<a name>` (a fragment may name either, as browsers follow them). */
	anchors: ReadonlySet<string>;
	/** Where a `<meta http-equiv="refresh">` sends the reader, as written, if the page has one. */
	refresh: string | null;
}

export interface SiteSnapshot {
	/** Every file the build wrote, as a path below the base: `/index.html`, `/_astro/x.css`. */
	files: ReadonlySet<string>;
	/** The HTML pages among them, by the same path. */
	pages: ReadonlyMap<string, PageTargets>;
	references: readonly Reference[];
}

export interface SiteAddress {
	/** The configured `site` (SITE_URL): absolute URLs on its origin are internal. */
	site: string;
	/** The base path, with both slashes: `/` or `/transcripts/`. */
	base: string;
}

/** Pagefind's own folder: its files are written and read by Pagefind's script, not by pages. */
const PAGEFIND = '/pagefind/';

/** Reads every file of the site in `dir` and the URLs it holds. */
export function readSite(dir: string, address: SiteAddress): SiteSnapshot {
	const files = new Set<string>();
	const pages = new Map<string, PageTargets>();
	const references: Reference[] = [];
	const origin = new URL(address.site).origin;
	for (const file of listFiles(dir)) {
		files.add(file);
		const path = join(dir, file);
		if (file.startsWith(PAGEFIND)) continue;
		if (file.endsWith('.html')) {
			const url = `${origin}${address.base}${file.slice(1).replace(/(^|\/)index\.html$/u, '$1')}`;
			const page = readHtml(readFileSync(path, 'utf8'), file, url);
			pages.set(file, page.targets);
			references.push(...page.references);
		} else if (file.endsWith('.xml')) {
			references.push(...readXml(readFileSync(path, 'utf8'), file));
		} else if (file.endsWith('.css')) {
			references.push(...readCss(readFileSync(path, 'utf8'), file, `${origin}${address.base}${file.slice(1)}`));
		} else if (file === '/_redirects') {
			references.push(...readRedirects(readFileSync(path, 'utf8'), file));
		} else if (file === '/robots.txt') {
			for (const match of readFileSync(path, 'utf8').matchAll(/^Sitemap:\s*(\S+)/gmu)) {
				references.push({ file, where: 'robots.txt Sitemap', url: match[1] ?? '' });
			}
		} else if (file.endsWith('/anchors.json')) {
			references.push(...readAnchorMap(readFileSync(path, 'utf8'), file));
		}
	}
	return { files, pages, references };
}

function listFiles(dir: string): string[] {
	const files: string[] = [];
	const walk = (folder: string): void => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const full = join(folder, entry.name);
			if (entry.isDirectory()) {
				walk(full);
			} else {
				files.push(`/${relative(dir, full).split(sep).join('/')}`);
			}
		}
	};
	walk(dir);
	return files.sort();
}

/** The attributes that hold one URL, by element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	script: ['src'],
	img: ['src'],
	source: ['src'],
	audio: ['src'],
	video: ['src', 'poster'],
	track: ['src'],
	iframe: ['src'],
	embed: ['src'],
	object: ['data'],
	form: ['action'],
	button: ['formAction'],
	input: ['src', 'formAction'],
};

/** `<meta>` whose `content` is a URL, by their `property` or `name`. */
const URL_METAS = new Set(['og:image', 'og:image:url', 'og:image:secure_url', 'og:url', 'og:audio', 'twitter:image']);

function attribute(element: Element, name: string): string | null {
	const value = element.properties[name];
	if (value === undefined || value === null || value === false) return null;
	if (Array.isArray(value)) return value.join(' ');
	return value === true ? '' : String(value);
}

function readHtml(html: string, file: string, pageUrl: string): { targets: PageTargets; references: Reference[] } {
	const tree: Root = fromHtml(html);
	const anchors = new Set<string>();
	const references: Reference[] = [];
	let refresh: string | null = null;
	let baseUrl = pageUrl;
	const add = (where: string, url: string): void => {
		references.push({ file, where, url, baseUrl });
	};
	visit(tree, 'element', (element) => {
		const id = attribute(element, 'id');
		if (id !== null && id !== '') anchors.add(id);
		const tag = element.tagName;
		if (tag === 'a' && attribute(element, 'name')) anchors.add(attribute(element, 'name') ?? '');
		if (tag === 'base') {
			const href = attribute(element, 'href');
			if (href !== null) baseUrl = new URL(href, pageUrl).href;
		}
		for (const name of URL_ATTRIBUTES[tag] ?? []) {
			const value = attribute(element, name);
			if (value !== null) add(`${tag}[${name.toLowerCase()}]`, value);
		}
		const srcset = attribute(element, 'srcSet');
		if (srcset !== null) for (const url of srcsetUrls(srcset)) add(`${tag}[srcset]`, url);
		if (tag === 'meta') {
			const key = attribute(element, 'property') ?? attribute(element, 'name') ?? '';
			const content = attribute(element, 'content');
			if (URL_METAS.has(key) && content !== null) add(`meta[${key}]`, content);
			if (attribute(element, 'httpEquiv')?.toLowerCase() === 'refresh' && content !== null) {
				const target = /^\s*\d+(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?['"]?([^'"]*)['"]?\s*$/iu.exec(content)?.[1];
				if (target !== undefined) {
					refresh = target;
					add('meta[http-equiv=refresh]', target);
				}
			}
		}
	});
	return { targets: { anchors, refresh }, references };
}

/** The URLs of a `srcset` (each candidate is a URL, then an optional descriptor). */
export function srcsetUrls(srcset: string): string[] {
	return srcset
		.split(',')
		.map((candidate) => candidate.trim().split(/\s+/u)[0] ?? '')
		.filter((url) => url !== '');
}

/** Keys of sitemaps and RSS whose text or attribute is a URL. */
const XML_URL_KEYS = new Set(['loc', 'link', 'url', '@_href', '@_url', 'image:loc']);

function readXml(xml: string, file: string): Reference[] {
	const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, processEntities: true });
	const references: Reference[] = [];
	const walk = (value: unknown, key: string): void => {
		if (typeof value === 'string') {
			if (XML_URL_KEYS.has(key) || (key === 'guid' && /^https?:/u.test(value))) {
				references.push({ file, where: `<${key.replace(/^@_/u, '@')}>`, url: value.trim() });
			}
		} else if (Array.isArray(value)) {
			for (const item of value) walk(item, key);
		} else if (typeof value === 'object' && value !== null) {
			for (const [child, inner] of Object.entries(value)) walk(inner, child === '#text' ? key : child);
		}
	};
	walk(parser.parse(xml), '');
	return references;
}

function readCss(css: string, file: string, sheetUrl: string): Reference[] {
	return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gu)]
		.map((match) => match[2] ?? '')
		.map((url) => ({ file, where: 'css url()', url, baseUrl: sheetUrl }));
}

/** `_redirects`: `from to status` per line; both ends are URLs of the site. */
function readRedirects(text: string, file: string): Reference[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '' && !line.startsWith('#'))
		.flatMap((line) => {
			const [from = '', to = ''] = line.split(/\s+/u);
			// The `from` without its slash is answered by the host, not by a file: only the slashed one has a page.
			return [
				...(from.endsWith('/') ? [{ file, where: '_redirects from', url: from }] : []),
				{ file, where: '_redirects to', url: to },
			];
		});
}

/**
 * An episode's `anchors.json` (src/site/moved-links.ts): each live anchor's page must hold it,
 * and each moved anchor must lead to a live one, as `#anchor` on that anchor's page.
 */
function readAnchorMap(json: string, file: string): Reference[] {
	const map = JSON.parse(json) as { answers: Record<string, string>; moved: Record<string, string> };
	return [
		...Object.entries(map.answers).map(([anchor, url]) => ({
			file,
			where: `anchors.json answers.${anchor}`,
			url: `${url}#${encodeURIComponent(anchor)}`,
		})),
		...Object.entries(map.moved).map(([alias, anchor]) => ({
			file,
			where: `anchors.json moved.${alias}`,
			url: `${map.answers[anchor] ?? `(no live answer ${anchor})`}#${encodeURIComponent(anchor)}`,
		})),
	];
}

/** How many redirect pages in a row a fragment is followed through before it counts as a loop. */
const MAX_REFRESHES = 5;

/**
 * Every reference of `snapshot` that points inside the site and leads nowhere: outside the base
 * path, to no file, or to a fragment no element of the target page has (followed through
 * redirect pages, as a browser keeps the fragment across them). A text fragment (`#:~:text=`)
 * is checked only for the element anchor before it, if any. URLs on other hosts and other
 * schemes (`mailto:`, `data:`) are not followed.
 */
export function brokenLinks(snapshot: SiteSnapshot, address: SiteAddress): string[] {
	const origin = new URL(address.site).origin;
	const broken: string[] = [];
	for (const reference of snapshot.references) {
		const problem = checkReference(snapshot, address, origin, reference);
		if (problem !== null) broken.push(`${reference.file}: ${reference.where} \`${reference.url}\` ${problem}`);
	}
	return broken;
}

function checkReference(
	snapshot: SiteSnapshot,
	address: SiteAddress,
	origin: string,
	reference: Reference,
): string | null {
	const url = resolve(reference, origin);
	if (url === null) return 'is not a URL';
	if (url.origin !== origin) return null;
	const target = fileOf(snapshot, address, url.pathname);
	if (typeof target !== 'string') return target.problem;
	const fragment = fragmentAnchor(url.hash);
	if (fragment === null) return null;
	return missingAnchor(snapshot, address, origin, target, fragment);
}

/** The absolute URL of a reference, on `origin` when it is relative; null for other schemes. */
function resolve(reference: Reference, origin: string): URL | null {
	const { url } = reference;
	if (/^[a-z][a-z0-9+.-]*:/iu.test(url) && !/^https?:/iu.test(url)) return new URL('about:blank');
	try {
		return new URL(url, reference.baseUrl ?? `${origin}/`);
	} catch {
		return null;
	}
}

/** The site file a URL path is served from, or why there is none. */
function fileOf(snapshot: SiteSnapshot, address: SiteAddress, pathname: string): string | { problem: string } {
	if (!pathname.startsWith(address.base)) return { problem: `is outside the base path ${address.base}` };
	let path: string;
	try {
		path = `/${decodeURIComponent(pathname.slice(address.base.length))}`;
	} catch {
		return { problem: 'has a malformed percent-encoding' };
	}
	const file = path.endsWith('/') ? `${path}index.html` : path;
	if (snapshot.files.has(file)) return file;
	if (snapshot.files.has(`${path}/index.html`))
		return { problem: `has no file (the folder needs its slash: ${path}/)` };
	return { problem: 'has no file in the build' };
}

/** The element anchor a URL's `#fragment` names, null when there is none to check. */
function fragmentAnchor(hash: string): string | null {
	if (hash === '' || hash === '#') return null;
	const [anchor = ''] = hash.slice(1).split(':~:');
	if (anchor === '') return null;
	try {
		return decodeURIComponent(anchor);
	} catch {
		return anchor;
	}
}

function missingAnchor(
	snapshot: SiteSnapshot,
	address: SiteAddress,
	origin: string,
	file: string,
	anchor: string,
): string | null {
	let current = file;
	for (let hop = 0; hop <= MAX_REFRESHES; hop++) {
		const page = snapshot.pages.get(current);
		if (page === undefined) return `has #${anchor}, but ${current} is not an HTML page`;
		if (page.anchors.has(anchor)) return null;
		if (page.refresh === null) {
			// `#top` scrolls to the top of any page (HTML standard, "scroll to the fragment").
			return anchor.toLowerCase() === 'top' ? null : `has no element #${anchor} on ${current}`;
		}
		const pageUrl = `${origin}${address.base}${current.slice(1).replace(/(^|\/)index\.html$/u, '$1')}`;
		const next = fileOf(snapshot, address, new URL(page.refresh, pageUrl).pathname);
		if (typeof next !== 'string') return `has #${anchor}, and the page it redirects to ${next.problem}`;
		current = next;
	}
	return `has #${anchor} behind more than ${MAX_REFRESHES} redirects`;
}
