import { imagePlaceholderReason, isBreadcrumb, isProse } from './chrome.ts';
import type { DroppedLine, MetadataSource, SourceLine } from './transcript.ts';

export interface HeaderOverrides {
	title?: string;
	date?: string;
	author?: string;
	sourceUrl?: string;
}

export interface Header {
	title?: string;
	date?: string;
	author?: string;
	sourceUrl?: string;
	description: SourceLine[];
	sources: MetadataSource[];
	dropped: DroppedLine[];
}

const DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/u;
const AUTHOR_MARKER = /^(?:作者头像|作者|author|written by)$/iu;
const AUTHOR_INLINE = /^(?:作者|文|by|written by)\s*[:：]?\s+(\S.{0,40})$/iu;
const SOURCE_URL = /^(?:原文链接|原文地址|来源|source|original|url)\s*[:：]\s*(https?:\/\/\S+)$/iu;

/** Formats a matched date as `YYYY-MM-DD`, or undefined when it is not a calendar date. */
export function isoDate(text: string): string | undefined {
	const match = DATE.exec(text);
	if (!match) return undefined;
	const [year, month, day] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	return date.toISOString().slice(0, 10);
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// Words English titles leave in lower case unless they come first.
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/**
 * A title for a transcript whose text has none, from its file name: `the-changelog-612.txt`
 * → `The Changelog 612`. People name files the way they would name the episode, only with
 * hyphens or underscores for spaces, so those become spaces and lower-case words get
 * capitals. Chinese, Japanese and Korean names are kept as they are (minus the extension):
 * there is no case to restore, and a hyphen there may be part of the title.
 */
export function titleFromFileName(file: string): string {
	const name = file.split(/[\\/]/u).at(-1) ?? file;
	const stem = name.replace(/\.[A-Za-z0-9]{1,5}$/u, '').trim();
	if (CJK.test(stem)) return stem;
	const words = stem.split(/[\s_-]+/u).filter((word) => word !== '');
	// A name of only separators or only an extension still has to become some title.
	if (words.length === 0) return name;
	return words
		.map((word, index) =>
			/^\p{Ll}+$/u.test(word) && (index === 0 || !MINOR_WORDS.has(word))
				? `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`
				: word,
		)
		.join(' ');
}

const HEADING = /^(#{1,6})\s+(.+?)(?:\s+#+)?$/u;
/** `## Transcript` → 2: the level of a Markdown heading line. */
const headingLevel = (text: string): number | undefined => HEADING.exec(text)?.[1]?.length;
const headingText = (text: string): string | undefined => HEADING.exec(text)?.[2];

const EPISODE_TITLE = /\b(?:episode|ep\.?)\s*\d+|#\d+|第\s*[\d一二三四五六七八九十百]+\s*期|【[^】]+】/iu;

/**
 * The article title usually appears twice in a scraped page: at the end of the breadcrumb
 * trail and on its own as the heading, so the line a breadcrumb ends with is the title.
 * Failing that, the first short line that names an episode (`Episode 12: …`, `第3期`, `【播客】…`).
 */
function findTitleLine(lines: SourceLine[]): SourceLine | undefined {
	const breadcrumbs = lines.filter((line) => isBreadcrumb(line.text));
	const candidates = lines.filter(
		(line) => !isBreadcrumb(line.text) && [...line.text].length >= 4 && [...line.text].length <= 120,
	);
	return (
		candidates.find((line) => breadcrumbs.some((crumb) => crumb.text.endsWith(line.text))) ??
		candidates.find((line) => EPISODE_TITLE.test(line.text))
	);
}

/**
 * Reads what stands before the first question: title, date, author, source URL and the
 * intro paragraphs. Every line ends up either as a metadata source, in the description, or
 * dropped with a reason.
 */
export function readHeader(lines: SourceLine[], overrides: HeaderOverrides): Header {
	const header: Header = { description: [], sources: [], dropped: [] };
	const used = new Map<string, number>();
	const titleLine =
		overrides.title === undefined
			? (findTitleLine(lines) ?? lines.find((line) => headingLevel(line.text) === 1))
			: lines.find((line) => line.text === overrides.title || headingText(line.text) === overrides.title);
	if (overrides.title !== undefined) header.title = overrides.title;
	if (overrides.date !== undefined) header.date = overrides.date;
	if (overrides.author !== undefined) header.author = overrides.author;
	if (overrides.sourceUrl !== undefined) header.sourceUrl = overrides.sourceUrl;

	const take = (line: SourceLine, field: 'title' | 'date' | 'author' | 'sourceUrl', value: string): void => {
		header[field] = value;
		header.sources.push({ line: line.line, text: line.text, field, value });
		used.set(line.text, line.line);
	};
	const drop = (line: SourceLine, reason: string): void => {
		header.dropped.push({ line: line.line, text: line.text, reason });
	};

	lines.forEach((line, index) => {
		const previous = lines[index - 1];
		const image = imagePlaceholderReason(line.text);
		const date = isoDate(line.text);
		const sourceUrl = SOURCE_URL.exec(line.text)?.[1];
		const inlineAuthor = AUTHOR_INLINE.exec(line.text)?.[1];
		const firstUse = used.get(line.text);

		if (line === titleLine) take(line, 'title', overrides.title ?? headingText(line.text) ?? line.text);
		else if (image) drop(line, image);
		else if (headingLevel(line.text) !== undefined) drop(line, 'Markdown heading');
		else if (firstUse !== undefined) drop(line, `repeats line ${firstUse}`);
		else if (isBreadcrumb(line.text)) drop(line, 'breadcrumb navigation');
		else if (header.date === undefined && date !== undefined && [...line.text].length <= 40) take(line, 'date', date);
		else if (header.sourceUrl === undefined && sourceUrl !== undefined) take(line, 'sourceUrl', sourceUrl);
		else if (header.author === undefined && inlineAuthor !== undefined) take(line, 'author', inlineAuthor.trim());
		else if (
			header.author === undefined &&
			previous &&
			AUTHOR_MARKER.test(previous.text) &&
			[...line.text].length <= 40
		) {
			take(line, 'author', line.text);
		} else if (isProse(line.text)) header.description.push(line);
		else drop(line, 'page chrome before the transcript');
	});
	return header;
}
