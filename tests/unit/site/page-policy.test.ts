import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	inlineHashes,
	narrowPolicy,
	pagePolicy,
	parsePolicy,
	serializePolicy,
	unionPolicy,
	withPolicy,
} from '../../../src/site/page-policy.ts';

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const THEME = 'document.documentElement.dataset.theme = "dark";';
const OTHER = 'console.log(1);';
const STYLE = '.a{color:red}';

const page = (policy: string, body: string): string =>
	`<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

const ASTRO_POLICY = `default-src 'none';img-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(THEME)} ${hash(OTHER)}; style-src 'self' ${hash(STYLE)};`;

describe('a page’s Content Security Policy', () => {
	it('is read from its meta element, directive by directive', () => {
		expect(pagePolicy(page(ASTRO_POLICY, ''))?.get('script-src')).toEqual([
			"'self'",
			"'wasm-unsafe-eval'",
			hash(THEME),
			hash(OTHER),
		]);
		expect(pagePolicy('<html><head></head></html>')).toBeUndefined();
	});

	it('hashes inline scripts that run and inline styles, but not script files or JSON-LD', () => {
		const html = page(
			ASTRO_POLICY,
			`<script>${THEME}</script><script type="module">${OTHER}</script><script type="module" src="/a.js"></script>` +
				`<script type="application/ld+json">{"a":1}</script><style>${STYLE}</style>`,
		);
		expect(inlineHashes(html)).toEqual({
			scripts: new Set([hash(THEME), hash(OTHER)]),
			styles: new Set([hash(STYLE)]),
		});
	});

	it('is narrowed to the hashes of the page’s own inline code, keeping every other source', () => {
		const html = page(ASTRO_POLICY, `<script>${THEME}</script>`);
		const narrowed = narrowPolicy(parsePolicy(ASTRO_POLICY), html);
		expect(serializePolicy(narrowed)).toBe(
			`default-src 'none';img-src 'self';script-src 'self' 'wasm-unsafe-eval' ${hash(THEME)};style-src 'self'`,
		);
		expect(pagePolicy(withPolicy(html, narrowed))).toEqual(narrowed);
	});

	it('never gains a hash the page’s policy did not have', () => {
		const html = page(`script-src 'self'; style-src 'self'`, `<script>${THEME}</script>`);
		expect(serializePolicy(narrowPolicy(parsePolicy(`script-src 'self'; style-src 'self'`), html))).toBe(
			"script-src 'self';style-src 'self'",
		);
	});
});

describe('the policy of all pages', () => {
	it('allows every source any page allows, directive by directive', () => {
		const union = unionPolicy([
			{ page: 'a/index.html', policy: parsePolicy(`script-src 'self' ${hash(THEME)}; style-src 'self'`) },
			{
				page: 'b/index.html',
				policy: parsePolicy(`script-src 'self' ${hash(OTHER)}; style-src 'self' ${hash(STYLE)}`),
			},
		]);
		expect(serializePolicy(union)).toBe(
			`script-src 'self' ${hash(THEME)} ${hash(OTHER)};style-src 'self' ${hash(STYLE)}`,
		);
	});

	it('refuses pages without a policy, or with other directives, naming them', () => {
		expect(() =>
			unionPolicy([
				{ page: 'a/index.html', policy: parsePolicy("script-src 'self'") },
				{ page: 'b/index.html', policy: undefined },
			]),
		).toThrow(/1 pages have no Content Security Policy, e\.g\. `b\/index\.html`/u);
		expect(() =>
			unionPolicy([
				{ page: 'a/index.html', policy: parsePolicy("script-src 'self'") },
				{ page: 'b/index.html', policy: parsePolicy("script-src 'self'; img-src 'self'") },
			]),
		).toThrow(/`b\/index\.html` has the directives `img-src script-src`/u);
	});
});
