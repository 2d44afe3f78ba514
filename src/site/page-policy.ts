/**
 * The Content Security Policy of built pages: read from a page's `<meta http-equiv>`, narrowed
 * to the page's own inline code, and joined into one policy for `_headers`
 * (src/integrations/security-headers.ts). Pure: HTML text in, text out.
 *
 * Astro (7.3) gives every page the hashes of every inline script and style of the whole site,
 * so each page would allow the others' inline code, and carry about 0.8 KB (gzip) of hashes on
 * this site, growing with it. A page needs only the hashes of what it has inline.
 */
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/u;
/** Inline scripts that run (no `src`, no data type such as JSON-LD) and inline styles, with their text. */
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gu;
const DATA_TYPE = /\btype="(?!module"|text\/javascript")[^"]*"/u;

/** A policy as directive name → sources, in the order written. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
	const policy: Policy = new Map();
	for (const directive of text.split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/u);
		if (name !== undefined && name !== '') policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

/** A policy as a page's `<meta>` has it: directives joined by `;`, without spaces, to keep pages small. */
export function serializePolicy(policy: Policy): string {
	return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join(';');
}

/** The policy in `html`'s `<meta http-equiv="content-security-policy">`, or `undefined` without one. */
export function pagePolicy(html: string): Policy | undefined {
	const content = META.exec(html)?.[1];
	return content === undefined ? undefined : parsePolicy(content);
}

/** The CSP sources (`'sha256-…'`) of the page's inline scripts and of its inline styles. */
export function inlineHashes(html: string): { scripts: Set<string>; styles: Set<string> } {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	for (const [, tag, attributes = '', text = ''] of html.matchAll(INLINE)) {
		if (tag === 'style') styles.add(hashSource(text));
		else if (!/\ssrc=/u.test(attributes) && !DATA_TYPE.test(attributes)) scripts.add(hashSource(text));
	}
	return { scripts, styles };
}

function hashSource(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const isHash = (source: string): boolean => /^'sha(?:256|384|512)-/u.test(source);

/**
 * `policy` with only the hashes of `html`'s own inline code in `script-src` and `style-src`.
 * It only removes: code the policy did not allow stays refused.
 */
export function narrowPolicy(policy: Policy, html: string): Policy {
	const own = inlineHashes(html);
	const keep = (name: string, hashes: Set<string>): string[] =>
		(policy.get(name) ?? []).filter((source) => !isHash(source) || hashes.has(source));
	const narrowed: Policy = new Map(policy);
	if (policy.has('script-src')) narrowed.set('script-src', keep('script-src', own.scripts));
	if (policy.has('style-src')) narrowed.set('style-src', keep('style-src', own.styles));
	return narrowed;
}

export class PagePolicyError extends Error {
	override name = 'PagePolicyError';
}

/** `html` with its policy replaced by `policy`. */
export function withPolicy(html: string, policy: Policy): string {
	const text = serializePolicy(policy);
	if (/["&<>]/u.test(text)) {
		throw new PagePolicyError(
			`The policy \`${text}\` has a character that would need escaping in an attribute; check the sources in src/site/security-policy.ts.`,
		);
	}
	return html.replace(META, () => `<meta http-equiv="content-security-policy" content="${text}">`);
}

/**
 * One policy for a set of pages, to be sent as a header along with each page's own: every
 * source any page allows, directive by directive. A browser enforces both, so each page keeps
 * exactly what its own policy allows. Throws a `PagePolicyError` when a page has no policy,
 * or pages name different directives (a header with a directive a page lacks would refuse
 * what that page allows).
 */
export function unionPolicy(pages: readonly { page: string; policy: Policy | undefined }[]): Policy {
	const missing = pages.filter((page) => page.policy === undefined).map((page) => page.page);
	if (missing.length > 0) {
		throw new PagePolicyError(
			`${missing.length} pages have no Content Security Policy, e.g. \`${missing.slice(0, 3).join('`, `')}\`. ` +
				'Render every page through Astro with `security.csp` on (astro.config.mjs); no `_headers` was written.',
		);
	}
	const union: Policy = new Map();
	const first = pages[0];
	for (const { page, policy } of pages) {
		if (policy === undefined) continue;
		const names = [...policy.keys()].sort().join(' ');
		const expected = [...(first?.policy?.keys() ?? [])].sort().join(' ');
		if (names !== expected) {
			throw new PagePolicyError(
				`\`${page}\` has the directives \`${names}\`, \`${first?.page ?? ''}\` has \`${expected}\`. One header cannot stand for ` +
					'both: give every page the same directives (src/site/security-policy.ts); no `_headers` was written.',
			);
		}
		for (const [name, sources] of policy) union.set(name, [...new Set([...(union.get(name) ?? []), ...sources])]);
	}
	return union;
}
