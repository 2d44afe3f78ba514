import type { Paragraph, Root, RootContent } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as stringifyYaml } from 'yaml';
import { formatClock } from '../model/time.ts';
import type { SourceLine, Speaker, Transcript } from './transcript.ts';

/**
 * Turns a split transcript into the files of an episode folder (see docs/content-format.md).
 * Markdown is produced from a syntax tree by remark-stringify, so characters that mean
 * something in Markdown (`*`, `_`, `#`, `<`) are escaped instead of changing the text.
 */

export interface ContentFile {
	/** Path relative to the episode folder. */
	path: string;
	content: string;
}

const stringifier = unified()
	.use(remarkDirective)
	.use(remarkStringify, { bullet: '-', emphasis: '_', fence: '`', rule: '-' });

/** A paragraph; one of a timed transcript begins with `:time[12:34]`, when it starts in the audio. */
function paragraph(line: SourceLine): Paragraph {
	if (line.start === undefined) return { type: 'paragraph', children: [{ type: 'text', value: line.text }] };
	return {
		type: 'paragraph',
		children: [
			{
				type: 'textDirective',
				name: 'time',
				attributes: {},
				children: [{ type: 'text', value: formatClock(line.start) }],
			},
			{ type: 'text', value: ` ${line.text}` },
		],
	};
}

function toMarkdown(children: RootContent[]): string {
	const root: Root = { type: 'root', children };
	return stringifier.stringify(root);
}

function frontmatter(data: Record<string, unknown>): string {
	return `---\n${stringifyYaml(data, { lineWidth: 0 })}---\n`;
}

function speakerEntry(speaker: Speaker): Record<string, string | string[]> {
	return {
		id: speaker.id,
		name: speaker.name,
		...(speaker.role === undefined ? {} : { role: speaker.role }),
		...(speaker.link === undefined ? {} : { link: speaker.link }),
		...(speaker.aliases === undefined || speaker.aliases.length === 0 ? {} : { aliases: speaker.aliases }),
	};
}

/** The file name of a question: its position, zero-padded so files sort in order, and its id. */
export function questionFileName(index: number, id: string, total: number): string {
	const width = Math.max(2, String(total).length);
	return `${String(index + 1).padStart(width, '0')}-${id}.md`;
}

export function renderEpisode(transcript: Transcript): ContentFile[] {
	const { episode } = transcript;
	const episodeFile: ContentFile = {
		path: 'episode.md',
		content:
			frontmatter({
				title: episode.title,
				...(episode.show === undefined ? {} : { show: episode.show }),
				...(episode.date === undefined ? {} : { date: episode.date }),
				...(episode.author === undefined ? {} : { author: episode.author }),
				lang: episode.lang,
				...(episode.sourceUrl === undefined ? {} : { sourceUrl: episode.sourceUrl }),
				...(episode.audio === undefined ? {} : { audio: episode.audio }),
				speakers: transcript.speakers.map(speakerEntry),
			}) + (transcript.description.length === 0 ? '' : `\n${toMarkdown(transcript.description.map(paragraph))}`),
	};

	const questionFiles = transcript.questions.map((question, index): ContentFile => {
		const answers: RootContent[] = question.answers.map((answer) => ({
			type: 'containerDirective',
			name: 'answer',
			attributes: {
				id: answer.anchor,
				speaker: answer.speakerId,
				...(answer.start === undefined ? {} : { start: String(answer.start) }),
				...(answer.end === undefined ? {} : { end: String(answer.end) }),
				...(answer.aliases === undefined ? {} : { aliases: answer.aliases.join(' ') }),
			},
			children: answer.paragraphs.map(paragraph),
		}));
		return {
			path: questionFileName(index, question.id, transcript.questions.length),
			content:
				frontmatter({
					id: question.id,
					order: index + 1,
					...(question.aliases === undefined ? {} : { aliases: question.aliases }),
					question: question.text.map((part) => part.text).join('\n'),
					...(question.askedBy === undefined ? {} : { askedBy: question.askedBy }),
					...(question.start === undefined ? {} : { start: question.start }),
				}) + (answers.length === 0 ? '' : `\n${toMarkdown(answers)}`),
		};
	});
	return [episodeFile, ...questionFiles];
}
