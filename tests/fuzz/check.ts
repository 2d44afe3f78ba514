/**
 * The properties every importer input must have, checked on one case the way the CLI imports
 * it (decode, read captions by content, plan). Returns what went wrong, or undefined:
 *
 * - it imports, or refuses with one of the importer's named errors (`ImportError`) — not a
 *   TypeError, a RangeError, or `NothingLostCheckFailed`/`InvalidContentWritten`, whose
 *   messages themselves call them importer bugs;
 * - nothing is lost: the importer's own check runs inside `planImport` and refuses on a lost
 *   line or word; on generated cases this also checks, independently of every parser, that each
 *   word the case was made from is in the Markdown written;
 * - the same input twice gives byte-identical files (or the same refusal);
 * - importing again over its own output (the re-import path, which reads the earlier
 *   episode back) keeps every question id and answer anchor, and writes the same files.
 *
 * The time bound is the caller's: `runner.ts` runs this in a worker it can terminate.
 */
import { readCaptions } from '../../src/importer/captions/index.ts';
import { decodeTranscript } from '../../src/importer/decode.ts';
import { ImportError, type ImportErrorCode } from '../../src/importer/errors.ts';
import { parsePreviousEpisode, type PreviousEpisode } from '../../src/importer/existing.ts';
import { planImport, type ImportPlan, type PlanOptions } from '../../src/importer/plan.ts';
import { isContentFile, readEpisode } from '../../src/model/read-episode.ts';
import type { FuzzCase } from './shapes.ts';

/** Codes whose messages say "this is a bug in the importer": never a fine answer to odd input. */
const BUG_CODES: ReadonlySet<ImportErrorCode> = new Set(['NothingLostCheckFailed', 'InvalidContentWritten']);

type Attempt = { plan: ImportPlan } | { refusal: ImportError };

async function importCase(input: FuzzCase, previous?: PreviousEpisode): Promise<Attempt> {
	try {
		const { text } = decodeTranscript(input.bytes, input.file);
		const captions = await readCaptions(text, input.file);
		const options: PlanOptions = {
			...(input.options as Omit<PlanOptions, 'file'>),
			file: input.file,
			...(captions ? { captions } : {}),
			...(previous ? { previous } : {}),
		};
		return { plan: planImport(input.bytes, options) };
	} catch (error) {
		if (error instanceof ImportError && !BUG_CODES.has(error.code)) return { refusal: error };
		throw error;
	}
}

const describeError = (error: unknown): string =>
	error instanceof Error
		? `${error.name}${error instanceof ImportError ? ` ${error.code}` : ''}: ${error.message}\n${error.stack ?? ''}`
		: String(error);

const ids = (plan: ImportPlan): string[] =>
	plan.report.questions.flatMap((question) => [question.id, ...question.answers.map((answer) => answer.anchor)]);

function firstDifference(a: ImportPlan, b: ImportPlan): string | undefined {
	const paths = [...new Set([...a.files, ...b.files].map((file) => file.path))];
	for (const path of paths) {
		const left = a.files.find((file) => file.path === path)?.content;
		const right = b.files.find((file) => file.path === path)?.content;
		if (left !== right) return path;
	}
	return undefined;
}

/** NFC, so a word typed with a combining accent and the same word precomposed are one word. */
const normal = (text: string): string => text.normalize('NFC');

/** What a case came to: imported or refused, and what broke, if anything did. */
export interface CaseResult {
	imported: boolean;
	failure?: string;
}

export async function checkCase(input: FuzzCase): Promise<CaseResult> {
	const fail = (failure: string): CaseResult => ({ imported: false, failure });
	let first: Attempt;
	let second: Attempt;
	try {
		first = await importCase(input);
		second = await importCase(input);
	} catch (error) {
		return fail(`crashed instead of refusing with a named ImportError: ${describeError(error)}`);
	}
	if ('refusal' in first) {
		if (!('refusal' in second) || second.refusal.format() !== first.refusal.format()) {
			return fail(`refused once (${first.refusal.format()}) and then answered differently`);
		}
		return { imported: false };
	}
	if (!('plan' in second)) return fail(`imported once, then refused: ${second.refusal.format()}`);
	const changed = firstDifference(first.plan, second.plan);
	if (changed !== undefined) return fail(`the same input imported twice gave different \`${changed}\``);

	// The text a reader gets, as the site's content model reads the files (Markdown escapes undone).
	const episode = readEpisode(
		`episodes/${first.plan.report.episode.slug}`,
		first.plan.files
			.filter((file) => isContentFile(file.path))
			.map((file) => ({ name: file.path, content: file.content })),
	);
	const read = normal(
		[
			...episode.speakers.map((speaker) => speaker.name),
			...episode.descriptionParagraphs,
			...episode.questions.flatMap((question) => [
				question.question,
				...question.answers.flatMap((answer) => answer.paragraphs),
			]),
		].join('\n'),
	);
	const missing = input.words.filter((word) => !read.includes(normal(word)));
	if (missing.length > 0) {
		return fail(`words of the transcript are missing from the content written: ${missing.slice(0, 10).join(' | ')}`);
	}

	const slug = first.plan.report.episode.slug;
	let again: Attempt;
	try {
		again = await importCase(input, parsePreviousEpisode(first.plan.files, `episodes/${slug}`));
	} catch (error) {
		return fail(`re-importing over its own output crashed: ${describeError(error)}`);
	}
	if ('refusal' in again) return fail(`re-importing over its own output was refused: ${again.refusal.format()}`);
	if (ids(again.plan).join(' ') !== ids(first.plan).join(' ')) {
		return fail(
			`re-importing over its own output changed ids: ${ids(first.plan).join(' ')} became ${ids(again.plan).join(' ')}`,
		);
	}
	const rewritten = firstDifference(first.plan, again.plan);
	if (rewritten !== undefined) return fail(`re-importing over its own output rewrote \`${rewritten}\``);
	return { imported: true };
}
