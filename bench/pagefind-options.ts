/**
 * `node bench/pagefind-options.ts --content DIR --variant V --out DIR`: indexes the answers
 * of an imported archive (e.g. one `npm run bench` generated, or `bench/generate.ts` and the
 * importer) with Pagefind in one of several ways, to compare what each costs: wall time, CPU
 * time and peak memory of Pagefind's service processes (sampled from /proc every 50 ms), and
 * what a search downloads. The records are made as the build makes them (src/search/), less the smart
 * quotes the site's typography adds, which do not change the cost.
 *
 * Variants: `together` (every record sent at once: what src/integrations/pagefind.ts does),
 * `batched:N` (N records at a time, each batch awaited), `custom` (addCustomRecord: the same
 * text, metadata and filters without HTML), `shards:K` (K indexes of whole episodes, one after
 * another, each written as its own bundle by a fresh Pagefind process).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { episodeFolderNames, readEpisodeFiles } from '../src/model/read-content.ts';
import { readEpisode } from '../src/model/read-episode.ts';
import { answerDocument } from '../src/search/answer-document.ts';
import { answerRecords, type AnswerRecord } from '../src/search/records.ts';

export class IndexVariantError extends Error {
	override name = 'IndexVariantError';
}

function fail(step: string, errors: string[]): void {
	if (errors.length > 0) throw new IndexVariantError(`Pagefind could not ${step}: ${errors.join('; ')}`);
}

async function newIndex(): Promise<PagefindIndex> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
	fail('create an index', errors);
	if (!index) throw new IndexVariantError('Pagefind returned no index and no error.');
	return index;
}

function customRecord(record: AnswerRecord, position: number): pagefind.CustomRecord {
	return {
		url: record.url,
		language: record.lang,
		content: [...record.paragraphs, record.question, record.speaker].join('\n'),
		meta: {
			title: record.question,
			speaker: record.speaker,
			episode: record.episode,
			...(record.show === undefined ? {} : { show: record.show }),
			...(record.role === undefined ? {} : { role: record.role }),
		},
		filters: {
			speaker: [record.speaker],
			episode: [record.episode],
			...(record.show === undefined ? {} : { show: [record.show] }),
		},
		sort: { position: String(position).padStart(6, '0') },
	};
}

async function addAll(
	index: PagefindIndex,
	records: readonly AnswerRecord[],
	batch: number,
	offset = 0,
): Promise<void> {
	for (let start = 0; start < records.length; start += batch) {
		const added = await Promise.all(
			records
				.slice(start, start + batch)
				.map((record, at) =>
					index.addHTMLFile({ url: record.url, content: answerDocument(record, offset + start + at) }),
				),
		);
		for (const result of added) fail('add a record', result.errors);
	}
}

/** Records in groups of whole episodes, about `count` groups of equal size. */
function shardsOf(records: readonly AnswerRecord[], count: number): AnswerRecord[][] {
	const size = Math.ceil(records.length / count);
	const shards: AnswerRecord[][] = [[]];
	for (const record of records) {
		const current = shards.at(-1) ?? [];
		const previous = current.at(-1);
		if (current.length >= size && previous !== undefined && previous.episodeId !== record.episodeId) {
			shards.push([record]);
		} else current.push(record);
	}
	return shards;
}

function bytesUnder(path: string, test: (name: string) => boolean = () => true): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
		if (entry.isFile() && test(join(entry.parentPath, entry.name))) {
			bytes += statSync(join(entry.parentPath, entry.name)).size;
			files += 1;
		}
	}
	return { bytes, files };
}

/** Peak resident memory and CPU time of this process's children (Pagefind's services), from /proc. */
function sampleChildren(): { stop: () => { peakRssBytes: number; cpuSeconds: number } } {
	const ticks = new Map<number, number>();
	let peak = 0;
	const sample = (): void => {
		let rss = 0;
		for (const entry of readdirSync('/proc')) {
			if (!/^\d+$/u.test(entry)) continue;
			try {
				const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
				const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
				if (Number(fields[1]) !== process.pid) continue;
				ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
				rss += Number(fields[21]) * 4096;
			} catch {
				// The process ended while we looked.
			}
		}
		peak = Math.max(peak, rss);
	};
	const timer = setInterval(sample, 50);
	return {
		stop() {
			clearInterval(timer);
			return { peakRssBytes: peak, cpuSeconds: [...ticks.values()].reduce((sum, t) => sum + t, 0) / 100 };
		},
	};
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: { content: { type: 'string' }, variant: { type: 'string', default: 'together' }, out: { type: 'string' } },
	});
	if (values.content === undefined || values.out === undefined) {
		throw new IndexVariantError('Give --content (an imported archive) and --out (where to write the index).');
	}
	const episodesDir = resolve(values.content, 'episodes');
	const episodes = episodeFolderNames(episodesDir).map((slug) =>
		readEpisode(join(episodesDir, slug), readEpisodeFiles(join(episodesDir, slug))),
	);
	const records = answerRecords(episodes);
	const out = resolve(values.out);
	const started = performance.now();
	const sampler = sampleChildren();
	const [kind, parameter] = values.variant.split(':');
	if (kind === 'shards') {
		let offset = 0;
		for (const [number, shard] of shardsOf(records, Number(parameter)).entries()) {
			const index = await newIndex();
			await addAll(index, shard, shard.length, offset);
			offset += shard.length;
			fail('write the index', (await index.writeFiles({ outputPath: join(out, `shard-${number}`) })).errors);
			// A fresh service per shard: its memory is returned before the next one starts.
			await pagefind.close();
		}
	} else {
		const index = await newIndex();
		if (kind === 'custom') {
			const added = await Promise.all(records.map((record, at) => index.addCustomRecord(customRecord(record, at))));
			for (const result of added) fail('add a record', result.errors);
		} else {
			await addAll(index, records, kind === 'batched' ? Number(parameter) : records.length);
		}
		fail('write the index', (await index.writeFiles({ outputPath: out })).errors);
		await pagefind.close();
	}
	const seconds = (performance.now() - started) / 1000;
	const pagefindCost = sampler.stop();
	const all = bytesUnder(out);
	const meta = bytesUnder(out, (name) => name.endsWith('.pf_meta'));
	const chunks = bytesUnder(out, (name) => name.endsWith('.pf_index'));
	const shards = Math.max(1, meta.files);
	// What one two-word search downloads besides the script and the WebAssembly: each bundle's
	// metadata, and about one index chunk per word per bundle (fragments come after, per result).
	const searchBytes = meta.bytes + 2 * shards * (chunks.bytes / Math.max(1, chunks.files));
	console.log(
		JSON.stringify({
			variant: values.variant,
			records: records.length,
			seconds: Number(seconds.toFixed(1)),
			pagefindCpuSeconds: pagefindCost.cpuSeconds,
			pagefindPeakMB: Math.round(pagefindCost.peakRssBytes / 2 ** 20),
			bundles: shards,
			indexBytes: all.bytes,
			metaBytes: meta.bytes,
			chunks: chunks.files,
			searchBytes: Math.round(searchBytes),
		}),
	);
}

if (import.meta.main) await main();
