import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/site/page-policy.ts';
import { contentSecurityPolicy, headersFile, sha256Source } from '../../../src/site/security-policy.ts';
import { themeScript } from '../../../src/site/theme-script.ts';

describe('the security.csp setting', () => {
	it('allows the inline theme script by the hash of its text, and Pagefind’s WebAssembly', () => {
		const setting = contentSecurityPolicy();
		expect(setting.scriptDirective).toEqual({
			resources: ["'self'", "'wasm-unsafe-eval'"],
			hashes: [sha256Source(themeScript)],
		});
		expect(setting.directives).toContain("connect-src 'self'");
	});

	it('lets the search fetch the shards on other hosts, and only their origins', () => {
		const setting = contentSecurityPolicy([
			'/shows/harbour/',
			'https://forest.example.org/archive/',
			'https://forest.example.org/more/',
		]);
		expect(setting.directives).toContain("connect-src 'self' https://forest.example.org");
	});
});

describe('_headers', () => {
	const policy = parsePolicy("default-src 'none';script-src 'self' 'sha256-abc='");

	it('sends the policy with frame-ancestors and the other security headers to every file', () => {
		const lines = headersFile(policy).split('\n');
		expect(lines.slice(0, 3)).toEqual([
			'/*',
			"  Content-Security-Policy: default-src 'none'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'",
			'  X-Content-Type-Options: nosniff',
		]);
		expect(lines[3]).toBe('  Referrer-Policy: strict-origin-when-cross-origin');
		expect(lines[4]).toMatch(/^ {2}Permissions-Policy: .*camera=\(\)/u);
	});

	it('keeps the rules of a _headers the build already has, ahead of its own', () => {
		const file = headersFile(policy, '/pagefind/*\n  Access-Control-Allow-Origin: *\n');
		expect(file.startsWith('/pagefind/*\n  Access-Control-Allow-Origin: *\n\n/*\n  Content-Security-Policy: ')).toBe(
			true,
		);
	});
});
