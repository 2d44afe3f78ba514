/**
 * Mutations of real transcripts: the Onboard! EP26 article in sources/, the Podcasting 2.0
 * corpus and every importer fixture, cut, sprinkled with bytes, relabelled, stretched into
 * huge lines or deep brackets, re-encoded and given every kind of line ending.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { FuzzCase } from './shapes.ts';

const repo = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export interface RealInput {
	name: string;
	file: string;
	bytes: Uint8Array;
	options: Record<string, unknown>;
}

/** EP26, the corpus files and the fixtures' inputs, with the options each fixture is imported with. */
export function realInputs(): RealInput[] {
	const inputs: RealInput[] = [
		{
			name: 'sources/onboard-26.txt',
			file: 'onboard-26.txt',
			bytes: readFileSync(repo('sources/onboard-26.txt')),
			options: {},
		},
	];
	const corpus = repo('tests/fixtures/corpus/transcriptator/');
	for (const name of readdirSync(corpus)
		.filter((entry) => /\.(?:vtt|srt|json|html)$/u.test(entry))
		.sort()) {
		inputs.push({ name: `corpus/${name}`, file: name, bytes: readFileSync(`${corpus}${name}`), options: {} });
	}
	const fixtures = repo('tests/fixtures/importer/');
	for (const folder of readdirSync(fixtures).sort()) {
		const input = readdirSync(`${fixtures}${folder}`).find((entry) => entry.startsWith('input.'));
		if (input === undefined) continue;
		const optionsFile = `${fixtures}${folder}/options.json`;
		const options = existsSync(optionsFile)
			? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Record<string, unknown>)
			: {};
		const { file = input, ...rest } = options;
		inputs.push({
			name: `fixtures/${folder}/${input}`,
			file: typeof file === 'string' ? file : input,
			bytes: readFileSync(`${fixtures}${folder}/${input}`),
			options: rest,
		});
	}
	return inputs;
}

export type Mutation =
	| { kind: 'truncate'; at: number }
	| { kind: 'insert-bytes'; at: number; bytes: number[] }
	| { kind: 'swap-labels'; seed: number }
	| { kind: 'remove-label'; seed: number }
	| { kind: 'huge-line'; at: number; size: number; unit: string }
	| { kind: 'deep-brackets'; at: number; depth: number; open: string; close: string }
	| { kind: 'encoding'; to: 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030-splice' }
	| { kind: 'line-endings'; endings: string[] };

/** A fraction in [0, 1), so a mutation applies to inputs of any length. */
const position = fc.integer({ min: 0, max: 1_000_000 }).map((value) => value / 1_000_001);

/**
 * How large mutations get: `npm test` keeps to lines of 100,000 characters and brackets 10,000
 * deep, so its few hundred cases stay quick; `npm run fuzz` adds 1 MB lines and 100,000 levels.
 */
export type MutationScale = 'test' | 'fuzz';

export const mutation = (scale: MutationScale): fc.Arbitrary<Mutation> =>
	fc.oneof(
		{ arbitrary: position.map((at) => ({ kind: 'truncate' as const, at })), weight: 3 },
		{
			arbitrary: fc.record({
				kind: fc.constant('insert-bytes' as const),
				at: position,
				bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
			}),
			weight: 3,
		},
		{ arbitrary: fc.nat().map((seed) => ({ kind: 'swap-labels' as const, seed })), weight: 2 },
		{ arbitrary: fc.nat().map((seed) => ({ kind: 'remove-label' as const, seed })), weight: 2 },
		{
			arbitrary: fc.record({
				kind: fc.constant('huge-line' as const),
				at: position,
				size: scale === 'fuzz' ? fc.constantFrom(10_000, 100_000, 1_000_000) : fc.constantFrom(10_000, 100_000),
				unit: fc.constantFrom('a', '字', 'ab ', '问题：', '<v A>', '-->', '\u00a0'),
			}),
			weight: 1,
		},
		{
			arbitrary: fc
				.tuple(
					position,
					scale === 'fuzz' ? fc.constantFrom(100, 10_000, 100_000) : fc.constantFrom(100, 10_000),
					fc.constantFrom(['(', ')'], ['[', ']'], ['{', '}'], ['<', '>'], ['（', '）'], ['**', '**'], ['<b>', '</b>']),
				)
				.map(([at, depth, [open = '(', close = ')']]) => ({ kind: 'deep-brackets' as const, at, depth, open, close })),
			weight: 2,
		},
		{
			arbitrary: fc
				.constantFrom('utf-8-bom' as const, 'utf-16le' as const, 'utf-16be' as const, 'gb18030-splice' as const)
				.map((to) => ({ kind: 'encoding' as const, to })),
			weight: 2,
		},
		{
			arbitrary: fc
				.array(fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u2029', '\n\r'), { minLength: 1, maxLength: 4 })
				.map((endings) => ({ kind: 'line-endings' as const, endings })),
			weight: 2,
		},
	);

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Text as the file is, for mutations that work on lines: strict decoding is the importer's job, not this one's. */
function textOf(bytes: Uint8Array): string {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('gb18030').decode(bytes);
	}
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
	const out = new Uint8Array(2 + text.length * 2);
	const view = new DataView(out.buffer);
	view.setUint16(0, 0xfeff, littleEndian);
	for (let index = 0; index < text.length; index += 1)
		view.setUint16(2 + index * 2, text.charCodeAt(index), littleEndian);
	return out;
}

// `编码测试：中文` in GB18030, spliced into a UTF-8 file: a file mixing two encodings.
const GB18030_BYTES = [0xb1, 0xe0, 0xc2, 0xeb, 0xb2, 0xe2, 0xca, 0xd4, 0xa3, 0xba, 0xd6, 0xd0, 0xce, 0xc4];

const LABEL = /^(\s*(?:\[|<v\s+)?)([^:：\]\n>]{1,32})([:：\]>])/u;

function splice(bytes: Uint8Array, at: number, inserted: Uint8Array): Uint8Array {
	const index = Math.floor(at * (bytes.length + 1));
	const out = new Uint8Array(bytes.length + inserted.length);
	out.set(bytes.subarray(0, index));
	out.set(inserted, index);
	out.set(bytes.subarray(index), index + inserted.length);
	return out;
}

/** A seeded pick, so a mutation's effect is a function of its parameters alone. */
const pick = <T>(items: readonly T[], seed: number, salt = 0): T | undefined =>
	items[(seed * 2_654_435_761 + salt * 40_503) % Math.max(items.length, 1)];

export function applyMutation(bytes: Uint8Array, change: Mutation): Uint8Array {
	switch (change.kind) {
		case 'truncate':
			return bytes.slice(0, Math.floor(change.at * (bytes.length + 1)));
		case 'insert-bytes':
			return splice(bytes, change.at, Uint8Array.from(change.bytes));
		case 'swap-labels':
		case 'remove-label': {
			const lines = textOf(bytes).split('\n');
			const labelled = lines.flatMap((line, index) => (LABEL.test(line) ? [index] : []));
			const first = pick(labelled, change.seed);
			if (first === undefined) return bytes;
			if (change.kind === 'remove-label') {
				lines[first] = (lines[first] ?? '').replace(LABEL, '$1');
				return encode(lines.join('\n'));
			}
			const second = pick(labelled, change.seed, 1) ?? first;
			const labelOf = (index: number): string => LABEL.exec(lines[index] ?? '')?.[2] ?? '';
			const [a, b] = [labelOf(first), labelOf(second)];
			lines[first] = (lines[first] ?? '').replace(
				LABEL,
				(_, before: string, __, mark: string) => `${before}${b}${mark}`,
			);
			lines[second] = (lines[second] ?? '').replace(
				LABEL,
				(_, before: string, __, mark: string) => `${before}${a}${mark}`,
			);
			return encode(lines.join('\n'));
		}
		case 'huge-line':
			return splice(bytes, change.at, encode(change.unit.repeat(Math.ceil(change.size / change.unit.length))));
		case 'deep-brackets':
			return splice(
				bytes,
				change.at,
				encode(`${change.open.repeat(change.depth)}x${change.close.repeat(change.depth)}`),
			);
		case 'encoding': {
			const text = textOf(bytes).replace(/^\uFEFF/u, '');
			if (change.to === 'utf-8-bom') return Uint8Array.from([0xef, 0xbb, 0xbf, ...encode(text)]);
			if (change.to === 'utf-16le') return utf16(text, true);
			if (change.to === 'utf-16be') return utf16(text, false);
			return splice(encode(text), 0.5, Uint8Array.from(GB18030_BYTES));
		}
		case 'line-endings': {
			const lines = textOf(bytes).split(/\r\n|\r|\n/u);
			return encode(lines.map((line, index) => `${line}${pick(change.endings, index) ?? '\n'}`).join(''));
		}
	}
}

/** A mutation as JSON, with invisible and non-ASCII characters escaped so they can be read and copied. */
export const describeMutation = (change: Mutation): string =>
	JSON.stringify(change).replace(
		/[^\x20-\x7e]/gu,
		(character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
	);

/** A real input with one to three mutations applied in turn. */
export function mutatedInput(inputs: readonly RealInput[], scale: MutationScale): fc.Arbitrary<FuzzCase> {
	return fc
		.tuple(fc.integer({ min: 0, max: inputs.length - 1 }), fc.array(mutation(scale), { minLength: 1, maxLength: 3 }))
		.map(([index, changes]) => {
			const input = inputs[index] ?? inputs[0];
			if (input === undefined) throw new Error('no real inputs to mutate');
			const bytes = changes.reduce(applyMutation, input.bytes);
			return {
				shape: 'mutation',
				file: input.file,
				bytes,
				words: [],
				origin: `${input.name} with ${changes.map(describeMutation).join(', then ')}`,
				options: input.options,
			};
		});
}
