import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { selectAll } from 'hast-util-select';
import { fromHtml } from 'hast-util-from-html';
import type { BrowserContext, Page } from 'playwright-core';
import { buildSite } from '../../scripts/build-site.ts';
import { serveStatic } from '../../scripts/serve-static.ts';
import { htmlPaths, readBuilt } from './built-site.ts';

/**
 * The hostile transcript (tests/fixtures/hostile/) imported with the real importer, built and
 * served, and what the injection test needs to watch a page of it: a trap for dialogs,
 * `window.open` and the `__pwned_*` globals the payloads would set, and a census of the
 * elements, attributes and scripts on the page.
 */

const root = resolve(import.meta.dirname, '../..');
const FIXTURE = join(root, 'tests/fixtures/hostile');

export interface HostileSite {
	/** The content root the importer wrote. */
	content: string;
	/** The built site's folder. */
	dir: string;
	/** Where it is served, ending in `/`. */
	url: string;
	close: () => Promise<void>;
}

/** Imports the fixture with the arguments in its `arguments.json`, builds the site from it and serves it. */
export async function buildHostileSite(): Promise<HostileSite> {
	mkdirSync(join(root, 'tmp'), { recursive: true });
	const content = mkdtempSync(join(root, 'tmp', 'hostile-content-'));
	const cleanups: (() => void | Promise<void>)[] = [
		() => {
			rmSync(content, { recursive: true, force: true });
		},
	];
	const close = async (): Promise<void> => {
		for (const cleanup of cleanups.reverse()) await cleanup();
	};
	try {
		const args = JSON.parse(readFileSync(join(FIXTURE, 'arguments.json'), 'utf8')) as string[];
		await promisify(execFile)(
			process.execPath,
			[join(root, 'src/importer/cli.ts'), join(FIXTURE, 'input.md'), '--out', content, ...args],
			{ cwd: root },
		);
		const site = await buildSite({ env: { CONTENT_DIR: content } });
		cleanups.push(site.cleanup);
		const server = await serveStatic(site.dir);
		cleanups.push(server.close);
		return { content, dir: site.dir, url: server.url, close };
	} catch (error) {
		await close();
		throw error;
	}
}

/** Every payload's marker (`P01`…) in the fixture: its input and the importer's arguments. */
export function fixtureMarkers(): string[] {
	const text = readFileSync(join(FIXTURE, 'input.md'), 'utf8') + readFileSync(join(FIXTURE, 'arguments.json'), 'utf8');
	return [...new Set(text.match(/P\d\d/gu))].sort();
}

/**
 * What the site's own pages run: the `src` of every script and a digest of every inline
 * script of a build whose content holds no payload (the test reads both builds of the run). A
 * script on a hostile page that is not among them was put there by the content.
 */
export interface SiteScripts {
	sources: Set<string>;
	inline: Set<string>;
}

export function digest(text: string): string {
	return createHash('sha256').update(text).digest('base64');
}

export function siteScripts(dir: string): SiteScripts {
	const scripts: SiteScripts = { sources: new Set(), inline: new Set() };
	for (const path of htmlPaths(dir)) {
		for (const script of selectAll('script', fromHtml(readBuilt(dir, path)))) {
			const src = script.properties['src'];
			if (typeof src === 'string') scripts.sources.add(src);
			else if (script.properties['type'] !== 'application/ld+json')
				scripts.inline.add(digest(script.children.map((child) => (child.type === 'text' ? child.value : '')).join('')));
		}
	}
	return scripts;
}

/** What the trap installed by `trapEffects` saw on one page. */
export interface Effects {
	/** `alert: P08`, `open: https://…` */
	calls: string[];
	/** Globals named `__pwned_*` that a payload set. */
	pwned: string[];
}

/**
 * Before any of the page's own code: `alert`, `confirm`, `prompt`, `print` and `window.open`
 * record their calls instead of acting. Call in a context's setup.
 */
export async function trapEffects(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const calls: string[] = [];
		Object.defineProperty(window, '__injectionCalls', { value: calls, enumerable: false });
		for (const name of ['alert', 'confirm', 'prompt', 'print', 'open'] as const) {
			Object.defineProperty(window, name, {
				value: (...args: unknown[]) => {
					calls.push(`${name}: ${args.map(String).join(', ')}`);
					return null;
				},
			});
		}
	});
}

export async function effects(page: Page): Promise<Effects> {
	return page.evaluate(() => {
		const pwned: string[] = [];
		const scan = (target: Window): void => {
			for (const name of Object.getOwnPropertyNames(target)) if (name.startsWith('__pwned')) pwned.push(name);
		};
		scan(window);
		for (const frame of Array.from(window.frames)) {
			try {
				scan(frame);
			} catch {
				// Another origin's frame: its globals are out of reach, and the census reports the frame.
			}
		}
		const calls = (window as unknown as { __injectionCalls?: string[] }).__injectionCalls ?? [
			'the trap was not installed',
		];
		return { calls: [...calls], pwned };
	});
}

/** The elements the site's templates and its Markdown (paragraphs, links) produce. */
export const SITE_ELEMENTS = new Set([
	'html',
	'head',
	'body',
	'title',
	'meta',
	'link',
	'script',
	'style',
	'header',
	'main',
	'nav',
	'footer',
	'section',
	'article',
	'div',
	'span',
	'p',
	'a',
	'h1',
	'h2',
	'h3',
	'ul',
	'ol',
	'li',
	'dl',
	'dt',
	'dd',
	'time',
	'strong',
	'kbd',
	'button',
	'label',
	'input',
	'select',
	'option',
	'form',
	'fieldset',
	'legend',
	'search',
	'dialog',
	'template',
	'noscript',
	'img',
	'svg',
	'path',
	'circle',
	'audio',
	'mark',
	'search-dialog',
	'search-page',
	'not-found-search',
	'theme-select',
	'audio-player',
	'episode-toc',
	'answer-share',
	'quote-toolbar',
]);

/** What a page holds that its content did not ask for. */
export interface Census {
	/** Elements of a kind the site never makes: `iframe`, `x-custom`, `object`… */
	foreignElements: string[];
	/** Event-handler attributes (`onerror`, `onload`…) on any element. */
	handlers: string[];
	/** Links, images, frames, forms and bases that point to `javascript:`, `data:`, or another host. */
	foreignUrls: string[];
	/** Scripts that are not the site's own: `src` or a digest of their text. */
	scripts: { src: string | null; text: string }[];
	/** Style and meta elements in the body, or a `<base>`, a `meta[http-equiv]` other than the site's one policy. */
	misplaced: string[];
	/**
	 * Elements inside what the content says (answers' text, the episode's description, the
	 * page's heading) other than the paragraphs, links and times its Markdown makes: a tag
	 * the site knows, such as `<button>`, is still not the content's to add.
	 */
	contentElements: string[];
}

/** Where the content's own text is rendered, and the elements its Markdown may make there. */
const CONTENT = {
	scopes: 'section.answer > :not(header), .episode-main.prose > *, h1',
	allowed: 'p, a, time.paragraph-time, button.audio-time, mark',
} as const;

export async function census(page: Page, selector = 'html'): Promise<Census> {
	const allowed = [...SITE_ELEMENTS];
	return page.evaluate(
		({ selector, allowed, content }) => {
			const site = new Set(allowed);
			const scope = document.querySelector(selector);
			const elements = scope ? [scope, ...Array.from(scope.querySelectorAll('*'))] : [];
			const describe = (element: Element): string =>
				`<${element.tagName.toLowerCase()}${Array.from(element.attributes)
					.map((attribute) => ` ${attribute.name}="${attribute.value.slice(0, 60)}"`)
					.join('')}>`;
			const result = {
				foreignElements: [] as string[],
				handlers: [] as string[],
				foreignUrls: [] as string[],
				scripts: [] as { src: string | null; text: string }[],
				misplaced: [] as string[],
				contentElements: [] as string[],
			};
			const areas =
				scope === null
					? []
					: [...(scope.matches(content.scopes) ? [scope] : []), ...Array.from(scope.querySelectorAll(content.scopes))];
			for (const area of areas) {
				// An answer's paragraph holds only what Markdown makes; the heading, only text.
				const inside = [
					...(area.matches(content.allowed) || area.matches('h1') ? [] : [area]),
					...Array.from(area.querySelectorAll('*')),
				];
				for (const element of inside)
					if (!element.matches(content.allowed)) result.contentElements.push(describe(element));
			}
			for (const element of elements) {
				const tag = element.tagName.toLowerCase();
				if (!site.has(tag)) result.foreignElements.push(describe(element));
				if (Array.from(element.attributes).some((attribute) => attribute.name.toLowerCase().startsWith('on'))) {
					result.handlers.push(describe(element));
				}
				for (const name of ['href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'xlink:href']) {
					const value = element.getAttribute(name);
					if (value === null) continue;
					let url: URL;
					try {
						url = new URL(value, document.baseURI);
					} catch {
						continue;
					}
					// Canonical and Open Graph URLs name the configured site, which is not where the test serves it.
					const declared = tag === 'link' && ['canonical', 'alternate'].includes(element.getAttribute('rel') ?? '');
					// The audio is the episode's own, named in its front matter (on example.org), and loads only
					// on play. Any other link to another host must be a bare URL of the text (a GFM autolink),
					// showing where it leads.
					const bare =
						tag === 'a' && element.children.length === 0 && /^(?:https?:\/\/|www\.)/u.test(element.textContent);
					const ours = url.hostname === 'example.org';
					const foreign = url.origin !== location.origin && !declared && !ours && !bare;
					if (['javascript:', 'data:', 'vbscript:'].includes(url.protocol) || foreign) {
						result.foreignUrls.push(describe(element));
					}
				}
				// JSON-LD is data, never run: the test parses it instead.
				if (tag === 'script' && element.getAttribute('type') !== 'application/ld+json') {
					result.scripts.push({ src: element.getAttribute('src'), text: element.textContent });
				}
				// The site's one Content Security Policy, in the head (docs/security.md), is the only
				// `http-equiv` a page may hold: a second policy or a refresh would be the content's.
				const policies = document.head.querySelectorAll('meta[http-equiv="content-security-policy" i]');
				const sitePolicy =
					tag === 'meta' &&
					element.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy' &&
					element.parentElement === document.head &&
					policies.length === 1;
				if (tag === 'base' || (tag === 'meta' && element.hasAttribute('http-equiv') && !sitePolicy))
					result.misplaced.push(describe(element));
				if ((tag === 'style' || tag === 'meta') && element.closest('body')) {
					result.misplaced.push(describe(element));
				}
			}
			return result;
		},
		{ selector, allowed, content: CONTENT },
	);
}
