/**
 * The site's Content Security Policy and the other security headers (docs/security.md).
 *
 * Astro writes the policy into every page as `<meta http-equiv="content-security-policy">`,
 * adding to `script-src` and `style-src` the hashes of the scripts and styles it bundles or
 * inlines; this module gives it the rest: the directives, the sources allowed for scripts
 * (`'wasm-unsafe-eval'` for Pagefind's WebAssembly) and the hash of the one script Astro does
 * not hash itself, the inline theme script. After the build each page's policy is narrowed to
 * its own inline code, and all of them go into `_headers` with what only a header can say
 * (src/integrations/security-headers.ts).
 */
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import type { Policy } from './page-policy.ts';
import { themeScript } from './theme-script.ts';

/**
 * Every directive but `script-src` and `style-src`, which Astro writes. Nothing is allowed
 * unless named here (`default-src 'none'`), and nothing comes from another origin but media.
 */
export const POLICY_DIRECTIVES = [
	// Whatever no directive below names (frames, objects, manifests, fonts…) is refused.
	"default-src 'none'",
	// The favicon and any image the site itself serves.
	"img-src 'self'",
	// Pagefind's index chunks, its WebAssembly and the moved-answer lookup (`anchors.json`); with
	// `SEARCH_SHARDS`, also the other shards' hosts (`contentSecurityPolicy` below).
	"connect-src 'self'",
	// An episode's audio is wherever its `audio` field says, usually a podcast host, often
	// reached through a measurement service's redirects, every hop of which a list of hosts would
	// have to name: so any HTTPS origin. Media cannot run code.
	"media-src 'self' https:",
	// The search forms submit to the site's own search page.
	"form-action 'self'",
	// No page sets a `<base>`; refusing one keeps an injected one from moving relative URLs.
	"base-uri 'none'",
] as const;

type CspSetting = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type CspDirective = NonNullable<CspSetting['directives']>[number];

/**
 * Sources for `script-src` besides the hashes: the site's own files, and Pagefind's
 * WebAssembly. Pagefind 1.6 searches in a Web Worker (`pagefind/pagefind-worker.js`), which
 * `worker-src`, left out to keep every page's policy short, takes from here.
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Directives that a `<meta>` policy cannot carry (browsers ignore them there), for the header
 * only: no other site may show the pages in a frame.
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The CSP source for a script or style text: `sha256-` and its digest in base64. */
export function sha256Source(text: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Astro's `security.csp` setting (astro.config.mjs). `searchShards` are the other builds this
 * site's search merges (`SEARCH_SHARDS`, src/site/search-shards.ts): the origins of those on
 * other hosts are added to `connect-src`, which Pagefind fetches their indexes through.
 */
export function contentSecurityPolicy(searchShards: readonly string[] = []): CspSetting {
	const shardOrigins = [
		...new Set(searchShards.filter((shard) => URL.canParse(shard)).map((shard) => new URL(shard).origin)),
	];
	return {
		algorithm: 'SHA-256',
		directives: POLICY_DIRECTIVES.map((directive): CspDirective =>
			directive.startsWith('connect-src ') && shardOrigins.length > 0
				? `connect-src 'self' ${shardOrigins.join(' ')}`
				: directive,
		),
		scriptDirective: { resources: [...SCRIPT_SOURCES], hashes: [sha256Source(themeScript)] },
	};
}

/** The headers every file of the site is sent with, besides the policy. */
export const SECURITY_HEADERS = {
	// Files are what their type says: a transcript or JSON file is never run as a script.
	'X-Content-Type-Options': 'nosniff',
	// Links to a transcript's source tell the other site only this site's origin.
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	// Powerful features no page uses, refused for the pages and anything they could embed.
	// Sharing (`web-share`) and copying (`clipboard-write`) are used, so they are left alone.
	'Permissions-Policy':
		'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
} as const;

/**
 * `_headers` for Netlify and Cloudflare Pages: every file of the site gets `policy` (the pages'
 * policies in one, src/site/page-policy.ts) with the header-only directives, and the other
 * security headers. `existing` is a `_headers` the build already has (from `public/`, e.g. a
 * shard's `Access-Control-Allow-Origin` rule): its rules are kept, these follow.
 */
export function headersFile(policy: Policy, existing = ''): string {
	const directives = [...[...policy].map(([name, sources]) => [name, ...sources].join(' ')), ...HEADER_ONLY_DIRECTIVES];
	const headers = { 'Content-Security-Policy': directives.join('; '), ...SECURITY_HEADERS };
	const rules = `/*\n${Object.entries(headers)
		.map(([name, value]) => `  ${name}: ${value}\n`)
		.join('')}`;
	return existing.trim() === '' ? rules : `${existing.trimEnd()}\n\n${rules}`;
}
