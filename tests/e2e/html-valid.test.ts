import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { builtFile, htmlPaths } from './built-site.ts';

/**
 * Issue #12, part 5: every built page of both sites is valid HTML, by html-validate with the
 * repository's `.htmlvalidate.json` (the recommended rules; docs/security.md says why the few
 * changes to them are there). The page itself is validated, not the components, so what the
 * Markdown, the content and the layouts make together is what is checked.
 */

const root = resolve(import.meta.dirname, '../..');
const config = JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

/** html-validate's findings for one page, one line each: `path:line:column rule message`. */
async function problems(dir: string, path: string): Promise<string[]> {
	const report = await validator.validateString(readFileSync(builtFile(dir, path), 'utf8'), path);
	return report.results.flatMap((result) =>
		result.messages.map(
			(message) =>
				`${path}:${message.line}:${message.column} ${message.ruleId} ${message.message} (${message.selector ?? ''})`,
		),
	);
}

const variant = inject('variant');

describe.each([
	{ name: 'the default site', dir: inject('siteDir') },
	{ name: 'the variant site', dir: variant.dir },
])('$name', ({ dir }) => {
	it('is valid HTML on every page, by the recommended rules of html-validate', async () => {
		const paths = htmlPaths(dir);
		expect(paths.length).toBeGreaterThan(10);
		const found: string[] = [];
		for (const path of paths) found.push(...(await problems(dir, path)));
		expect(found).toEqual([]);
	});
});
