/**
 * `npm run import -- --feed FEED`: every item of a podcast's RSS feed that has a
 * `<podcast:transcript>` becomes an episode, with its title, date, audio, chapters and the
 * show's name from the feed. Transcripts are fetched from their URLs, or read from a local
 * folder (`--transcripts DIR`); a re-run imports only new or changed episodes (batch.ts).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { nameSlug } from '../../model/slug.ts';
import { decodeTranscript } from '../decode.ts';
import { ImportError } from '../errors.ts';
import { runBatch, type BatchEntry, type BatchOptions, type BatchResult, type LoadedTranscript } from './batch.ts';
import {
	DEFAULT_MAX_BYTES,
	fetchBytes,
	folderSource,
	urlFileName,
	webSource,
	type FetchOptions,
	type FileSource,
} from './fetch.ts';
import { readChapters } from './read-chapters.ts';
import { chooseTranscript, readFeed, type Feed, type FeedItem } from './read-feed.ts';

export interface FeedImportOptions extends BatchOptions {
	/** The feed: an http(s) URL, or a path relative to `cwd`. */
	feed: string;
	/** A folder to read transcripts and chapters from, by their URLs' file names, instead of fetching them. */
	transcripts?: string;
	/** Timeout, size limit and `fetch` for the feed and its files. */
	fetch?: FetchOptions;
	/** The show's name, instead of the feed's title (`--show`). */
	show?: string;
	/** The language, instead of the feed's `<language>` (`--lang`). */
	lang?: string;
}

const isWebUrl = (value: string): boolean => /^https?:\/\//iu.test(value);

/** The feed's bytes, from the web or from a file. */
async function readFeedBytes(feed: string, cwd: string, options: FetchOptions): Promise<Uint8Array> {
	if (isWebUrl(feed)) return fetchBytes(feed, options, 'feed');
	try {
		return await readFile(resolve(cwd, feed));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new ImportError(
			code === 'ENOENT' ? 'FileNotFound' : 'FileUnreadable',
			code === 'ENOENT'
				? 'The feed file does not exist. Nothing was written. Pass the feed’s URL (http:// or https://) or the path of a downloaded feed.'
				: `The feed file could not be read (${code === 'EISDIR' ? 'it is a folder; to import a folder of transcripts, leave out --feed' : (error as Error).message}). Nothing was written.`,
			{ file: feed },
		);
	}
}

/** A URL from the feed, made absolute against the feed's own URL when it is relative. */
function absolute(url: string, feed: string): string {
	if (!isWebUrl(feed)) return url;
	try {
		return new URL(url, feed).href;
	} catch {
		return url;
	}
}

const EXTENSIONS: Readonly<Record<string, string>> = {
	'text/vtt': 'vtt',
	'application/json': 'json',
	'application/x-subrip': 'srt',
	'application/srt': 'srt',
	'text/srt': 'srt',
	'text/html': 'html',
	'text/plain': 'txt',
};

async function loadItem(item: FeedItem, url: string, type: string, source: FileSource): Promise<LoadedTranscript> {
	const bytes = await source.read(url);
	const fileName = urlFileName(url) ?? `transcript.${EXTENSIONS[type] ?? 'txt'}`;
	if (item.chapters === undefined) return { bytes, fileName, notes: [] };
	// Chapters help split the transcript, but an episode is worth importing without them.
	try {
		const chaptersUrl = item.chapters.url;
		const chaptersBytes = await source.read(chaptersUrl);
		const chapters = readChapters(decodeTranscript(chaptersBytes, chaptersUrl).text, source.describe(chaptersUrl));
		return { bytes, fileName, chapters, notes: [] };
	} catch (error) {
		if (!(error instanceof ImportError)) throw error;
		// The episode itself is written, so the parser's "Nothing was written." does not apply.
		const reason = error.format().replace(/\s*Nothing was written\./u, '');
		return { bytes, fileName, notes: [`chapters not read: ${reason}`] };
	}
}

/** The entries of a feed, in feed order: its items, and those it skips, where they are. */
export function feedEntries(feed: Feed, options: { feed: string; source: FileSource }): BatchEntry[] {
	const where = (line: number): string => `${options.feed}:${line}`;
	const seen = new Map<string, number>();
	const skip = (item: { line: number; title: string }, reason: string) => ({
		line: item.line,
		entry: { kind: 'skipped', title: item.title, where: where(item.line), reason } satisfies BatchEntry,
	});
	const entries: { line: number; entry: BatchEntry }[] = feed.skipped.map((skipped) => skip(skipped, skipped.reason));
	for (const item of feed.items) {
		const first = seen.get(item.guid);
		if (first !== undefined) {
			entries.push(skip(item, `the same guid \`${item.guid}\` as the item at line ${first}; guids must be unique`));
			continue;
		}
		seen.set(item.guid, item.line);
		const transcript = chooseTranscript(item, feed.lang);
		if (transcript === undefined) {
			const types = [...new Set(item.transcripts.map((entry) => `\`${entry.type || '(no type)'}\``))].join(', ');
			entries.push(
				skip(
					item,
					`no transcript in a format the importer reads (the item has ${types}; it reads WebVTT, Podcasting 2.0 JSON, SRT, HTML and plain text)`,
				),
			);
			continue;
		}
		const url = absolute(transcript.url, options.feed);
		const resolved: FeedItem =
			item.chapters === undefined
				? item
				: { ...item, chapters: { ...item.chapters, url: absolute(item.chapters.url, options.feed) } };
		entries.push({
			line: item.line,
			entry: {
				kind: 'episode',
				key: item.guid,
				slug: { key: item.guid, title: item.title, ...(item.episode === undefined ? {} : { episode: item.episode }) },
				where: where(item.line),
				metadata: {
					title: item.title,
					titleFrom: 'feed',
					show: feed.show,
					...(item.date === undefined ? {} : { date: item.date }),
					...(item.audio === undefined ? {} : { audio: absolute(item.audio, options.feed) }),
					...(feed.lang === undefined ? {} : { lang: feed.lang }),
					...(item.link === undefined ? {} : { sourceUrl: absolute(item.link, options.feed) }),
				},
				load: () => loadItem(resolved, url, transcript.type, options.source),
			},
		});
	}
	return entries.sort((a, b) => a.line - b.line).map(({ entry }) => entry);
}

/**
 * Imports every episode of a feed that has a transcript. Throws an `ImportError` when the
 * feed itself cannot be read (nothing is written then); an episode that fails is reported
 * in its progress line and the summary, and the result's `exitCode` is 1.
 */
export async function importFeed(options: FeedImportOptions): Promise<BatchResult> {
	const cwd = options.cwd ?? process.cwd();
	const fetchOptions: FetchOptions = { maxBytes: DEFAULT_MAX_BYTES, ...options.fetch };
	const bytes = await readFeedBytes(options.feed, cwd, fetchOptions);
	const read = readFeed(decodeTranscript(bytes, options.feed).text, options.feed);
	const lang = options.lang ?? read.lang;
	const feed: Feed = { ...read, show: options.show ?? read.show, ...(lang === undefined ? {} : { lang }) };
	const source =
		options.transcripts === undefined
			? webSource(fetchOptions)
			: folderSource(resolve(cwd, options.transcripts), options.transcripts);
	const stateName = nameSlug(feed.show);
	return runBatch(
		{
			name: feed.show,
			source: options.feed,
			stateName: stateName === '' ? 'feed' : stateName,
			show: feed.show,
			entries: feedEntries(feed, { feed: options.feed, source }),
		},
		{ ...options, cwd },
	);
}
