import { parse } from 'yaml';
import { isoDate } from './metadata.ts';
import type { DroppedLine, MetadataSource, SourceLine } from './transcript.ts';

/**
 * YAML front matter at the top of a Markdown or text transcript (`---` … `---`), as archives
 * of transcripts and static-site generators write it: the episode's title, date,
 * description, hosts, guests and audio. Every line of it is accounted for, as the source of
 * a metadata value or as dropped with the field it held, and none reaches an answer.
 */

export interface FrontMatter {
	title?: string;
	/** `YYYY-MM-DD`, from `date`, `publish_date`, `published` or `pubDate`. */
	date?: string;
	/** The description's paragraphs, each on the line of the `description:` key. */
	description: SourceLine[];
	hosts: string[];
	guests: string[];
	/** The episode's audio file (`audio` or `enclosure`), when it is a URL. */
	audio?: string;
	sources: MetadataSource[];
	dropped: DroppedLine[];
	/** Index into the lines of the first line after the closing `---`. */
	end: number;
}

const DELIMITER = /^---\s*$/u;
const KEY = /^([A-Za-z_][\w-]*)\s*:/u;
const DATE_KEYS = ['date', 'publish_date', 'published', 'pubDate', 'pub_date'];

const scalar = (value: unknown): string | undefined =>
	typeof value === 'string' && value.trim() !== ''
		? value.trim()
		: typeof value === 'number' || value instanceof Date
			? String(value instanceof Date ? value.toISOString() : value)
			: undefined;

const names = (value: unknown): string[] =>
	(Array.isArray(value) ? value : [value])
		.flatMap((item) => (typeof item === 'string' ? item.split(/\s*[,，、]\s*/u) : []))
		.map((name) => name.trim())
		.filter((name) => name !== '');

const canonical = (value: string): string => value.replace(/\s+/gu, ' ').trim();

/**
 * The front matter at the top of `text` (whose numbered lines are `lines`), or undefined when
 * the file has none, or it is not YAML with fields. The YAML is read from the text, since
 * `lines` lost the indentation block values and lists depend on.
 */
export function readFrontMatter(text: string, lines: SourceLine[]): FrontMatter | undefined {
	const first = lines.findIndex((line) => line.text !== '');
	if (first === -1 || !DELIMITER.test(lines[first]?.text ?? '')) return undefined;
	const close = lines.findIndex((line, index) => index > first && DELIMITER.test(line.text));
	if (close === -1) return undefined;
	let data: unknown;
	try {
		data = parse(
			text
				.split(/\r\n|\r|\n/u)
				.slice(first + 1, close)
				.join('\n'),
		);
	} catch {
		return undefined;
	}
	if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
	const fields = new Map(Object.entries(data));

	const dateKey = DATE_KEYS.find((key) => fields.has(key));
	const date = dateKey === undefined ? undefined : isoDate(scalar(fields.get(dateKey)) ?? '');
	const audioKey = ['audio', 'enclosure'].find((key) => /^https?:\/\//u.test(scalar(fields.get(key)) ?? ''));
	const title = scalar(fields.get('title'));
	const description = (scalar(fields.get('description')) ?? '')
		.split(/\n\s*\n/u)
		.map(canonical)
		.filter((paragraph) => paragraph !== '');
	const front: FrontMatter = {
		...(title === undefined ? {} : { title }),
		...(date === undefined ? {} : { date }),
		description: [],
		hosts: names(fields.get('hosts') ?? fields.get('host')),
		guests: names(fields.get('guests') ?? fields.get('guest')),
		...(audioKey === undefined ? {} : { audio: scalar(fields.get(audioKey)) ?? '' }),
		sources: [],
		dropped: [],
		end: close + 1,
	};

	const reasons: Record<string, string> = {
		host: 'front matter: host (taken as --host)',
		hosts: 'front matter: hosts (taken as --host)',
		guest: 'front matter: guest (taken as --speaker)',
		guests: 'front matter: guests (taken as --speaker)',
	};
	let key: string | undefined;
	for (const line of lines.slice(first, close + 1)) {
		if (line.text === '') continue;
		if (DELIMITER.test(line.text)) {
			front.dropped.push({ line: line.line, text: line.text, reason: 'front matter delimiter' });
			continue;
		}
		const opened = KEY.exec(line.text)?.[1];
		const isKeyLine = opened !== undefined && fields.has(opened);
		if (isKeyLine) key = opened;
		const source = (field: MetadataSource['field'], value: string): void => {
			front.sources.push({ line: line.line, text: line.text, field, value });
		};
		if (key === 'title' && title !== undefined) source('title', title);
		else if (key === dateKey && date !== undefined) source('date', date);
		else if (key === audioKey && front.audio !== undefined) source('audio', front.audio);
		else if (key === 'description' && description.length > 0) {
			if (isKeyLine) front.description.push(...description.map((paragraph) => ({ line: line.line, text: paragraph })));
			const words = canonical(line.text.replace(/^description\s*:\s*[|>]?[-+]?\s*/u, '').replace(/^['"]|['"]$/gu, ''));
			source('description', description.find((paragraph) => paragraph.includes(words)) ?? description[0] ?? '');
		} else {
			front.dropped.push({
				line: line.line,
				text: line.text,
				reason: reasons[key ?? ''] ?? `front matter: ${key ?? 'unknown field'}`,
			});
		}
	}
	return front;
}
