/**
 * Builds the Pagefind search index after Astro has written the site, through Pagefind's Node
 * API rather than its CLI, so errors reach Astro's logger and fail `astro build` instead of
 * scrolling past in a post-build script.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';

export interface Options {
	/** Passed to Pagefind's `createIndex`, e.g. `{ forceLanguage: 'zh' }`. */
	pagefind?: PagefindServiceConfig;
}

export class PagefindIndexError extends Error {
	override name = 'PagefindIndexError';
}

export default function pagefindIntegration(options: Options = {}): AstroIntegration {
	return {
		name: 'pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const outputPath = join(site, 'pagefind');
				const started = performance.now();
				try {
					const created = await pagefind.createIndex(options.pagefind);
					failOnErrors('create the index', created.errors, logger);
					const { index } = created;
					if (!index) throw new PagefindIndexError('Pagefind returned no index and no error.');

					const added = await index.addDirectory({ path: site });
					failOnErrors(`index the HTML in \`${site}\``, added.errors, logger);

					const written = await index.writeFiles({ outputPath });
					failOnErrors(`write the index to \`${outputPath}\``, written.errors, logger);

					const seconds = ((performance.now() - started) / 1000).toFixed(1);
					const languages = await languagesOf(outputPath);
					const indexed = [...languages.values()].reduce((sum, count) => sum + count, 0);
					const perLanguage = [...languages].map(([lang, count]) => `${lang}: ${count}`).join(', ');
					// Pagefind reads every HTML file but indexes only pages with `data-pagefind-body`.
					logger.info(
						`Indexed ${indexed} of ${added.page_count} HTML pages (${perLanguage || 'no language'}) in ${seconds} s → ${relative(process.cwd(), outputPath)}/`,
					);
					if (indexed === 0) {
						logger.warn('No page was indexed: check that question pages carry `data-pagefind-body`.');
					}
				} finally {
					// The service is a child process; leaving it running keeps `astro build` from exiting.
					await pagefind.close();
				}
			},
		},
	};
}

function failOnErrors(step: string, errors: string[], logger: AstroIntegrationLogger): void {
	if (errors.length === 0) return;
	for (const error of errors) logger.error(error);
	throw new PagefindIndexError(
		`Pagefind could not ${step}: ${errors.length} error(s), logged above. The site in dist/ has no usable search index; fix the errors and build again.`,
	);
}

/**
 * Pages per language, read from the bundle's entry file: a page whose `<html lang>` is wrong
 * lands in another language's index, where the search box on that page will never look.
 */
async function languagesOf(outputPath: string): Promise<Map<string, number>> {
	const entry: unknown = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8'));
	const languages = isRecord(entry) && isRecord(entry['languages']) ? entry['languages'] : {};
	const counts = new Map<string, number>();
	for (const [lang, info] of Object.entries(languages)) {
		const count = isRecord(info) ? info['page_count'] : undefined;
		counts.set(lang, typeof count === 'number' ? count : 0);
	}
	return counts;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}
