/**
 * Builds the search index after Astro has written the site, through Pagefind's Node API
 * rather than its CLI, so that errors reach Astro's logger and fail `astro build`.
 *
 * Pagefind does not crawl the pages. Each answer of each question page becomes its own
 * record (search-records.ts, search-document.ts): a result is an answer, with its own
 * excerpt, its own speaker/episode/show filters and counts, and a URL that opens the
 * question page at that answer. How Chinese is split on both sides is in docs/search.md.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';
import { answerDocument } from './search-document.ts';
import { answerRecords, conversationOrder, type AnswerRecord } from './search-records.ts';

export interface Options {
	/** Passed to Pagefind's `createIndex`; `forceLanguage` overrides the choice below. */
	pagefind?: PagefindServiceConfig;
}

export class PagefindIndexError extends Error {
	override name = 'PagefindIndexError';
}

/**
 * One index for the whole site, so that one search box finds every episode whatever its
 * language (Pagefind would otherwise build one index per language and search only the
 * page's own). When languages mix, a CJK one wins: its segmentation is what Chinese needs,
 * while English words split on spaces all the same (they lose only stemming).
 */
export function indexLanguage(langs: readonly string[]): string {
	const primary = [...new Set(langs.map((lang) => lang.toLowerCase()))];
	if (primary.length === 1) return primary[0] ?? 'en';
	return primary.find((lang) => /^(?:zh|ja|ko)\b/u.test(lang)) ?? primary[0] ?? 'en';
}

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name === 'index.html')
		.map((entry) => join(entry.parentPath, entry.name));
}

/** `dist/onboard-26/train/index.html` → `/onboard-26/train/`. */
function pageUrl(site: string, file: string): string {
	const folder = relative(site, file).split(sep).slice(0, -1).join('/');
	return folder === '' ? '/' : `/${folder}/`;
}

async function collectRecords(site: string): Promise<AnswerRecord[]> {
	const records: AnswerRecord[] = [];
	for (const file of await htmlFiles(site)) {
		if (relative(site, file).startsWith(`pagefind${sep}`)) continue;
		records.push(...answerRecords(await readFile(file, 'utf8'), pageUrl(site, file)));
	}
	return conversationOrder(records);
}

export default function pagefindIntegration(options: Options = {}): AstroIntegration {
	return {
		name: 'pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const outputPath = join(site, 'pagefind');
				const started = performance.now();
				const records = await collectRecords(site);
				const read = performance.now();
				if (records.length === 0) logger.warn('No answers found to index: is there content in content/episodes/?');
				const language = indexLanguage(records.map((record) => record.lang));
				try {
					const created = await pagefind.createIndex({ forceLanguage: language, ...options.pagefind });
					failOnErrors('create the index', created.errors, logger);
					const { index } = created;
					if (!index) throw new PagefindIndexError('Pagefind returned no index and no error.');

					// Each call is a round trip to Pagefind's service process; sent together, it works
					// through them without waiting on us (measured: 16 s → see bench/README.md).
					const added = await Promise.all(
						records.map((record, position) =>
							index.addHTMLFile({ url: record.url, content: answerDocument(record, position) }),
						),
					);
					added.forEach((result, position) => {
						failOnErrors(`index the answer \`${records[position]?.url ?? ''}\``, result.errors, logger);
					});

					const written = await index.writeFiles({ outputPath });
					failOnErrors(`write the index to \`${outputPath}\``, written.errors, logger);

					const seconds = (from: number): string => ((performance.now() - from) / 1000).toFixed(1);
					logger.info(
						`Indexed ${records.length} answers (language: ${language}) in ${seconds(started)} s ` +
							`(reading pages ${((read - started) / 1000).toFixed(1)} s, Pagefind ${seconds(read)} s) → ${relative(process.cwd(), outputPath)}/`,
					);
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
