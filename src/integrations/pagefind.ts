/**
 * Builds the search index after Astro has written the site, through Pagefind's Node API
 * rather than its CLI, so that errors reach Astro's logger and fail `astro build`.
 *
 * Pagefind does not crawl the pages. Each answer becomes its own record
 * (src/search/records.ts, made from the content model and written into the build by
 * src/pages/pagefind-records.json.ts; src/search/answer-document.ts): a result is an answer,
 * with its own excerpt, its own speaker/episode/show filters and counts, and a URL that opens
 * the question page at that answer. How Chinese is split on both sides is in docs/search.md.
 */
import { readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';
import { answerDocument } from '../search/answer-document.ts';
import { parseRecords, RECORDS_FILE, type AnswerRecord } from '../search/records.ts';

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

/** The records the build wrote, removed from the site once read: they are the indexer's input, not a page. */
async function takeRecords(site: string): Promise<AnswerRecord[]> {
	const file = join(site, RECORDS_FILE);
	let json: string;
	try {
		json = await readFile(file, 'utf8');
	} catch {
		throw new PagefindIndexError(
			`The build wrote no \`${RECORDS_FILE}\` for the search index. It comes from src/pages/pagefind-records.json.ts; restore that page and build again.`,
		);
	}
	await rm(file);
	return parseRecords(json);
}

/** Called with a step and Pagefind's errors for it; throws when there are any. */
export type ErrorCheck = (step: string, errors: string[]) => void;

const throwOnErrors: ErrorCheck = (step, errors) => {
	if (errors.length > 0) throw new PagefindIndexError(`Pagefind could not ${step}: ${errors.join('; ')}`);
};

/**
 * Indexes `records`, one answer each, and writes the Pagefind bundle to `outputPath`: the
 * build's indexing step, also run on its own by the planted-needle test
 * (tests/e2e/search-precision.test.ts), which needs the index and not the pages. Leaves
 * Pagefind's service running; the caller closes it (`pagefind.close()`).
 */
export async function writeAnswerIndex(
	records: readonly AnswerRecord[],
	outputPath: string,
	config: PagefindServiceConfig = {},
	check: ErrorCheck = throwOnErrors,
): Promise<{ language: string }> {
	const language = indexLanguage(records.map((record) => record.lang));
	const created = await pagefind.createIndex({ forceLanguage: language, ...config });
	check('create the index', created.errors);
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
		check(`index the answer \`${records[position]?.url ?? ''}\``, result.errors);
	});

	const written = await index.writeFiles({ outputPath });
	check(`write the index to \`${outputPath}\``, written.errors);
	return { language };
}

export default function pagefindIntegration(options: Options = {}): AstroIntegration {
	return {
		name: 'pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const outputPath = join(site, 'pagefind');
				const started = performance.now();
				const records = await takeRecords(site);
				const read = performance.now();
				if (records.length === 0) logger.warn('No answers found to index: is there content in content/episodes/?');
				try {
					const { language } = await writeAnswerIndex(records, outputPath, options.pagefind, (step, errors) => {
						failOnErrors(step, errors, logger);
					});
					const seconds = (from: number): string => ((performance.now() - from) / 1000).toFixed(1);
					logger.info(
						`Indexed ${records.length} answers (language: ${language}) in ${seconds(started)} s ` +
							`(reading records ${((read - started) / 1000).toFixed(1)} s, Pagefind ${seconds(read)} s) → ${relative(process.cwd(), outputPath)}/`,
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
