/**
 * remark-answers: turns each `:::answer{#anchor speaker=id}` container directive of a question
 * into the answer markup of docs/content-format.md:
 *
 *   <section class="answer" id="anchor" data-speaker="Name" data-speaker-id="id" …>
 *     <header>name, role, start time, permalink</header>
 *     …the answer's paragraphs…
 *   </section>
 *
 * Runs after remark-directive, on Markdown whose frontmatter carries the episode's registry
 * (answer-context.ts; the loader in src/loaders/ puts it there). Other Markdown, such as an
 * episode's description, passes through. The content model (src/model/) has already refused
 * anything malformed, with the file and line; what is checked here is only what the tree needs.
 */
import type { ElementContent, Properties } from 'hast';
import { h } from 'hastscript';
import type { Paragraph, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { isParagraphTime, paragraphTime, restoreTextDirectives } from '../model/markdown.ts';
import { uiStrings, type UiStrings } from '../i18n/index.ts';
import { formatSeconds, isoDuration } from '../model/time.ts';
import { speakerTone } from '../site/speaker-tone.ts';
import { readAnswerContext, type AnswerContext } from './answer-context.ts';

// What mdast-util-to-hast (inside remark-rehype) reads from `node.data`; declared here, with its
// exact types, rather than importing a package this project does not depend on directly.
declare module 'mdast' {
	interface Data {
		hName?: string | undefined;
		hProperties?: Properties | undefined;
		hChildren?: Array<ElementContent> | undefined;
	}
}

/** The words of an answer's header, in the episode's language. */
export type AnswerLabels = Pick<
	UiStrings,
	'answerPermalink' | 'copyLink' | 'copyLinkTo' | 'share' | 'shareAnswerBy' | 'linkCopied' | 'copyFailed'
>;

export interface Options {
	/** The header's words in the episode's language; the site's interface strings (src/i18n/) by default. */
	labels?: ((lang: string) => AnswerLabels) | undefined;
	/**
	 * The URL of a speaker's page, by speaker id, base path included; when given, the speaker's
	 * name above each answer links to it. astro.config.mjs passes src/site/urls.ts's builder.
	 */
	speakerUrl?: ((speakerId: string) => string) | undefined;
}

export class AnswerRenderError extends Error {
	override name = 'AnswerRenderError';
}

export default function remarkAnswers(options: Options = {}) {
	const labelsFor = options.labels ?? uiStrings;

	return function transformer(tree: Root, file: VFile): undefined {
		const source = String(file.value);
		const context = readAnswerContext(file.data['astro']);
		if (context) {
			for (const node of tree.children) {
				if (node.type === 'containerDirective' && node.name === 'answer') {
					restoreTextDirectives(node, source, isParagraphTime);
					renderAnswer(node, context);
				}
			}
		}
		// Outside answers (and in descriptions), `word:name` is text, as the content model reads it.
		restoreTextDirectives(tree, source);
	};

	function renderAnswer(node: ContainerDirective, context: AnswerContext): void {
		const anchor = node.attributes?.['id'] ?? '';
		const speakerId = node.attributes?.['speaker'] ?? '';
		const index = context.speakers.findIndex((speaker) => speaker.id === speakerId);
		const speaker = context.speakers[index];
		if (speaker === undefined || anchor === '') {
			// The model checks both before anything is rendered; reaching this is a bug, not bad content.
			throw new AnswerRenderError(
				`The answer \`#${anchor}\` names the speaker \`${speakerId}\`, who is not in the registry the loader passed. ` +
					'Render question files through the episode-folders loader, which checks them first.',
			);
		}
		const seconds = (key: 'start' | 'end'): number | undefined => {
			const text = node.attributes?.[key];
			return text === undefined || text === null ? undefined : Number(text);
		};
		const start = seconds('start');
		const end = seconds('end');
		node.children.forEach((child, index) => {
			renderParagraphTime(child, index === 0 ? start : undefined);
		});
		node.data = {
			...node.data,
			hName: 'section',
			hProperties: {
				className: ['answer'],
				id: anchor,
				dataSpeaker: speaker.name,
				dataSpeakerId: speaker.id,
				dataSpeakerTone: String(speakerTone(index)),
				...(start === undefined ? {} : { dataStart: String(start) }),
				...(end === undefined ? {} : { dataEnd: String(end) }),
			},
		};
		node.children.unshift(
			answerHeader({
				anchor,
				speaker,
				labels: labelsFor(context.lang),
				start,
				speakerUrl: options.speakerUrl?.(speaker.id),
				shareUrl: `${context.questionUrl}#${anchor}`,
			}),
		);
	}
}

/**
 * A paragraph's leading `:time[12:34]` as `<time class="paragraph-time" data-start>`, which the
 * audio player (when the episode has one) turns into a place to play from; not for an answer's
 * first paragraph when it starts with the answer, whose header shows that time already.
 */
function renderParagraphTime(node: ContainerDirective['children'][number], answerStart: number | undefined): void {
	const seconds = paragraphTime(node);
	if (seconds === undefined || node.type !== 'paragraph') return;
	if (seconds === answerStart) {
		// The header already shows (and plays from) this time: the mark goes, its text stays.
		const next = node.children[1];
		node.children.splice(0, 1);
		if (next?.type === 'text') next.value = next.value.trimStart();
		return;
	}
	const next = node.children[1];
	const spaced = next?.type === 'text' && /^\s/u.test(next.value);
	node.children.splice(0, 1, {
		type: 'text',
		value: formatSeconds(seconds),
		data: {
			hName: 'time',
			hProperties: { className: ['paragraph-time'], dateTime: isoDuration(seconds), dataStart: String(seconds) },
		},
	});
	if (!spaced) node.children.splice(1, 0, { type: 'text', value: ' ' });
}

interface HeaderParts {
	anchor: string;
	speaker: AnswerContext['speakers'][number];
	labels: AnswerLabels;
	start: number | undefined;
	speakerUrl: string | undefined;
	/** The answer on its question's page, base path included, to be made absolute by the browser. */
	shareUrl: string;
}

/**
 * The header inside each answer. A paragraph node whose hast output is replaced wholesale,
 * because mdast has no node for "element we build ourselves".
 *
 * The share buttons are `hidden` until src/client/answer-share.ts shows them: without
 * JavaScript they could do nothing, and the permalink stays the plain link to the answer.
 */
function answerHeader({ anchor, speaker, labels, start, speakerUrl, shareUrl }: HeaderParts): Paragraph {
	const name = speakerUrl === undefined ? speaker.name : h('a', { href: speakerUrl }, speaker.name);
	const children: ElementContent[] = [h('strong', { className: ['answer-speaker'] }, name)];
	if (speaker.role)
		children.push({ type: 'text', value: ' ' }, h('span', { className: ['answer-role'] }, speaker.role));
	if (start !== undefined) {
		children.push(
			{ type: 'text', value: ' ' },
			h('time', { className: ['answer-start'], dateTime: isoDuration(start) }, formatSeconds(start)),
		);
	}
	children.push(
		{ type: 'text', value: ' ' },
		h(
			'a',
			{ className: ['answer-permalink'], href: `#${anchor}`, ariaLabel: labels.answerPermalink(speaker.name) },
			'#',
		),
		{ type: 'text', value: ' ' },
		h(
			'button',
			{
				type: 'button',
				className: ['answer-share'],
				hidden: true,
				dataShare: 'copy',
				dataUrl: shareUrl,
				dataDone: labels.linkCopied,
				dataFailed: labels.copyFailed,
				ariaLabel: labels.copyLinkTo(speaker.name),
			},
			labels.copyLink,
		),
		{ type: 'text', value: ' ' },
		h(
			'button',
			{
				type: 'button',
				className: ['answer-share'],
				hidden: true,
				dataShare: 'native',
				dataUrl: shareUrl,
				ariaLabel: labels.shareAnswerBy(speaker.name),
			},
			labels.share,
		),
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
