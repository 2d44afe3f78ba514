/**
 * Inputs the fuzzer (tests/fuzz/, `npm run fuzz`) found that broke the importer, kept as
 * ordinary tests once fixed. Each names the seed and path that found it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCaptions } from '../../../src/importer/captions/index.ts';
import { ImportError } from '../../../src/importer/errors.ts';
import { endsSentence } from '../../../src/importer/captions/text.ts';
import { normalizeTimings, parseTimingLine } from '../../../src/importer/captions/timing.ts';
import { toLines } from '../../../src/importer/decode.ts';
import { parsePreviousEpisode } from '../../../src/importer/existing.ts';
import { planImport } from '../../../src/importer/plan.ts';

const FRONT_MATTER_REV = fileURLToPath(new URL('../../fixtures/importer/front-matter-rev/', import.meta.url));
const BUZZCAST_HTML = fileURLToPath(new URL('../../fixtures/corpus/transcriptator/buzzcast.html', import.meta.url));

/** Milliseconds `run` takes. */
function timed(run: () => unknown): number {
	const started = performance.now();
	run();
	return performance.now() - started;
}

/** buzzcast.html with `inserted` put into a paragraph three quarters of the way through. */
function buzzcastWith(inserted: string): string {
	const html = readFileSync(BUZZCAST_HTML, 'utf8');
	const at = html.indexOf('</p>', Math.floor(html.length * 0.75));
	return `${html.slice(0, at)}${inserted}${html.slice(at)}`;
}

// The bounds are generous (a linear pass over these texts takes milliseconds, even on a loaded
// machine); before the fixes these took minutes.
describe('inputs the fuzzer found', () => {
	it('splits a line holding 50,000 no-break spaces into lines in linear time (seed 2, path 21)', () => {
		const line = `a${'\u00a0'.repeat(50_000)}b`;
		let lines: ReturnType<typeof toLines> = [];
		expect(timed(() => (lines = toLines(`${line}\n`)))).toBeLessThan(2000);
		expect(lines[0]?.text).toBe(line);
	});

	it('tells whether a text with a 50,000-character word ends a sentence in linear time (seed 2, path 21)', () => {
		// A long word that is not the last one: a backtracking `(\S+)\.$` retries it from every start.
		const text = `${'a'.repeat(50_000)} end.`;
		let ends = false;
		expect(timed(() => (ends = endsSentence(text)))).toBeLessThan(2000);
		expect(ends).toBe(true);
		expect(endsSentence('as said by Mr.')).toBe(false);
		expect(endsSentence('Mr.')).toBe(false);
		expect(endsSentence('Prof.')).toBe(false);
		expect(endsSentence('professor.')).toBe(true);
		expect(endsSentence('e.g.')).toBe(false);
		expect(endsSentence('etc..')).toBe(true);
	});

	it('imports an HTML transcript with a 50,000-character word and 50,000 no-break spaces in a paragraph, keeping them', async () => {
		const text = buzzcastWith(` ${'a'.repeat(50_000)} and ${'\u00a0'.repeat(50_000)} more.`);
		const captions = await readCaptions(text, 'buzzcast.html');
		let answers = '';
		const took = timed(() => {
			const plan = planImport(new TextEncoder().encode(text), {
				file: 'buzzcast.html',
				...(captions ? { captions } : {}),
			});
			answers = plan.files.map((file) => file.content).join('\n');
		});
		expect(took).toBeLessThan(30_000);
		expect(answers).toContain(`${'a'.repeat(50_000)} and`);
	});

	it('writes the same import report when an unchanged transcript is imported again over its own output (seed 20260229, path 39)', () => {
		// `Lenny` is merged into `Lenny Rachitsky` by the first-name rule; the first import writes
		// the alias into the registry, and the re-import used to report it as the registry's.
		const bytes = readFileSync(`${FRONT_MATTER_REV}input.txt`);
		const options = {
			file: 'input.txt',
			...(JSON.parse(readFileSync(`${FRONT_MATTER_REV}options.json`, 'utf8')) as object),
		};
		const first = planImport(bytes, options);
		expect(first.report.mergedSpeakers).toContainEqual({ label: 'Lenny', into: 'Lenny Rachitsky', why: 'first-name' });
		const again = planImport(bytes, {
			...options,
			previous: parsePreviousEpisode(first.files, `episodes/${first.report.episode.slug}`),
		});
		expect(again.files).toEqual(first.files);
	});

	it.each([
		[
			'WebVTT',
			'x.vtt',
			3,
			'WEBVTT\n\n00:00:00.000 --> 00:00:03.200\n<v 欢迎收听本期节目。今天我们聊聊\n大模型的训练。\n',
		],
		['SRT', 'x.srt', 1, '1\n00:00:00,000 --> 00:00:03,200\nIt is 3 < 5, and the rest of this line went missing.\n'],
	])(
		'refuses a %s cue with a tag never closed, naming its line, instead of crashing or losing its words (seed 20260229, path 129)',
		async (_, file, line, text) => {
			const error: unknown = await readCaptions(text, file).catch((caught: unknown) => caught);
			expect(error).toBeInstanceOf(ImportError);
			expect(error).toMatchObject({
				code: 'InvalidCaptionFile',
				location: { file, line },
				message: expect.stringContaining('never closed') as unknown,
			});
		},
	);

	it('refuses a caption file whose only cue has no words with EmptyTranscript (seed 99, path 321)', async () => {
		// YouTube's captions cut short after the first timing line.
		const text = 'WEBVTT\nKind: captions\nLanguage: zh-Hans\n\n00:00:00.400 --> 00:00:03.110 align:start position:0%\n';
		const captions = await readCaptions(text, 'input.zh-Hans.vtt');
		expect(() =>
			planImport(new TextEncoder().encode(text), { file: 'input.zh-Hans.vtt', ...(captions ? { captions } : {}) }),
		).toThrow(expect.objectContaining({ code: 'EmptyTranscript' }));
	});

	it.each([
		['WebVTT', 'deep.vtt', `WEBVTT\n\n00:00:00.000 --> 00:00:03.200\n${'<v A>'.repeat(100_000)}Hello there.\n`],
		['SRT', 'deep.srt', `1\n00:00:00,000 --> 00:00:03,200\n${'<b>'.repeat(100_000)}Hello there.\n`],
		['HTML', 'deep.html', `<html><body><p>${'<b>'.repeat(100_000)}Hello there.</p></body></html>\n`],
	])(
		'refuses %s with 100,000 tags opened and never closed with InvalidCaptionFile, not a stack overflow (seed 123, path 39)',
		async (_, file, text) => {
			const error: unknown = await readCaptions(text, file).catch((caught: unknown) => caught);
			expect(error).toBeInstanceOf(ImportError);
			expect(error).toMatchObject({
				code: 'InvalidCaptionFile',
				message: expect.stringContaining('too deeply') as unknown,
			});
		},
	);

	it.each([
		['Otter', 'Sam Okafor  0:24\nDo you still sell kits?\n\nPriya Shah  0:27\n', 'Priya Shah  0:27'],
		['Rev', 'Maya Patel (00:00:12):\nWhat is on-call like?\n\nTom Ruiz (00:00:16):\n', 'Tom Ruiz (00:00:16):'],
		['Zoom', '[Grace Hopper] 14:00:14\nWhich bugs are hard?\n\n[Ken Lee] 14:00:19\n', '[Ken Lee] 14:00:19'],
	])(
		'imports a %s transcript cut short after a speaker label, listing the label as dropped (seed 125, path 451)',
		(tool, ending, label) => {
			const opening: Record<string, string> = {
				Otter: 'Sam Okafor  0:00\nWelcome. How did you start?\n\nPriya Shah  0:07\nWith a broken radio.\n\n',
				Rev: 'Maya Patel (00:00:00):\nWelcome back. How did you start?\n\nTom Ruiz (00:00:09):\nBy counting pages.\n\n',
				Zoom: '[Grace Hopper] 14:00:03\nWelcome. How did you start?\n\n[Ken Lee] 14:00:11\nWith a compiler.\n\n',
			};
			const plan = planImport(new TextEncoder().encode(`${opening[tool] ?? ''}${ending}`), { file: 'cut-short.txt' });
			expect(plan.report.dropped).toContainEqual(expect.objectContaining({ text: label }));
			expect(plan.report.questions.flatMap((question) => question.answers)).toHaveLength(1);
		},
	);

	it('reads a timing line with 50,000 characters and a U+2028 after it in linear time (seed 128, path 561)', () => {
		// `.` stops at U+2028, so `(\S+)(.*)$` backtracked through the whole run before it.
		const line = `00:00:01.000 --> 00:00:03.000${'>'.repeat(50_000)}\u2028x`;
		let normalized = '';
		expect(timed(() => (normalized = normalizeTimings(line)))).toBeLessThan(2000);
		expect(normalized).toBe(line);
		expect(parseTimingLine('00:00:01.000 --> 00:00:03.000 align:start\u2028x')).toEqual({ start: 1, end: 3 });
		expect(normalizeTimings('00:01:02,500 --> 00:01:03,000 align:start')).toBe(
			'00:01:02.500 --> 00:01:03.000 align:start',
		);
	});
});
