/**
 * The Content Security Policy a built page declares in its `<meta http-equiv>`, and the one
 * policy of a whole site, for `_headers` (src/integrations/security-headers.ts).
 */

const META = /<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/iu;
const CONTENT = /\scontent=(?:"([^"]*)"|'([^']*)')/iu;

/** The policy in `html`'s `<meta http-equiv="content-security-policy">`, or `undefined` without one. */
export function pagePolicy(html: string): string | undefined {
	const meta = META.exec(html)?.[0];
	if (meta === undefined) return undefined;
	const match = CONTENT.exec(meta);
	const value = match?.[1] ?? match?.[2];
	return value === undefined ? undefined : decodeAttribute(value).trim();
}

/** The character references Astro writes in attribute values. */
function decodeAttribute(value: string): string {
	return value.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|quot|apos|lt|gt));/giu, (reference, decimal, hex, name) => {
		if (typeof decimal === 'string') return String.fromCodePoint(Number(decimal));
		if (typeof hex === 'string') return String.fromCodePoint(Number.parseInt(hex, 16));
		const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
		return named[String(name).toLowerCase()] ?? reference;
	});
}

export class SitePolicyError extends Error {
	override name = 'SitePolicyError';
}

/**
 * The one policy all `pages` declare. Throws a `SitePolicyError` naming pages when one has no
 * policy or two pages differ (for instance a hash added to one page through `Astro.csp`): a
 * header for every page must then name the union of their sources, which this does not do.
 */
export function sitePolicy(pages: readonly { page: string; policy: string | undefined }[]): string {
	const missing = pages.filter((page) => page.policy === undefined).map((page) => page.page);
	if (missing.length > 0) {
		throw new SitePolicyError(
			`${missing.length} pages have no Content Security Policy, e.g. \`${missing.slice(0, 3).join('`, `')}\`. ` +
				'Every page must be rendered by Astro with `security.csp` on (astro.config.mjs); no `_headers` was written.',
		);
	}
	const policies = new Map<string, string[]>();
	for (const { page, policy } of pages) {
		if (policy !== undefined) policies.set(policy, [...(policies.get(policy) ?? []), page]);
	}
	const [first, ...others] = [...policies.entries()];
	if (first === undefined) {
		throw new SitePolicyError(
			'The build has no pages, so there is no policy for `_headers`; no `_headers` was written.',
		);
	}
	if (others.length > 0) {
		const example = others[0];
		throw new SitePolicyError(
			`The pages declare ${policies.size} different Content Security Policies: \`${first[1][0] ?? ''}\` has \`${first[0]}\`, ` +
				`\`${example?.[1][0] ?? ''}\` has \`${example?.[0] ?? ''}\`. _headers sends one policy to every page, so keep ` +
				'per-page hashes and sources out (set them in `security.csp`, src/site/security-policy.ts); no `_headers` was written.',
		);
	}
	return first[0];
}
