/**
 * Podcasting 2.0 JSON chapters (version 1.2, `<podcast:chapters type="application/json+chapters">`)
 * read into where each chapter starts and its title, for splitting a transcript into
 * questions. Pure: text in, data out; a file that is not chapters is an `ImportError`
 * (`InvalidChapters`) naming the chapter and the field.
 */
import { ImportError } from '../errors.ts';

export interface Chapter {
	/** Seconds from the start of the episode. */
	start: number;
	title: string;
}

function invalid(message: string, file: string): ImportError {
	return new ImportError('InvalidChapters', `${message} Nothing was written.`, { file });
}

const shown = (value: unknown): string => {
	const json = JSON.stringify(value);
	return json.length > 40 ? `${json.slice(0, 37)}…` : json;
};

/**
 * The chapters of a JSON chapters file, in order of their start. Chapters marked
 * `"toc": false` (pictures that change mid-chapter, not sections) and chapters without a
 * title are left out: neither can title a question.
 */
export function readChapters(source: string, file: string): Chapter[] {
	let data: unknown;
	try {
		data = JSON.parse(source.replace(/^\uFEFF/u, ''));
	} catch (error) {
		throw invalid(
			`The chapters file is not JSON (${error instanceof Error ? error.message : String(error)}). Podcasting 2.0 chapters are a JSON object with a \`chapters\` list.`,
			file,
		);
	}
	const list = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['chapters'] : undefined;
	if (!Array.isArray(list)) {
		throw invalid(
			'The chapters file has no `chapters` list. Podcasting 2.0 chapters look like `{"version": "1.2.0", "chapters": [{"startTime": 0, "title": "Intro"}]}`.',
			file,
		);
	}
	const chapters: Chapter[] = [];
	for (const [index, entry] of (list as unknown[]).entries()) {
		if (typeof entry !== 'object' || entry === null) {
			throw invalid(
				`Chapter ${index + 1} is \`${shown(entry)}\`, not an object with \`startTime\` and \`title\`.`,
				file,
			);
		}
		const chapter = entry as Record<string, unknown>;
		const start = chapter['startTime'];
		if (typeof start !== 'number' || !Number.isFinite(start) || start < 0) {
			throw invalid(
				`Chapter ${index + 1} has the \`startTime\` \`${shown(start)}\`; it must be a number of seconds, 0 or more (e.g. \`754.2\`).`,
				file,
			);
		}
		const title = chapter['title'];
		if (title !== undefined && typeof title !== 'string') {
			throw invalid(`Chapter ${index + 1} has the \`title\` \`${shown(title)}\`; it must be text.`, file);
		}
		if (chapter['toc'] === false || title === undefined || title.trim() === '') continue;
		chapters.push({ start, title: title.trim() });
	}
	return chapters.sort((a, b) => a.start - b.start);
}
