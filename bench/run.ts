/**
 * `npm run bench [-- --episodes N --questions M]`: how long the site takes to build and
 * index, and how much memory it needs, for a synthetic site of a given size; how long a
 * rebuild takes after one answer is edited (the content cache kept, as on a developer's
 * machine or a CI cache); and how long the importer takes for the EP26 transcript. Prints
 * one table; timings vary from run to run, so compare medians of several runs (`--runs`).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { planImport } from '../src/importer/plan.ts';
import { syntheticSite } from './synthetic.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
	options: {
		episodes: { type: 'string', default: '20' },
		questions: { type: 'string', default: '25' },
		runs: { type: 'string', default: '1' },
	},
});
const episodes = Number(values.episodes);
const questions = Number(values.questions);
const runs = Number(values.runs);

/** Resident memory of a process and all its descendants, in bytes, from /proc. */
function treeRss(pid: number): number {
	const children = new Map<number, number[]>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/u.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
		} catch {
			// The process ended while we looked.
		}
	}
	let total = 0;
	const queue = [pid];
	while (queue.length > 0) {
		const current = queue.pop() ?? 0;
		try {
			const status = readFileSync(`/proc/${current}/status`, 'utf8');
			total += Number(/VmRSS:\s+(\d+)/u.exec(status)?.[1] ?? '0') * 1024;
		} catch {
			// Gone already.
		}
		queue.push(...(children.get(current) ?? []));
	}
	return total;
}

interface BuildResult {
	seconds: number;
	/** The loader's own report: episodes rendered and left as they were, and its time. */
	loaded: { rendered: number; unchanged: number; ms: number };
	indexSeconds: number;
	readSeconds: number;
	pagefindSeconds: number;
	peakRss: number;
	log: string;
}

function build(contentDir: string, outDir: string, cacheDir: string): Promise<BuildResult> {
	return new Promise((done, fail) => {
		const started = performance.now();
		const env: NodeJS.ProcessEnv = {
			...process.env,
			CONTENT_DIR: contentDir,
			ASTRO_CACHE_DIR: cacheDir,
			ASTRO_TELEMETRY_DISABLED: '1',
		};
		delete env['BASE_URL'];
		const child = spawn(
			process.execPath,
			[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
			{
				cwd: root,
				env,
			},
		);
		let log = '';
		let peakRss = 0;
		child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
		const sampler = setInterval(() => {
			if (child.pid !== undefined) peakRss = Math.max(peakRss, treeRss(child.pid));
		}, 50);
		child.on('close', (code) => {
			clearInterval(sampler);
			if (code !== 0) {
				fail(new Error(`The build failed (exit ${code}):\n${log}`));
				return;
			}
			const timing = /Indexed \d+ answers .*? in ([\d.]+) s \(reading records ([\d.]+) s, Pagefind ([\d.]+) s\)/u.exec(
				log,
			);
			const loaded = /(\d+) rendered, (\d+) unchanged \((\d+) ms\)/u.exec(log);
			done({
				seconds: (performance.now() - started) / 1000,
				loaded: {
					rendered: Number(loaded?.[1] ?? 'NaN'),
					unchanged: Number(loaded?.[2] ?? 'NaN'),
					ms: Number(loaded?.[3] ?? 'NaN'),
				},
				indexSeconds: Number(timing?.[1] ?? 'NaN'),
				readSeconds: Number(timing?.[2] ?? 'NaN'),
				pagefindSeconds: Number(timing?.[3] ?? 'NaN'),
				peakRss,
				log,
			});
		});
	});
}

/** The preview cards kept in a build cache (src/cards/cache.ts): one PNG per card drawn into it. */
function keptCards(cacheDir: string): Set<string> {
	try {
		return new Set(readdirSync(join(cacheDir, 'cards')).filter((name) => name.endsWith('.png')));
	} catch {
		return new Set();
	}
}

const median = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? Number.NaN;

const work = mkdtempSync(join(tmpdir(), 'bench-'));
try {
	const contentDir = join(work, 'content');
	for (const file of syntheticSite({ episodes, questionsPerEpisode: questions, answerLength: 600, seed: 26 })) {
		mkdirSync(dirname(join(contentDir, file.path)), { recursive: true });
		writeFileSync(join(contentDir, file.path), file.content);
	}
	const results: BuildResult[] = [];
	for (let run = 0; run < runs; run += 1) {
		const outDir = join(work, `dist-${run}`);
		results.push(await build(contentDir, outDir, join(work, `cache-${run}`)));
	}
	// One answer edited, then built again with the first run's content cache: only its
	// episode should be read and rendered again.
	const edited = join(
		contentDir,
		'episodes',
		'bench-1',
		readdirSync(join(contentDir, 'episodes', 'bench-1')).sort()[1] ?? '',
	);
	writeFileSync(edited, readFileSync(edited, 'utf8').replace(/\n:::\n/u, '\n\n（编者注：已校对。）\n:::\n'));
	const cardsBefore = keptCards(join(work, 'cache-0'));
	const rebuild = await build(contentDir, join(work, 'dist-rebuild'), join(work, 'cache-0'));
	// The edit changed an answer's text, which no card shows: every card should come from the cache.
	const cardsRedrawn = [...keptCards(join(work, 'cache-0'))].filter((name) => !cardsBefore.has(name)).length;
	const sample = join(work, 'dist-0', 'bench-1', 'q1', 'index.html');
	const seed = readFileSync(join(root, 'sources/onboard-26.txt'));
	const importTimes = Array.from({ length: 5 }, () => {
		const started = performance.now();
		planImport(seed, { file: 'onboard-26.txt', cjkPunctuation: true });
		return performance.now() - started;
	});

	const pages = episodes * (questions + 1);
	const rows: [string, string][] = [
		['site', `${episodes} episodes × ${questions} questions = ${pages} pages, ${episodes * questions * 2} answers`],
		['build (wall, median)', `${median(results.map((result) => result.seconds)).toFixed(1)} s`],
		['  of which indexing', `${median(results.map((result) => result.indexSeconds)).toFixed(1)} s`],
		['    reading records', `${median(results.map((result) => result.readSeconds)).toFixed(1)} s`],
		['    Pagefind', `${median(results.map((result) => result.pagefindSeconds)).toFixed(1)} s`],
		['  per page', `${((median(results.map((result) => result.seconds)) * 1000) / pages).toFixed(1)} ms`],
		[
			'  loading content (cold)',
			`${median(results.map((result) => result.loaded.ms)).toFixed(0)} ms, ${results[0]?.loaded.rendered ?? 0} episodes rendered`,
		],
		['  preview cards drawn (cold)', `${cardsBefore.size} of ${episodes * questions}`],
		['rebuild after a one-answer edit', `${rebuild.seconds.toFixed(1)} s`],
		[
			'  loading content',
			`${rebuild.loaded.ms} ms, ${rebuild.loaded.rendered} episode rendered, ${rebuild.loaded.unchanged} unchanged`,
		],
		['  preview cards drawn', `${cardsRedrawn} of ${episodes * questions}`],
		[
			'peak memory (build + Pagefind)',
			`${(Math.max(...results.map((result) => result.peakRss)) / 2 ** 20).toFixed(0)} MB`,
		],
		['question page HTML (gzip)', `${(gzipSync(readFileSync(sample)).length / 1024).toFixed(1)} KB`],
		['import EP26 (median of 5)', `${median(importTimes).toFixed(0)} ms`],
	];
	const width = Math.max(...rows.map(([name]) => name.length));
	for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
} finally {
	rmSync(work, { recursive: true, force: true });
}
