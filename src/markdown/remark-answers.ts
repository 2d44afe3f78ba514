/**
 * remark-answers: turns each `:::answer{#anchor speaker=id}` container directive of a question
 * file into the answer markup of docs/content-format.md:
 *
 *   <section class="answer" id="anchor" data-speaker="Name" data-speaker-id="id" …>
 *     <header>name, role, permalink</header>
 *     …the answer's paragraphs…
 *   </section>
 *
 * Runs after remark-directive. Files that are not question files (`episode.md`) pass through.
 * Anything that would make a page silently wrong (unknown speaker, missing or repeated anchor,
 * text outside an answer, a directive we do not render) throws an `AnswerMarkupError` naming
 * the file, the line and the fix.
 */
import { relative } from 'node:path';
import type { ElementContent, Properties } from 'hast';
import { h } from 'hastscript';
import type { Paragraph, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { formatSeconds } from '../lib/time.ts';
import { speakerTone } from '../lib/speaker-tone.ts';
import { questionFilePattern, type EpisodeContext, type Speaker } from './episode-context.ts';

// What mdast-util-to-hast (inside remark-rehype) reads from `node.data`; declared here, with its
// exact types, rather than importing a package this project does not depend on directly.
declare module 'mdast' {
	interface Data {
		hName?: string | undefined;
		hProperties?: Properties | undefined;
		hChildren?: Array<ElementContent> | undefined;
	}
}

export interface Options {
	/** The episode a question file belongs to; see episode-context.ts for the one that reads disk. */
	resolveEpisode: (questionPath: string) => EpisodeContext;
	/** Which files hold answers. Defaults to `NN-<question-id>.md` file names. */
	isQuestionFile?: ((path: string) => boolean) | undefined;
	/** Accessible name of an answer's permalink, in the episode's language. */
	permalinkLabel?: ((speakerName: string, lang: string) => string) | undefined;
	/**
	 * The URL of a speaker's page, by speaker id, base path included; when given, the speaker's
	 * name above each answer links to it. astro.config.mjs passes src/lib/urls.ts's builder.
	 */
	speakerUrl?: ((speakerId: string) => string) | undefined;
}

export type AnswerErrorName =
	| 'TextOutsideAnswerError'
	| 'UnknownDirectiveError'
	| 'MissingAnswerAnchorError'
	| 'InvalidAnswerAnchorError'
	| 'DuplicateAnswerAnchorError'
	| 'MissingSpeakerError'
	| 'UnknownSpeakerError'
	| 'UnknownAnswerAttributeError'
	| 'InvalidAnswerStartError'
	| 'EmptyAnswerError';

export class AnswerMarkupError extends Error {
	constructor(name: AnswerErrorName, message: string) {
		super(message);
		this.name = name;
	}
}

/** Anchors end up in URLs and in `id`s that outside tools link to, so keep them plain ASCII. */
const anchorPattern = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const answerAttributes = new Set(['id', 'speaker', 'start']);

export default function remarkAnswers(options: Options) {
	const isQuestionFile = options.isQuestionFile ?? ((path: string) => questionFilePattern.test(basenameOf(path)));
	const permalinkLabel = options.permalinkLabel ?? ((name: string) => `Link to this answer by ${name}`);

	return function transformer(tree: Root, file: VFile): undefined {
		if (!file.path || !isQuestionFile(file.path)) return;
		const episode = options.resolveEpisode(file.path);
		const at = locator(file, episode);
		const shown = (path: string) => relative(file.cwd, path);

		restoreTextDirectives(tree, String(file.value));
		rejectNestedDirectives(tree, at);

		const questionId = questionIdOf(file);
		const anchorsHere = new Map<string, number | undefined>();
		for (const node of tree.children) {
			if (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim())) continue;
			if (node.type !== 'containerDirective' || node.name !== 'answer') {
				throw new AnswerMarkupError(
					node.type === 'containerDirective' || node.type === 'leafDirective'
						? 'UnknownDirectiveError'
						: 'TextOutsideAnswerError',
					node.type === 'containerDirective' || node.type === 'leafDirective'
						? `${at(node)}: \`${node.type === 'leafDirective' ? '::' : ':::'}${node.name}\` is not a directive this site renders. ` +
								'Question files hold only `:::answer{#anchor speaker=id}` blocks; rename it to `answer` or remove it.'
						: `${at(node)}: this ${describe(node)} is outside any \`:::answer\` block. ` +
								'Every paragraph of a question file belongs to an answer: move it inside one, or wrap it in ' +
								'`:::answer{#anchor speaker=id}` … `:::`.',
				);
			}
			transformAnswer(node);
		}

		function transformAnswer(node: ContainerDirective): void {
			const attributes = node.attributes ?? {};
			for (const key of Object.keys(attributes)) {
				if (!answerAttributes.has(key)) {
					throw new AnswerMarkupError(
						'UnknownAnswerAttributeError',
						`${at(node)}: \`:::answer\` has an attribute \`${key === 'class' ? `.${attributes[key] ?? ''}` : key}\` that this site does not use. ` +
							'An answer takes only `#anchor`, `speaker=id` and `start=seconds`; remove the other attribute.',
					);
				}
			}

			const anchor = attributes['id'] ?? '';
			if (anchor === '') {
				throw new AnswerMarkupError(
					'MissingAnswerAnchorError',
					`${at(node)}: this \`:::answer\` has no anchor. Add one, e.g. \`:::answer{#${questionId ?? 'question'}-speaker speaker=…}\`; ` +
						"it becomes the answer's permalink, so never change it once published.",
				);
			}
			if (!anchorPattern.test(anchor)) {
				throw new AnswerMarkupError(
					'InvalidAnswerAnchorError',
					`${at(node)}: the anchor \`#${anchor}\` is not plain ASCII. Use letters, digits, \`-\` and \`_\`, starting with a letter or digit.`,
				);
			}
			const line = node.position?.start.line;
			if (anchorsHere.has(anchor)) {
				throw new AnswerMarkupError(
					'DuplicateAnswerAnchorError',
					`${at(node)}: the anchor \`#${anchor}\` is already used by the answer on line ${fileLine(anchorsHere.get(anchor))} of this file. ` +
						'Each answer needs an anchor that is unique within the episode; rename one of them.',
				);
			}
			anchorsHere.set(anchor, line);
			const elsewhere = episode.questionFiles.find(
				(other) => other.path !== file.path && other.anchors.includes(anchor),
			);
			if (elsewhere) {
				throw new AnswerMarkupError(
					'DuplicateAnswerAnchorError',
					`${at(node)}: the anchor \`#${anchor}\` is also used in \`${shown(elsewhere.path)}\`. ` +
						'Answers of one episode are shown together on the episode page, so each needs a unique anchor; rename one of them.',
				);
			}
			const clash = episode.questionFiles.find((other) => other.questionId === anchor);
			if (clash) {
				throw new AnswerMarkupError(
					'DuplicateAnswerAnchorError',
					`${at(node)}: the anchor \`#${anchor}\` is the id of the question in \`${shown(clash.path)}\`, ` +
						"which the episode page uses as that question's anchor. Rename the answer's anchor, e.g. add the speaker id.",
				);
			}

			const speakerId = attributes['speaker'] ?? '';
			const known = [...episode.speakers.keys()].map((id) => `\`${id}\``).join(', ');
			if (speakerId === '') {
				throw new AnswerMarkupError(
					'MissingSpeakerError',
					`${at(node)}: the answer \`#${anchor}\` does not say who speaks. Add \`speaker=id\` with one of ${known} ` +
						`from \`${shown(episode.episodeFile)}\`.`,
				);
			}
			const speaker = episode.speakers.get(speakerId);
			if (!speaker) {
				throw new AnswerMarkupError(
					'UnknownSpeakerError',
					`${at(node)}: the answer \`#${anchor}\` names the speaker \`${speakerId}\`, who is not in the registry of ` +
						`\`${shown(episode.episodeFile)}\` (known: ${known}). Add \`${speakerId}\` to its \`speakers\` list, or use a known id.`,
				);
			}
			const startText = attributes['start'];
			const start = startText === undefined ? undefined : Number(startText);
			if (start !== undefined && !(Number.isFinite(start) && start >= 0)) {
				throw new AnswerMarkupError(
					'InvalidAnswerStartError',
					`${at(node)}: the answer \`#${anchor}\` has \`start=${startText ?? ''}\`, which is not a number of seconds. ` +
						'Write the time the answer starts in seconds from the start of the episode, e.g. `start=253.5`, or remove it.',
				);
			}
			if (node.children.length === 0) {
				throw new AnswerMarkupError(
					'EmptyAnswerError',
					`${at(node)}: the answer \`#${anchor}\` has no text. Write the answer between \`:::answer{…}\` and \`:::\`, or remove the block.`,
				);
			}

			node.data = {
				...node.data,
				hName: 'section',
				hProperties: {
					className: ['answer'],
					id: anchor,
					dataSpeaker: speaker.name,
					dataSpeakerId: speaker.id,
					dataSpeakerTone: String(speakerTone(speaker.index)),
					...(start === undefined ? {} : { dataStart: String(start) }),
				},
			};
			node.children.unshift(
				answerHeader(
					anchor,
					speaker,
					permalinkLabel(speaker.name, episode.lang),
					start,
					options.speakerUrl?.(speaker.id),
				),
			);
		}

		/** `file:line`, with the line counted in the file on disk rather than in the body Astro passes us. */
		function fileLine(bodyLine: number | undefined): string {
			return bodyLine === undefined ? '?' : String(bodyLine + at.lineOffset);
		}
	};
}

/**
 * The header inside each answer. A paragraph node whose hast output is replaced wholesale,
 * because mdast has no node for "element we build ourselves". The search index leaves it
 * out of the answer's text (src/integrations/search-records.ts).
 */
function answerHeader(
	anchor: string,
	speaker: Speaker,
	label: string,
	start: number | undefined,
	speakerUrl: string | undefined,
): Paragraph {
	const name = speakerUrl === undefined ? speaker.name : h('a', { href: speakerUrl }, speaker.name);
	const children: ElementContent[] = [h('strong', { className: ['answer-speaker'] }, name)];
	if (speaker.role)
		children.push({ type: 'text', value: ' ' }, h('span', { className: ['answer-role'] }, speaker.role));
	if (start !== undefined) {
		children.push(
			{ type: 'text', value: ' ' },
			h('time', { className: ['answer-start'], dateTime: `PT${start}S` }, formatSeconds(start)),
		);
	}
	children.push(
		{ type: 'text', value: ' ' },
		h('a', { className: ['answer-permalink'], href: `#${anchor}`, ariaLabel: label }, '#'),
	);
	return {
		type: 'paragraph',
		children: [],
		data: {
			hName: 'header',
			hProperties: { className: ['answer-header'] },
			hChildren: children,
		},
	};
}

/**
 * remark-directive also reads `word:name` in running text as a text directive, which in
 * transcripts is nearly always an accident ("Note:this"). Put the original characters back;
 * `source` is the Markdown the tree was parsed from.
 */
export function restoreTextDirectives(tree: Root, source: string): void {
	visit(tree, 'textDirective', (node, index, parent) => {
		if (!parent || index === undefined) return;
		const start = node.position?.start.offset;
		const end = node.position?.end.offset;
		const text: Text = {
			type: 'text',
			value: start !== undefined && end !== undefined ? source.slice(start, end) : `:${node.name}`,
		};
		parent.children.splice(index, 1, text);
		return [SKIP, index + 1];
	});
}

/** Directives anywhere but the top level: an answer inside an answer, or a leaf/container we do not know. */
function rejectNestedDirectives(tree: Root, at: Locator): void {
	for (const top of tree.children) {
		if (top.type !== 'containerDirective') continue;
		visit(top, (node) => {
			if (node === top) return;
			if (node.type === 'containerDirective' || node.type === 'leafDirective') {
				const marker = node.type === 'leafDirective' ? '::' : ':::';
				throw new AnswerMarkupError(
					'UnknownDirectiveError',
					node.name === 'answer'
						? `${at(node)}: an \`:::answer\` starts inside another answer. Close the previous answer with \`:::\` on its own line first.`
						: `${at(node)}: \`${marker}${node.name}\` is not a directive this site renders. Remove it, or write the text without the leading colons.`,
				);
			}
		});
	}
}

interface Locator {
	(node: { position?: { start: { line: number } } | undefined }): string;
	lineOffset: number;
}

/**
 * Astro hands the plugin the body without frontmatter, so positions are off by the
 * frontmatter's length; the episode context has the whole file to measure it.
 */
function locator(file: VFile, episode: EpisodeContext): Locator {
	const path = file.path;
	const body = String(file.value);
	const source = episode.questionFiles.find((question) => question.path === path)?.source;
	const start = source?.indexOf(body) ?? -1;
	const lineOffset = source !== undefined && start > 0 ? source.slice(0, start).split('\n').length - 1 : 0;
	const at: Locator = Object.assign(
		(node: { position?: { start: { line: number } } | undefined }) => {
			const line = node.position?.start.line;
			return `\`${relative(file.cwd, path)}${line === undefined ? '' : `:${line + lineOffset}`}\``;
		},
		{ lineOffset },
	);
	return at;
}

/** The question's id from the frontmatter, to suggest anchors in error messages. */
function questionIdOf(file: VFile): string | undefined {
	const astro: unknown = file.data['astro'];
	const frontmatter = isRecord(astro) ? astro['frontmatter'] : undefined;
	return isRecord(frontmatter) && typeof frontmatter['id'] === 'string' ? frontmatter['id'] : undefined;
}

function describe(node: RootContent): string {
	switch (node.type) {
		case 'paragraph':
			return 'paragraph';
		case 'heading':
			return 'heading';
		case 'list':
			return 'list';
		case 'html':
			return 'HTML';
		default:
			return `\`${node.type}\``;
	}
}

function basenameOf(path: string): string {
	return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}
