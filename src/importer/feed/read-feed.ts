/**
 * A podcast's RSS feed read into the episodes the importer can take: RSS 2.0 with the
 * Podcasting 2.0 namespace (`<podcast:transcript>`, `<podcast:chapters>`) and iTunes'
 * episode numbers. Pure: text in, data out; a file that is not an RSS feed is an
 * `ImportError` (`InvalidFeed`) that says what it is instead.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportError } from '../errors.ts';

/** The Podcasting 2.0 namespace, and the address it had before podcastindex.org hosted it. */
const PODCAST_NAMESPACES = new Set([
	'https://podcastindex.org/namespace/1.0',
	'https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md',
]);
const ITUNES_NAMESPACE = 'http://www.itunes.com/dtds/podcast-1.0.dtd';

export interface FeedTranscript {
	url: string;
	/** The media type as the feed gives it, lower case, without parameters (`text/vtt`). */
	type: string;
	language?: string;
	/** `captions` for a file meant as closed captions. */
	rel?: string;
}

export interface FeedChapters {
	url: string;
	type: string;
}

export interface FeedItem {
	/** What identifies the episode across re-runs: its `<guid>`, else its enclosure URL, else its link. */
	guid: string;
	title: string;
	/** The publication date as written in the feed, `YYYY-MM-DD`. */
	date?: string;
	/** The enclosure's URL: the episode's audio. */
	audio?: string;
	/** The item's `<link>`: the episode's web page. */
	link?: string;
	/** The episode number (`<itunes:episode>` or `<podcast:episode>`), when the feed gives one. */
	episode?: number;
	/** Every `<podcast:transcript>`, in feed order; `chooseTranscript` picks the one to import. */
	transcripts: FeedTranscript[];
	chapters?: FeedChapters;
	/** The line of the feed where the item starts, for messages. */
	line: number;
}

/** An item the importer leaves alone, and why. */
export interface SkippedItem {
	title: string;
	line: number;
	reason: string;
}

export interface Feed {
	/** The channel's title: the show's name. */
	show: string;
	/** The channel's `<language>`, as a BCP 47 tag (`en-us` → `en-US`). */
	lang?: string;
	items: FeedItem[];
	/** Items with no transcript, or nothing to recognise them by on a re-run. */
	skipped: SkippedItem[];
}

const ARRAY_TAGS = new Set(['item']);
const META = XMLParser.getMetaDataSymbol();

type XmlNode = Record<string, unknown>;

const isNode = (value: unknown): value is XmlNode =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The children named `name` of a node, always as a list. */
function children(node: XmlNode, name: string): unknown[] {
	const value = node[name];
	if (value === undefined) return [];
	return Array.isArray(value) ? (value as unknown[]) : [value];
}

function firstChild(node: XmlNode, name: string): unknown {
	return children(node, name)[0];
}

/** The text of an element, with CDATA and entities already resolved by the parser; trimmed. */
function text(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (isNode(value)) return text(value['#text']);
	return undefined;
}

function attribute(value: unknown, name: string): string | undefined {
	if (!isNode(value)) return undefined;
	const found = value[`@_${name}`];
	return typeof found === 'string' && found.trim() !== '' ? found.trim() : undefined;
}

function lineAt(source: string, index: number | undefined): number {
	if (index === undefined) return 1;
	let line = 1;
	for (let at = source.indexOf('\n'); at !== -1 && at < index; at = source.indexOf('\n', at + 1)) line += 1;
	return line;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The date of an RSS `pubDate` as the podcaster wrote it: `Thu, 25 Jan 2024 22:00:00 -0800`
 * is 2024-01-25 (converting to UTC would make it the 26th). ISO 8601 dates, which some
 * feeds use instead, are read too; anything else is undated.
 */
export function feedDate(value: string): string | undefined {
	const rfc822 = /^(?:[A-Za-z]{3,},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2}|\d{4})\b/u.exec(value.trim());
	const iso = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/u.exec(value.trim());
	let year: number;
	let month: number;
	let day: number;
	if (rfc822) {
		const [, dayText = '', monthText = '', yearText = ''] = rfc822;
		month = MONTHS.indexOf(monthText.toLowerCase()) + 1;
		day = Number(dayText);
		// RFC 822 allows two-digit years; RFC 1123 (what feeds use) four.
		year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
	} else if (iso) {
		[year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
	} else {
		return undefined;
	}
	const date = new Date(Date.UTC(year, month - 1, day));
	if (month < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `en-us` → `en-US`; undefined for what is not a language tag. */
function languageTag(value: string | undefined): string | undefined {
	if (value === undefined || !/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/u.test(value)) return undefined;
	const [language = '', ...rest] = value.split(/[-_]/u);
	return [
		language.toLowerCase(),
		...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part.length === 4 ? part : part.toLowerCase())),
	].join('-');
}

/** The media type without parameters, lower case: `text/VTT; charset=utf-8` → `text/vtt`. */
const mediaType = (value: string | undefined): string => (value ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/** The prefixes a namespace is declared under on the root and channel elements. */
function prefixesOf(nodes: XmlNode[], namespaces: ReadonlySet<string>, usual: string): string[] {
	const found = nodes.flatMap((node) =>
		Object.entries(node)
			.filter(([key, value]) => key.startsWith('@_xmlns:') && typeof value === 'string' && namespaces.has(value))
			.map(([key]) => key.slice('@_xmlns:'.length)),
	);
	// Feeds that use the usual prefix without declaring it still mean the namespace.
	return found.length > 0 ? [...new Set(found)] : [usual];
}

function invalidFeed(message: string, file: string, line?: number): ImportError {
	return new ImportError('InvalidFeed', message, line === undefined ? { file } : { file, line });
}

/** What a parsed document that is not RSS is, for the message. */
function notRss(root: XmlNode, file: string): ImportError {
	if ('feed' in root) {
		return invalidFeed(
			'This is an Atom feed, not RSS. Podcast transcripts (`<podcast:transcript>`) are published in RSS feeds; pass the show’s RSS feed (the one podcast apps subscribe to). Nothing was written.',
			file,
		);
	}
	if ('html' in root || 'HTML' in root) {
		return invalidFeed(
			'This is a web page, not a podcast feed. Pass the address of the show’s RSS feed (podcast apps and directories list it; it often ends in `.xml`, `.rss` or `/feed`). Nothing was written.',
			file,
		);
	}
	const name = Object.keys(root).find((key) => !key.startsWith('?') && !key.startsWith('#'));
	return invalidFeed(
		`The file is XML but not an RSS feed: its root element is \`<${name ?? '?'}>\`, where a feed has \`<rss>\` with a \`<channel>\`. Pass the show’s RSS feed. Nothing was written.`,
		file,
	);
}

/** What the validator found wrong, in words; a feed cut short is the usual case. */
function notWellFormed(err: { msg: string; line: number; col: number }, xml: string, file: string): ImportError {
	const unclosed = /^Invalid '(\[[^\]]*\])' found/u.exec(err.msg)?.[1];
	let open: unknown;
	try {
		open = unclosed === undefined ? undefined : JSON.parse(unclosed);
	} catch {
		open = undefined;
	}
	if (Array.isArray(open) && open.length > 0) {
		const tags = (open as unknown[]).map((tag) => `\`<${String(tag)}>\``).reverse();
		return invalidFeed(
			`The feed ends before ${tags.join(', ')} ${tags.length === 1 ? 'is' : 'are'} closed: it was cut short. Nothing was written. Download it again; if it is cut short again, tell the show, whose podcast apps see the same.`,
			file,
			xml.split('\n').length,
		);
	}
	if (err.msg.startsWith("char '&'")) {
		return invalidFeed(
			`The feed has an \`&\` that is not written as \`&amp;\` (column ${err.col}), which makes it not well-formed XML. Nothing was written. Tell the show; if the feed is a file of yours, write the \`&\` as \`&amp;\`.`,
			file,
			err.line,
		);
	}
	return invalidFeed(
		`The feed is not well-formed XML (${err.msg.replace(/\.$/u, '')}, column ${err.col}). Nothing was written. If it was downloaded, download it again; otherwise tell the show, whose podcast apps will fail too.`,
		file,
		err.line,
	);
}

function readItem(item: XmlNode, source: string, podcast: string[], itunes: string[]): FeedItem | SkippedItem {
	const meta = item[META as unknown as string] as { startIndex?: number } | undefined;
	const line = lineAt(source, meta?.startIndex);
	const ns = (prefixes: string[], name: string): unknown[] =>
		prefixes.flatMap((prefix) => children(item, `${prefix}:${name}`));

	const enclosure = firstChild(item, 'enclosure');
	const audio = attribute(enclosure, 'url');
	const link = text(firstChild(item, 'link'));
	const transcripts = ns(podcast, 'transcript').flatMap((element): FeedTranscript[] => {
		const url = attribute(element, 'url');
		if (url === undefined) return [];
		const language = languageTag(attribute(element, 'language'));
		const rel = attribute(element, 'rel');
		return [
			{
				url,
				type: mediaType(attribute(element, 'type')),
				...(language === undefined ? {} : { language }),
				...(rel === undefined ? {} : { rel: rel.toLowerCase() }),
			},
		];
	});
	const title =
		text(firstChild(item, 'title')) ?? text(ns(itunes, 'title')[0]) ?? transcripts[0]?.url.split('/').at(-1) ?? '';
	const guid = text(firstChild(item, 'guid')) ?? audio ?? link;

	if (transcripts.length === 0) {
		return { title, line, reason: 'no `<podcast:transcript>` in the item' };
	}
	if (guid === undefined) {
		return {
			title,
			line,
			reason: 'no `<guid>`, enclosure or link to recognise the episode by on the next run; add a `<guid>` to the item',
		};
	}
	const chaptersElement = ns(podcast, 'chapters')[0];
	const chaptersUrl = attribute(chaptersElement, 'url');
	const pubDate = text(firstChild(item, 'pubDate'));
	const date = pubDate === undefined ? undefined : feedDate(pubDate);
	const number = Number(text(ns(itunes, 'episode')[0]) ?? text(ns(podcast, 'episode')[0]));
	return {
		guid,
		title,
		...(date === undefined ? {} : { date }),
		...(audio === undefined ? {} : { audio }),
		...(link === undefined ? {} : { link }),
		...(Number.isInteger(number) && number >= 0 ? { episode: number } : {}),
		transcripts,
		...(chaptersUrl === undefined
			? {}
			: { chapters: { url: chaptersUrl, type: mediaType(attribute(chaptersElement, 'type')) } }),
		line,
	};
}

/**
 * Reads a podcast RSS feed. `file` names the feed in errors (a path or URL). Items without a
 * `<podcast:transcript>` are listed in `skipped`, not refused: most feeds have a trailer or
 * an old episode without one.
 */
export function readFeed(source: string, file: string): Feed {
	const xml = source.replace(/^\uFEFF/u, '');
	if (!xml.trimStart().startsWith('<')) {
		throw invalidFeed(
			'The file is not XML, so not an RSS feed. Pass the show’s RSS feed (a URL or a downloaded `.xml` file). Nothing was written.',
			file,
		);
	}
	// The parser reads broken XML without complaint, so a truncated download would lose its
	// last episodes silently; the validator shipped with it says where the XML breaks.
	// eslint-disable-next-line @typescript-eslint/no-deprecated -- the replacement, fast-xml-validator, is the same code in a package not in the tree.
	const valid = XMLValidator.validate(xml);
	if (valid !== true) throw notWellFormed(valid.err, xml, file);
	const parser = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '@_',
		// Keep every value a string: a `<guid>` of `0123` is not the number 123.
		parseTagValue: false,
		parseAttributeValue: false,
		htmlEntities: true,
		captureMetaData: true,
		isArray: (name) => ARRAY_TAGS.has(name),
	});
	const root: unknown = parser.parse(xml);
	if (!isNode(root)) throw notRss({}, file);
	const rss = root['rss'];
	const channel = isNode(rss) ? firstChild(rss, 'channel') : undefined;
	if (!isNode(rss) || !isNode(channel)) throw notRss(root, file);

	const show = text(firstChild(channel, 'title'));
	if (show === undefined) {
		throw invalidFeed(
			'The feed’s `<channel>` has no `<title>`, the show’s name, which names the episodes’ show and the file that remembers what was imported. Add a `<title>` to the channel. Nothing was written.',
			file,
		);
	}
	const podcast = prefixesOf([rss, channel], PODCAST_NAMESPACES, 'podcast');
	const itunes = prefixesOf([rss, channel], new Set([ITUNES_NAMESPACE]), 'itunes');
	const lang = languageTag(text(firstChild(channel, 'language')));
	const items: FeedItem[] = [];
	const skipped: SkippedItem[] = [];
	for (const item of children(channel, 'item')) {
		if (!isNode(item)) continue;
		const read = readItem(item, xml, podcast, itunes);
		if ('reason' in read) skipped.push(read);
		else items.push(read);
	}
	return { show, ...(lang === undefined ? {} : { lang }), items, skipped };
}

// Formats the importer reads, best first: WebVTT and Podcasting 2.0 JSON carry speakers and
// times; SRT times and sometimes speakers; HTML speakers; plain text only words.
const TYPE_RANK: ReadonlyMap<string, number> = new Map([
	['text/vtt', 0],
	['application/json', 1],
	['application/x-subrip', 2],
	['application/srt', 2],
	['text/srt', 2],
	['text/html', 3],
	['text/plain', 4],
]);

// For a missing or unknown type: the file name's extension, as the importer would read it.
const EXTENSION_TYPES: ReadonlyMap<string, string> = new Map([
	['vtt', 'text/vtt'],
	['json', 'application/json'],
	['srt', 'application/x-subrip'],
	['html', 'text/html'],
	['htm', 'text/html'],
	['txt', 'text/plain'],
]);

function rankOf(transcript: FeedTranscript): number | undefined {
	const known = TYPE_RANK.get(transcript.type);
	if (known !== undefined) return known;
	const extension = /\.([A-Za-z0-9]+)(?:[?#]|$)/u.exec(transcript.url)?.[1]?.toLowerCase() ?? '';
	return TYPE_RANK.get(EXTENSION_TYPES.get(extension) ?? '');
}

/**
 * The transcript of an item to import: one in the feed's language (or of no stated
 * language) before one in another; then the best format the importer reads; then one not
 * marked `rel="captions"` (closed captions are cut for the screen, a transcript for
 * reading). A type the feed leaves out or gets wrong is taken from the file's extension.
 * Undefined when none is in a format the importer reads.
 */
export function chooseTranscript(item: FeedItem, lang?: string): FeedTranscript | undefined {
	const primary = (tag: string | undefined): string | undefined => tag?.split('-')[0];
	const score = (transcript: FeedTranscript): number | undefined => {
		const rank = rankOf(transcript);
		if (rank === undefined) return undefined;
		const otherLanguage =
			lang !== undefined && transcript.language !== undefined && primary(transcript.language) !== primary(lang);
		return (otherLanguage ? 100 : 0) + rank * 2 + (transcript.rel === 'captions' ? 1 : 0);
	};
	let best: { transcript: FeedTranscript; score: number } | undefined;
	for (const transcript of item.transcripts) {
		const value = score(transcript);
		if (value !== undefined && (best === undefined || value < best.score)) best = { transcript, score: value };
	}
	return best?.transcript;
}
