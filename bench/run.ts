/**
 * `npm run bench [-- --answers N --seed S --runs R --skip-search --peers]`: what each stage of
 * publishing an archive costs, for a generated archive of N Chinese answers (bench/synthetic.ts):
 * generating the transcripts, importing them with the real importer (one process,
 * `npm run import -- DIR`), the Astro build and, inside it, the Pagefind index; the search's
 * latency and bytes in headless Chromium (bench/search.ts); with `--peers`, the same archive
 * built by a minimal Starlight site (bench/starlight.ts) and its records indexed alone in
 * Chinese and in English (bench/index-records.ts); then a rebuild after one answer is edited.
 * Each stage runs as a child process and is measured for wall time, CPU time (user + system,
 * its child processes included) and peak resident memory (the process and all its
 * descendants, sampled every 50 ms from /proc). Prints one table and writes the same figures
 * as JSON to bench/results/<time>-<answers>.json (or --results DIR), so runs can be compared.
 * Timings vary from run to run; compare medians of several runs (`--runs`).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { englishRecords, recordWords } from './english.ts';
import { archiveRecords } from './index-records.ts';
import { measureSearch, searchQueries, type SearchResult } from './search.ts';
import { ensureStarlightInstall, installKey, starlightSiteFiles, type PeerVersions } from './starlight.ts';
import { syntheticTranscripts, vocabulary } from './synthetic.ts';

const root = resolve(import.meta.dirname, '..');

/** What one stage cost. */
export interface Stage {
	wallSeconds: number;
	/** User + system CPU time of the stage's processes. */
	cpuSeconds: number;
	/** Peak resident memory of the stage's processes together. */
	peakRssBytes: number;
}

/** Everything one bench run measured; `null` where a stage was not run (`--skip-build`). */
export interface BenchResult {
	date: string;
	machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string };
	options: { answers: number; seed: number; runs: number };
	archive: {
		episodes: number;
		questions: number;
		answers: number;
		transcriptBytes: number;
		/** Distinct Latin words and pairs of adjacent Han characters in the transcripts. */
		vocabulary: number;
	};
	stages: {
		generate: Stage;
		import: Stage;
		/** `astro build`, the index included (median of the runs). */
		build: Stage | null;
		/** The build less the index: wall and CPU time less the index's, memory of the build's Node processes. */
		astro: Stage | null;
		/** Pagefind inside the build: wall time as the build logs it; CPU and memory of Pagefind's own process. */
		index: Stage | null;
		/** A build after one answer was edited, with the first build's content cache. */
		rebuild: Stage | null;
	};
	/** The content loader's report of the rebuild: episodes rendered again and left as they were. */
	rebuildLoader: { rendered: number; unchanged: number; ms: number } | null;
	output: {
		/** Everything in dist/. */
		distBytes: number;
		/** dist/pagefind/. */
		indexBytes: number;
		/** One question page: its HTML and the stylesheets and scripts it links, each gzipped alone. */
		questionPageGzipBytes: number;
	} | null;
	/** Search latency and bytes in headless Chromium (bench/search.ts); `null` with `--skip-search` or `--skip-build`. */
	search: SearchResult | null;
	/** The same content built by a minimal Starlight site, and indexed in English; `null` without `--peers`. */
	peers: Peers | null;
}

/** What `--peers` measures. */
export interface Peers {
	versions: PeerVersions;
	/** The Starlight site's `astro build`, its Pagefind included. */
	starlight: Stage;
	/** Starlight's Pagefind: wall time while its process ran, its CPU time and peak memory. */
	starlightIndex: Stage;
	/** The archive's Chinese answer records indexed alone (bench/index-records.ts), measured as `index`. */
	indexChinese: Stage;
	/** Their English twins, same shape and words per record (bench/english.ts), measured alike. */
	indexEnglish: Stage;
	/** Words of each archive's records (word-like segments of Intl.Segmenter). */
	words: { chinese: number; english: number };
	ratios: {
		/** This project's build over Starlight's, wall time. */
		buildTime: number;
		buildMemory: number;
		/** Chinese index over English index. */
		indexTime: number;
		indexCpu: number;
		indexMemory: number;
	};
}

/** The fields a result has, for the smoke test. */
export const RESULT_FIELDS = [
	'date',
	'machine',
	'options',
	'archive',
	'stages',
	'rebuildLoader',
	'output',
	'search',
	'peers',
] as const satisfies readonly (keyof BenchResult)[];

interface ProcessSample {
	comm: string;
	/** utime + stime, in clock ticks. */
	ticks: number;
	rss: number;
}

const TICKS_PER_SECOND = 100;

function readStat(pid: number | 'self'): { comm: string; parent: number; fields: string[] } | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return { comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), parent: Number(fields[1]), fields };
	} catch {
		return undefined; // The process ended while we looked.
	}
}

/** CPU time of this process's children that have ended and been waited for, in seconds. */
function childrenCpuSeconds(): number {
	const fields = readStat('self')?.fields ?? [];
	return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}

/** A process and all its descendants, from /proc. */
function processTree(pid: number): Map<number, ProcessSample> {
	const children = new Map<number, number[]>();
	const stats = new Map<number, { comm: string; ticks: number }>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/u.test(entry)) continue;
		const stat = readStat(Number(entry));
		if (stat === undefined) continue;
		children.set(stat.parent, [...(children.get(stat.parent) ?? []), Number(entry)]);
		stats.set(Number(entry), { comm: stat.comm, ticks: Number(stat.fields[11]) + Number(stat.fields[12]) });
	}
	const tree = new Map<number, ProcessSample>();
	const queue = [pid];
	while (queue.length > 0) {
		const current = queue.pop() ?? 0;
		let rss = 0;
		try {
			rss = Number(/VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${current}/status`, 'utf8'))?.[1] ?? '0') * 1024;
		} catch {
			// Gone already.
		}
		const stat = stats.get(current);
		if (stat !== undefined) tree.set(current, { ...stat, rss });
		queue.push(...(children.get(current) ?? []));
	}
	return tree;
}

interface Measured {
	stage: Stage;
	log: string;
	/** Pagefind's process, when the stage started one: wall time from its first sighting to its last. */
	pagefind: { wallSeconds: number; cpuSeconds: number; peakRssBytes: number };
	/** Peak memory of the stage's processes other than Pagefind. */
	otherPeakRssBytes: number;
}

/** Runs a command as a child process and measures it. */
function measure(args: string[], env: NodeJS.ProcessEnv = process.env, cwd = root): Promise<Measured> {
	return new Promise((done, fail) => {
		const started = performance.now();
		const cpuBefore = childrenCpuSeconds();
		const child = spawn(process.execPath, args, { cwd, env });
		let log = '';
		let peakRss = 0;
		let otherPeakRss = 0;
		let pagefindPeakRss = 0;
		const pagefindTicks = new Map<number, number>();
		let pagefindFirstSeen = Number.NaN;
		let pagefindLastSeen = Number.NaN;
		child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
		const sample = (): void => {
			if (child.pid === undefined) return;
			let total = 0;
			let pagefind = 0;
			for (const [pid, process] of processTree(child.pid)) {
				total += process.rss;
				if (process.comm.startsWith('pagefind')) {
					pagefind += process.rss;
					pagefindTicks.set(pid, process.ticks);
				}
			}
			if (pagefind > 0) {
				const now = performance.now();
				if (Number.isNaN(pagefindFirstSeen)) pagefindFirstSeen = now;
				pagefindLastSeen = now;
			}
			peakRss = Math.max(peakRss, total);
			pagefindPeakRss = Math.max(pagefindPeakRss, pagefind);
			otherPeakRss = Math.max(otherPeakRss, total - pagefind);
		};
		const sampler = setInterval(sample, 50);
		sample();
		child.on('close', (code) => {
			clearInterval(sampler);
			if (code !== 0) {
				fail(new Error(`\`node ${args.join(' ')}\` failed (exit ${code}):\n${log}`));
				return;
			}
			const pagefindCpu = [...pagefindTicks.values()].reduce((sum, ticks) => sum + ticks, 0) / TICKS_PER_SECOND;
			done({
				stage: {
					wallSeconds: (performance.now() - started) / 1000,
					cpuSeconds: childrenCpuSeconds() - cpuBefore,
					peakRssBytes: peakRss,
				},
				log,
				pagefind: {
					wallSeconds: (pagefindLastSeen - pagefindFirstSeen) / 1000,
					cpuSeconds: pagefindCpu,
					peakRssBytes: pagefindPeakRss,
				},
				otherPeakRssBytes: otherPeakRss,
			});
		});
	});
}

interface Build {
	build: Stage;
	astro: Stage;
	index: Stage;
	loader: { rendered: number; unchanged: number; ms: number };
}

async function build(contentDir: string, outDir: string, cacheDir: string): Promise<Build> {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		CONTENT_DIR: contentDir,
		ASTRO_CACHE_DIR: cacheDir,
		ASTRO_TELEMETRY_DISABLED: '1',
	};
	delete env['BASE_URL'];
	const measured = await measure([join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], env);
	// src/integrations/pagefind.ts logs the index's time.
	const indexed = /Indexed \d+ answers .*? in ([\d.]+) s/u.exec(measured.log);
	const loaded = /(\d+) rendered, (\d+) unchanged \((\d+) ms\)/u.exec(measured.log);
	const indexSeconds = Number(indexed?.[1] ?? 'NaN');
	return {
		build: measured.stage,
		index: {
			wallSeconds: indexSeconds,
			cpuSeconds: measured.pagefind.cpuSeconds,
			peakRssBytes: measured.pagefind.peakRssBytes,
		},
		astro: {
			wallSeconds: measured.stage.wallSeconds - indexSeconds,
			cpuSeconds: measured.stage.cpuSeconds - measured.pagefind.cpuSeconds,
			peakRssBytes: measured.otherPeakRssBytes,
		},
		loader: {
			rendered: Number(loaded?.[1] ?? 'NaN'),
			unchanged: Number(loaded?.[2] ?? 'NaN'),
			ms: Number(loaded?.[3] ?? 'NaN'),
		},
	};
}

/** Indexes the archive's records alone, Chinese or (with a seed) their English twins, measured as the build's index stage. */
async function indexAlone(contentDir: string, out: string, englishSeed?: number): Promise<Stage> {
	const measured = await measure([
		join(root, 'bench/index-records.ts'),
		'--content',
		contentDir,
		'--out',
		out,
		...(englishSeed === undefined ? [] : ['--english', String(englishSeed)]),
	]);
	const indexed = /Indexed \d+ answers .*? in ([\d.]+) s/u.exec(measured.log);
	return {
		wallSeconds: Number(indexed?.[1] ?? 'NaN'),
		cpuSeconds: measured.pagefind.cpuSeconds,
		peakRssBytes: measured.pagefind.peakRssBytes,
	};
}

/** The versions the Starlight peer is pinned to: Starlight 0.42.4 with this project's Astro, Pagefind and Markdown processor. */
function peerVersions(): PeerVersions {
	const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
		dependencies: Record<string, string>;
	};
	return {
		starlight: '0.42.4',
		astro: manifest.dependencies['astro'] ?? '',
		pagefind: manifest.dependencies['pagefind'] ?? '',
		markdownRemark: manifest.dependencies['@astrojs/markdown-remark'] ?? '',
	};
}

/** Builds the same archive as a minimal Starlight site (installed once under tmp/bench-peers/), from an empty cache. */
async function buildStarlight(
	answers: number,
	seed: number,
	versions: PeerVersions,
): Promise<{ build: Stage; index: Stage }> {
	const folder = join(root, 'tmp/bench-peers', installKey(versions));
	ensureStarlightInstall(folder, versions);
	for (const part of ['src', 'dist', '.astro', 'node_modules/.astro'])
		rmSync(join(folder, part), { recursive: true, force: true });
	for (const file of starlightSiteFiles(syntheticTranscripts({ answers, seed }))) {
		mkdirSync(dirname(join(folder, file.path)), { recursive: true });
		writeFileSync(join(folder, file.path), file.content);
	}
	// The peer builds with none of this project's settings (base path, content folder, cache).
	const env = Object.fromEntries(
		Object.entries(process.env).filter(
			([name]) => !['BASE_URL', 'BASE_PATH', 'SITE_URL', 'CONTENT_DIR', 'ASTRO_CACHE_DIR'].includes(name),
		),
	);
	env['ASTRO_TELEMETRY_DISABLED'] = '1';
	const measured = await measure([join(folder, 'node_modules/astro/bin/astro.mjs'), 'build'], env, folder);
	return {
		build: measured.stage,
		index: {
			wallSeconds: measured.pagefind.wallSeconds,
			cpuSeconds: measured.pagefind.cpuSeconds,
			peakRssBytes: measured.pagefind.peakRssBytes,
		},
	};
}

async function measurePeers(
	contentDir: string,
	work: string,
	options: BenchResult['options'],
	build: Stage,
): Promise<Peers> {
	const versions = peerVersions();
	const indexChinese = await indexAlone(contentDir, join(work, 'index-zh'));
	const indexEnglish = await indexAlone(contentDir, join(work, 'index-en'), options.seed);
	const chinese = archiveRecords(contentDir);
	const starlight = await buildStarlight(options.answers, options.seed, versions);
	return {
		versions,
		starlight: starlight.build,
		starlightIndex: starlight.index,
		indexChinese,
		indexEnglish,
		words: { chinese: recordWords(chinese), english: recordWords(englishRecords(chinese, options.seed)) },
		ratios: {
			buildTime: build.wallSeconds / starlight.build.wallSeconds,
			buildMemory: build.peakRssBytes / starlight.build.peakRssBytes,
			indexTime: indexChinese.wallSeconds / indexEnglish.wallSeconds,
			indexCpu: indexChinese.cpuSeconds / indexEnglish.cpuSeconds,
			indexMemory: indexChinese.peakRssBytes / indexEnglish.peakRssBytes,
		},
	};
}

function folderBytes(path: string): number {
	let total = 0;
	for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
	}
	return total;
}

/** A page's HTML and the stylesheets and scripts it links, each gzipped alone (as tests/e2e/reading.test.ts counts them, less what scripts import). */
function pageGzipBytes(dist: string, page: string): number {
	const html = readFileSync(join(dist, page));
	const linked = [
		...html
			.toString()
			.matchAll(/<(?:link[^>]+rel="(?:stylesheet|modulepreload)"|script)[^>]+(?:href|src)="([^"]+\.(?:css|js))"/gu),
	]
		.map((match) => match[1] ?? '')
		.filter((url) => url.startsWith('/'));
	return [html, ...[...new Set(linked)].map((url) => readFileSync(join(dist, url)))].reduce(
		(sum, body) => sum + gzipSync(body).length,
		0,
	);
}

const median = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? Number.NaN;

const medianStage = (stages: Stage[]): Stage => ({
	wallSeconds: median(stages.map((stage) => stage.wallSeconds)),
	cpuSeconds: median(stages.map((stage) => stage.cpuSeconds)),
	peakRssBytes: Math.max(...stages.map((stage) => stage.peakRssBytes)),
});

function tableRows(result: BenchResult): string[] {
	const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
	const rows: string[][] = [['stage', 'wall', 'CPU', 'peak RSS']];
	const { peers } = result;
	const stages: [string, Stage | null][] = [
		...Object.entries(result.stages),
		...(peers === null
			? []
			: ([
					['index zh alone', peers.indexChinese],
					['index en alone', peers.indexEnglish],
					['starlight', peers.starlight],
					['its pagefind', peers.starlightIndex],
				] satisfies [string, Stage][])),
	];
	for (const [name, stage] of stages) {
		if (stage !== null)
			rows.push([
				name,
				`${stage.wallSeconds.toFixed(1)} s`,
				`${stage.cpuSeconds.toFixed(1)} s`,
				mb(stage.peakRssBytes),
			]);
	}
	const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
	const lines = rows.map((row) =>
		row
			.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
			.join('  '),
	);
	const { archive, output, rebuildLoader } = result;
	lines.unshift(
		`archive: ${archive.episodes} episodes, ${archive.questions} questions, ${archive.answers} answers, ` +
			`${mb(archive.transcriptBytes)} of transcripts, vocabulary ${archive.vocabulary} (seed ${result.options.seed})`,
		'',
	);
	if (rebuildLoader !== null)
		lines.push(`rebuild: ${rebuildLoader.rendered} episode(s) rendered again, ${rebuildLoader.unchanged} unchanged`);
	if (output !== null)
		lines.push(
			`output: dist ${mb(output.distBytes)}, index ${mb(output.indexBytes)}, ` +
				`a question page ${output.questionPageGzipBytes} B gzip (HTML + CSS + JS)`,
		);
	const { search } = result;
	const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
	const ms = (value: number): string => `${value.toFixed(0)} ms`;
	if (search === null) lines.push('search in Chromium: not measured (--skip-search or --skip-build)');
	else
		lines.push(
			`search, cold (fresh context opens /search/?q=…, median of ${search.cold.length}): ${ms(search.coldMedianMs)} to results, ` +
				`${kb(search.coldMedianGzipBytes)} gzip (${search.cold.map((run) => `${run.query}: ${ms(run.ms)}, Pagefind part ${ms(run.pagefindMs)}, ${kb(run.gzipBytes)} of which Pagefind ${kb(run.pagefindGzipBytes)}`).join('; ')})`,
			`search, warm (${search.warm.length} queries submitted one after another): median ${ms(search.warmMedianMs)}, p95 ${ms(search.warmP95Ms)}, ` +
				`${kb(search.warm.reduce((sum, run) => sum + run.gzipBytes, 0))} gzip fetched in all; ` +
				`the query found nowhere in the archive found ${search.warm.find((run) => run.kind === 'none')?.hits ?? 0} answers`,
		);
	if (peers !== null) {
		const times = (ratio: number): string => `${ratio.toFixed(2)}×`;
		lines.push(
			`peers: Starlight ${peers.versions.starlight} on Astro ${peers.versions.astro}, Pagefind ${peers.versions.pagefind}; ` +
				`words in the records: Chinese ${peers.words.chinese}, English ${peers.words.english}`,
			`ratios: build / Starlight build ${times(peers.ratios.buildTime)} time, ${times(peers.ratios.buildMemory)} peak memory; ` +
				`Chinese / English index ${times(peers.ratios.indexTime)} time, ${times(peers.ratios.indexCpu)} CPU, ${times(peers.ratios.indexMemory)} memory`,
		);
	}
	return lines;
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			answers: { type: 'string' },
			// The earlier options: N episodes of M questions, two answers each.
			episodes: { type: 'string' },
			questions: { type: 'string' },
			seed: { type: 'string', default: '26' },
			runs: { type: 'string', default: '1' },
			results: { type: 'string', default: join(root, 'bench/results') },
			'skip-build': { type: 'boolean', default: false },
			'skip-search': { type: 'boolean', default: false },
			peers: { type: 'boolean', default: false },
		},
	});
	const answers =
		values.answers !== undefined
			? Number(values.answers)
			: values.episodes !== undefined || values.questions !== undefined
				? Number(values.episodes ?? '20') * Number(values.questions ?? '25') * 2
				: 1000;
	const seed = Number(values.seed);
	const runs = Number(values.runs);
	if (!Number.isInteger(answers) || answers < 1 || !Number.isInteger(seed) || !Number.isInteger(runs) || runs < 1)
		throw new Error('--answers, --seed and --runs take whole numbers, --answers and --runs at least 1.');

	const work = mkdtempSync(join(tmpdir(), 'bench-'));
	try {
		const transcripts = join(work, 'transcripts');
		const contentDir = join(work, 'content');
		const generate = await measure([
			join(root, 'bench/generate.ts'),
			'--answers',
			String(answers),
			'--seed',
			String(seed),
			'--out',
			transcripts,
		]);
		const imported = await measure([join(root, 'src/importer/cli.ts'), transcripts, '--out', contentDir]);
		const texts = readdirSync(transcripts).map((name) => readFileSync(join(transcripts, name), 'utf8'));
		const episodesDir = join(contentDir, 'episodes');
		const episodes = readdirSync(episodesDir).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
		const questionFiles = episodes.flatMap((episode) =>
			readdirSync(join(episodesDir, episode))
				.filter((name) => /^\d+-.+\.md$/u.test(name))
				.map((name) => join(episodesDir, episode, name)),
		);

		let builds: Build[] = [];
		let rebuild: Build | undefined;
		let output: BenchResult['output'] = null;
		let search: SearchResult | null = null;
		let peers: Peers | null = null;
		if (!values['skip-build']) {
			for (let run = 0; run < runs; run += 1) {
				builds.push(await build(contentDir, join(work, `dist-${run}`), join(work, `cache-${run}`)));
			}
			const dist = join(work, 'dist-0');
			const firstQuestion = readdirSync(join(dist, episodes[0] ?? ''), { withFileTypes: true }).find((entry) =>
				entry.isDirectory(),
			);
			output = {
				distBytes: folderBytes(dist),
				indexBytes: folderBytes(join(dist, 'pagefind')),
				questionPageGzipBytes: pageGzipBytes(dist, join(episodes[0] ?? '', firstQuestion?.name ?? '', 'index.html')),
			};
			if (!values['skip-search']) {
				const paragraphs = texts.flatMap((text) => text.split('\n')).filter((line) => line.trim() !== '');
				search = await measureSearch(dist, searchQueries(paragraphs, seed));
			}
			if (values.peers)
				peers = await measurePeers(
					contentDir,
					work,
					{ answers, seed, runs },
					medianStage(builds.map((run) => run.build)),
				);
			// One answer edited, then built again with the first run's content cache: only its
			// episode should be read and rendered again.
			const edited = questionFiles[0] ?? '';
			writeFileSync(edited, readFileSync(edited, 'utf8').replace(/\n:::\n/u, '\n\n（编者注：已校对。）\n:::\n'));
			rebuild = await build(contentDir, join(work, 'dist-rebuild'), join(work, 'cache-0'));
		} else {
			builds = [];
		}

		const result: BenchResult = {
			date: new Date().toISOString(),
			machine: {
				cpus: cpus().length,
				cpuModel: cpus()[0]?.model ?? 'unknown',
				memoryBytes: totalmem(),
				node: process.version,
			},
			options: { answers, seed, runs },
			archive: {
				episodes: episodes.length,
				questions: questionFiles.length,
				answers: questionFiles.reduce(
					(sum, file) => sum + (readFileSync(file, 'utf8').match(/^:::answer/gmu)?.length ?? 0),
					0,
				),
				transcriptBytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
				vocabulary: vocabulary(texts).size,
			},
			stages: {
				generate: generate.stage,
				import: imported.stage,
				build: builds.length > 0 ? medianStage(builds.map((run) => run.build)) : null,
				astro: builds.length > 0 ? medianStage(builds.map((run) => run.astro)) : null,
				index: builds.length > 0 ? medianStage(builds.map((run) => run.index)) : null,
				rebuild: rebuild?.build ?? null,
			},
			rebuildLoader: rebuild?.loader ?? null,
			output,
			search,
			peers,
		};
		mkdirSync(values.results, { recursive: true });
		const file = join(values.results, `${result.date.replace(/[:.]/gu, '-')}-${answers}.json`);
		writeFileSync(file, `${JSON.stringify(result, null, '\t')}\n`);
		for (const line of tableRows(result)) console.log(line);
		console.log(`\nwritten to ${file}`);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

if (import.meta.main) await main();
