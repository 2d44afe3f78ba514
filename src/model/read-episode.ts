/**
 * The one parser of the content format: an episode folder's files in, an `Episode` out
 * (docs/content-format.md). Pure: the caller reads the files (read-content.ts, the site's
 * loader, the importer) and hands them over. Everything that would make a page silently
 * wrong is refused here, once, with a `ContentError` that names the file, the line and the fix.
 */
import type { ContainerDirective } from 'mdast-util-directive';
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { ContentError } from './content-error.ts';
import type { Answer, Episode, EpisodeFile, Question, Speaker } from './episode.ts';
import { readFrontmatter, validateFrontmatter } from './frontmatter.ts';
import { parseMarkdown, timedBlockTexts } from './markdown.ts';
import { asciiIdPattern, episodeFrontmatterSchema, questionFrontmatterSchema } from './schema.ts';

export const EPISODE_FILE = 'episode.md';
/** `NN-<question-id>.md`. */
export const questionFilePattern = /^\d+-[^/\\]+\.md$/u;

/** Whether a folder's file is part of the episode (rather than e.g. `import-report.json`). */
export function isContentFile(name: string): boolean {
	return name === EPISODE_FILE || questionFilePattern.test(name);
}

const answerAttributes = new Set(['id', 'speaker', 'start', 'end', 'aliases']);

export interface ReadOptions {
	/**
	 * The typography the site applies when it renders (smart quotes), applied to the text of
	 * answers and descriptions so that they read, and are searched, as on the page. The
	 * importer leaves it out: it compares the text with the transcript as written.
	 */
	typography?: ((tree: Root) => void) | undefined;
}

/**
 * The episode in folder `folder` (its path as the build was given it, e.g.
 * `content/episodes/onboard-26`), from the folder's `files`. The slug is the folder's name.
 */
export function readEpisode(folder: string, files: readonly EpisodeFile[], options: ReadOptions = {}): Episode {
	const textOf = (nodes: RootContent[]): TimedText[] => {
		options.typography?.({ type: 'root', children: nodes });
		return timedBlockTexts(nodes);
	};
	const slug = folder.split(/[/\\]/u).filter(Boolean).at(-1) ?? folder;
	const path = (name: string): string => `${folder.replace(/[/\\]+$/u, '')}/${name}`;
	const episodeFile = files.find((file) => file.name === EPISODE_FILE);
	const questionFiles = files
		.filter((file) => questionFilePattern.test(file.name))
		.sort((a, b) => a.name.localeCompare(b.name));
	if (!episodeFile) {
		const first = questionFiles[0]?.name ?? '';
		throw new ContentError(
			'EpisodeFileNotFoundError',
			path(first || EPISODE_FILE),
			undefined,
			`the folder \`${folder}\` has question files but no \`${EPISODE_FILE}\`. ` +
				'Add one with the episode’s `title` and `speakers` (see docs/content-format.md), or move the question files into their episode’s folder.',
		);
	}

	const episodePath = path(EPISODE_FILE);
	const frontmatter = readFrontmatter(episodePath, episodeFile.content);
	const data = validateFrontmatter(
		episodePath,
		frontmatter,
		episodeFrontmatterSchema,
		'See docs/content-format.md for the fields of `episode.md`.',
	);
	const speakers: Speaker[] = data.speakers;
	const seenSpeakers = new Set<string>();
	for (const [index, { id }] of speakers.entries()) {
		if (seenSpeakers.has(id)) {
			throw new ContentError(
				'DuplicateSpeakerIdError',
				episodePath,
				frontmatter.lineOf(['speakers', index, 'id']),
				`the speaker id \`${id}\` appears more than once in \`speakers\`. Give each speaker a unique id, and use it in their answers’ \`speaker=\`.`,
			);
		}
		seenSpeakers.add(id);
	}

	const registry = new Map(speakers.map((speaker) => [speaker.id, speaker]));
	const parsed = questionFiles.map((file) =>
		readQuestion(path(file.name), file.content, { registry, episodePath, textOf }),
	);
	checkAcrossQuestions(parsed, registry, episodePath);
	const questions = parsed.map(({ question }) => question);

	return {
		slug,
		title: data.title,
		show: data.show,
		date: data.date,
		author: data.author,
		lang: data.lang,
		sourceUrl: data.sourceUrl,
		audio: data.audio,
		speakers,
		description: frontmatter.body,
		descriptionParagraphs: textOf(parseMarkdown(frontmatter.body).children).map(({ text }) => text),
		file: episodePath,
		questions: questions.sort((a, b) => a.order - b.order),
	};
}

/** A question with the lines of its frontmatter fields, for messages about the episode as a whole. */
interface ParsedQuestion {
	question: Question;
	lineOf: (field: string) => number;
}

type TimedText = ReturnType<typeof timedBlockTexts>[number];

interface EpisodeContext {
	registry: ReadonlyMap<string, Speaker>;
	episodePath: string;
	textOf: (nodes: RootContent[]) => TimedText[];
}

function readQuestion(
	file: string,
	content: string,
	{ registry, episodePath, textOf }: EpisodeContext,
): ParsedQuestion {
	const frontmatter = readFrontmatter(file, content);
	const data = validateFrontmatter(
		file,
		frontmatter,
		questionFrontmatterSchema,
		'See docs/content-format.md for the fields of a question file.',
	);
	const tree = parseMarkdown(frontmatter.body, { paragraphTimes: true });
	const lineOf = (node: { position?: { start: { line: number } } | undefined }): number | undefined => {
		const line = node.position?.start.line;
		return line === undefined ? undefined : line + frontmatter.bodyLineOffset;
	};
	const fail = (name: ConstructorParameters<typeof ContentError>[0], node: RootContent, problem: string): never => {
		throw new ContentError(name, file, lineOf(node), problem);
	};
	const known = [...registry.keys()].map((id) => `\`${id}\``).join(', ');

	const answers: Answer[] = [];
	const anchorLines = new Map<string, number | undefined>();
	for (const node of tree.children) {
		if (node.type === 'html' && /^<!--[\s\S]*-->$/u.test(node.value.trim())) continue;
		if (node.type === 'containerDirective' && node.name === 'answer') {
			answers.push(readAnswer(node));
			continue;
		}
		if (node.type === 'containerDirective' || node.type === 'leafDirective') {
			fail(
				'UnknownDirectiveError',
				node,
				`\`${node.type === 'leafDirective' ? '::' : ':::'}${node.name}\` is not a directive this site renders. ` +
					'Question files hold only `:::answer{#anchor speaker=id}` blocks; rename it to `answer` or remove it.',
			);
		}
		fail(
			'TextOutsideAnswerError',
			node,
			`this ${describe(node)} is outside any \`:::answer\` block. Every paragraph of a question file belongs to an answer: ` +
				'move it inside one, or wrap it in `:::answer{#anchor speaker=id}` … `:::`.',
		);
	}

	function readAnswer(node: ContainerDirective): Answer {
		visit(node, (inner) => {
			if (inner === node) return;
			if (inner.type === 'containerDirective' || inner.type === 'leafDirective') {
				fail(
					'UnknownDirectiveError',
					inner,
					inner.name === 'answer'
						? 'an `:::answer` starts inside another answer. Close the previous answer with `:::` on its own line first.'
						: `\`${inner.type === 'leafDirective' ? '::' : ':::'}${inner.name}\` is not a directive this site renders. Remove it, or write the text without the leading colons.`,
				);
			}
		});
		const attributes = node.attributes ?? {};
		for (const key of Object.keys(attributes)) {
			if (!answerAttributes.has(key)) {
				fail(
					'UnknownAnswerAttributeError',
					node,
					`\`:::answer\` has an attribute \`${key === 'class' ? `.${attributes[key] ?? ''}` : key}\` that this site does not use. ` +
						'An answer takes only `#anchor`, `speaker=id`, `start=seconds`, `end=seconds` and `aliases="old-anchor …"`; remove the other attribute.',
				);
			}
		}
		const anchor = attributes['id'] ?? '';
		if (anchor === '') {
			fail(
				'MissingAnswerAnchorError',
				node,
				`this \`:::answer\` has no anchor. Add one, e.g. \`:::answer{#${data.id}-speaker speaker=…}\`; ` +
					"it becomes the answer's permalink, so never change it once published.",
			);
		}
		if (!asciiIdPattern.test(anchor)) {
			fail(
				'InvalidAnswerAnchorError',
				node,
				`the anchor \`#${anchor}\` is not plain ASCII. Use letters, digits, \`-\` and \`_\`, starting with a letter or digit.`,
			);
		}
		if (anchorLines.has(anchor)) {
			fail(
				'DuplicateAnswerAnchorError',
				node,
				`the anchor \`#${anchor}\` is already used by the answer on line ${anchorLines.get(anchor) ?? '?'} of this file. ` +
					'Each answer needs an anchor that is unique within the episode; rename one of them.',
			);
		}
		anchorLines.set(anchor, lineOf(node));

		const speakerId = attributes['speaker'] ?? '';
		if (speakerId === '') {
			fail(
				'MissingSpeakerError',
				node,
				`the answer \`#${anchor}\` does not say who speaks. Add \`speaker=id\` with one of ${known} from \`${episodePath}\`.`,
			);
		}
		if (!registry.has(speakerId)) {
			fail(
				'UnknownSpeakerError',
				node,
				`the answer \`#${anchor}\` names the speaker \`${speakerId}\`, who is not in the registry of \`${episodePath}\` ` +
					`(known: ${known}). Add \`${speakerId}\` to its \`speakers\` list, or use a known id.`,
			);
		}
		const seconds = (key: 'start' | 'end'): number | undefined => {
			const text = attributes[key];
			const value = text === undefined || text === null ? undefined : Number(text);
			if (value !== undefined && !(text?.trim() !== '' && Number.isFinite(value) && value >= 0)) {
				fail(
					key === 'start' ? 'InvalidAnswerStartError' : 'InvalidAnswerEndError',
					node,
					`the answer \`#${anchor}\` has \`${key}=${text ?? ''}\`, which is not a number of seconds. ` +
						`Write the time the answer ${key === 'start' ? 'starts' : 'ends'} in seconds from the start of the episode, e.g. \`${key}=253.5\`, or remove it.`,
				);
			}
			return value;
		};
		const start = seconds('start');
		const end = seconds('end');
		if (end !== undefined && start !== undefined && end < start) {
			fail(
				'InvalidAnswerEndError',
				node,
				`the answer \`#${anchor}\` ends (\`end=${end}\`) before it starts (\`start=${start}\`). ` +
					'Correct one of the two times, or remove `end=`.',
			);
		}
		const blocks = textOf(node.children);
		if (blocks.length === 0) {
			fail(
				'EmptyAnswerError',
				node,
				`the answer \`#${anchor}\` has no text. Write the answer between \`:::answer{…}\` and \`:::\`, or remove the block.`,
			);
		}
		const aliases = (attributes['aliases'] ?? '').split(/\s+/u).filter((alias) => alias !== '');
		const badAlias = aliases.find((alias) => !asciiIdPattern.test(alias));
		if (badAlias !== undefined) {
			fail(
				'InvalidAnswerAliasError',
				node,
				`the answer \`#${anchor}\` has the alias \`${badAlias}\`, which is not an anchor. ` +
					'`aliases=` lists earlier anchors separated by spaces, each in ASCII letters, digits, `-` and `_`.',
			);
		}
		const paragraphs = blocks.map(({ text }) => text);
		const paragraphStarts = blocks.map(({ start: paragraphStart }) => paragraphStart);
		return { anchor, speakerId, aliases, start, end, paragraphs, paragraphStarts, line: lineOf(node) ?? 1 };
	}

	return {
		question: {
			id: data.id,
			order: data.order,
			aliases: data.aliases,
			question: data.question,
			askedBy: data.askedBy,
			start: data.start,
			file,
			body: frontmatter.body,
			answers,
		},
		lineOf: (field) => frontmatter.lineOf([field]),
	};
}

/** What no single file can see: ids, orders and anchors unique in the episode, askers in the registry. */
function checkAcrossQuestions(
	parsed: readonly ParsedQuestion[],
	registry: ReadonlyMap<string, Speaker>,
	episodePath: string,
): void {
	const ids = new Map<string, Question>();
	const orders = new Map<number, Question>();
	const anchors = new Map<string, Question>();
	for (const { question, lineOf } of parsed) {
		const sameId = ids.get(question.id);
		if (sameId) {
			throw new ContentError(
				'DuplicateQuestionIdError',
				question.file,
				lineOf('id'),
				`the question id \`${question.id}\` is also the id of \`${sameId.file}\`, and a question's id is its URL. Give one of them another id.`,
			);
		}
		ids.set(question.id, question);
		const sameOrder = orders.get(question.order);
		if (sameOrder) {
			throw new ContentError(
				'DuplicateQuestionOrderError',
				question.file,
				lineOf('order'),
				`\`order: ${question.order}\` is also the order of \`${sameOrder.file}\`. Number the questions of an episode 1, 2, 3, … in conversation order.`,
			);
		}
		orders.set(question.order, question);
		if (question.askedBy !== undefined && !registry.has(question.askedBy)) {
			throw new ContentError(
				'UnknownAskerError',
				question.file,
				lineOf('askedBy'),
				`\`askedBy: ${question.askedBy}\` names a speaker who is not in the \`speakers\` of \`${episodePath}\`. ` +
					`Add them to the registry, or use one of ${[...registry.keys()].map((id) => `\`${id}\``).join(', ')}.`,
			);
		}
		for (const answer of question.answers) {
			const other = anchors.get(answer.anchor);
			if (other) {
				throw new ContentError(
					'DuplicateAnswerAnchorError',
					question.file,
					answer.line,
					`the anchor \`#${answer.anchor}\` is also used in \`${other.file}\`. ` +
						'Answers of one episode are shown together on the episode page, so each needs a unique anchor; rename one of them.',
				);
			}
			anchors.set(answer.anchor, question);
		}
	}
	for (const { question } of parsed) {
		for (const answer of question.answers) {
			const clash = ids.get(answer.anchor);
			if (clash) {
				throw new ContentError(
					'DuplicateAnswerAnchorError',
					question.file,
					answer.line,
					`the anchor \`#${answer.anchor}\` is the id of the question in \`${clash.file}\`, which the episode page uses as that question's anchor. ` +
						"Rename the answer's anchor, e.g. add the speaker id.",
				);
			}
		}
	}
	checkAliases(parsed, ids, anchors);
}

/**
 * Aliases keep earlier links working, so each must lead to exactly one place: no alias is
 * also a live question id or anchor (the live one would win and the alias would never be
 * followed), and no alias is claimed twice.
 */
function checkAliases(
	parsed: readonly ParsedQuestion[],
	ids: ReadonlyMap<string, Question>,
	anchors: ReadonlyMap<string, Question>,
): void {
	const questionAliases = new Map<string, Question>();
	const answerAliases = new Map<string, Question>();
	for (const { question, lineOf } of parsed) {
		for (const alias of question.aliases) {
			const live = ids.get(alias);
			const other = questionAliases.get(alias);
			if (live || other) {
				throw new ContentError(
					'DuplicateAliasError',
					question.file,
					lineOf('aliases'),
					live
						? `the alias \`${alias}\` is the id of the question in \`${live.file}\`, so its URL already leads there. Remove the alias from \`aliases\`.`
						: `the alias \`${alias}\` is also an alias of \`${other?.file ?? ''}\`, and an old URL can redirect to one question only. Keep it in one of the two files.`,
				);
			}
			questionAliases.set(alias, question);
		}
		for (const answer of question.answers) {
			for (const alias of answer.aliases) {
				const live = anchors.get(alias) ?? ids.get(alias);
				const other = answerAliases.get(alias);
				if (live || other) {
					throw new ContentError(
						'DuplicateAliasError',
						question.file,
						answer.line,
						live
							? `the answer \`#${answer.anchor}\` has the alias \`${alias}\`, which is a live anchor in \`${live.file}\`. Remove it from \`aliases=\`.`
							: `the answer \`#${answer.anchor}\` has the alias \`${alias}\`, which another answer in \`${other?.file ?? ''}\` also claims; an old link can lead to one answer only. Keep it on one of them.`,
					);
				}
				answerAliases.set(alias, question);
			}
		}
	}
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
