/**
 * `node bench/index-records.ts --content DIR [--english SEED] --out DIR`: indexes an imported
 * archive's answer records with this project's Pagefind integration (the same hook that runs
 * at the end of `astro build`, src/integrations/pagefind.ts, fed the same records file), with
 * no Astro build around it. With `--english SEED` it indexes the English twin of each record
 * (bench/english.ts) instead. A process of its own so that the bench measures the Chinese and
 * the English index alike: wall, CPU and peak memory, Pagefind's service included.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { AstroIntegration } from 'astro';
import pagefindIntegration from '../src/integrations/pagefind.ts';
import { episodeFolderNames, readEpisodeFiles } from '../src/model/read-content.ts';
import { readEpisode } from '../src/model/read-episode.ts';
import { answerRecords, RECORDS_FILE, type AnswerRecord } from '../src/search/records.ts';
import { englishRecords } from './english.ts';

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

/** The records the site's build would write for the archive under `contentDir`, from the content model. */
export function archiveRecords(contentDir: string): AnswerRecord[] {
	const episodes = join(contentDir, 'episodes');
	return answerRecords(
		episodeFolderNames(episodes).map((name) =>
			readEpisode(join(episodes, name), readEpisodeFiles(join(episodes, name))),
		),
	);
}

const log = (label: string) => (message: string) => {
	console.log(`[${label}] ${message}`);
};

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: { content: { type: 'string' }, english: { type: 'string' }, out: { type: 'string' } },
	});
	if (values.content === undefined || values.out === undefined)
		throw new Error('Say which archive to index and where: --content DIR --out DIR.');
	const chinese = archiveRecords(resolve(values.content));
	const records = values.english === undefined ? chinese : englishRecords(chinese, Number(values.english));
	const out = resolve(values.out);
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, RECORDS_FILE), JSON.stringify(records));
	const hook = pagefindIntegration().hooks['astro:build:done'];
	if (hook === undefined) throw new Error('src/integrations/pagefind.ts has no astro:build:done hook any more.');
	const logger = { info: log('info'), warn: log('warn'), error: log('error'), debug: () => undefined };
	// Only `dir` and `logger` are read by the hook; the rest of Astro's build context is not needed.
	await hook({ dir: pathToFileURL(`${out}/`), logger } as unknown as Parameters<BuildDone>[0]);
}

if (import.meta.main) await main();
