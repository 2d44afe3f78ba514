/**
 * The site's content loader: each folder under `content/episodes/` is one entry of the
 * `episodes` collection, read through the content model's one parser (src/model/) and
 * rendered, question by question, by the site's Markdown processor.
 *
 * An episode is the unit of change: its entry's digest is made from its own files only, so
 * editing one answer, or one speaker's role in `episode.md`, re-renders that episode and
 * leaves every other entry in Astro's data store as it was.
 */
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import type { Episode, Question } from '../model/episode.ts';
import { episodeFolderNames, readEpisodeFiles } from '../model/read-content.ts';
import { readEpisode } from '../model/read-episode.ts';
import { ContentError } from '../model/content-error.ts';
import { answerRenderContext } from '../markdown/answer-context.ts';
import { createUrls } from '../site/urls.ts';

/** A question with its answers rendered to HTML. */
export interface RenderedQuestion extends Question {
	html: string;
}

/** The data of an `episodes` entry: the episode as the model reads it, with its Markdown rendered. */
export interface RenderedEpisode extends Omit<Episode, 'questions'> {
	descriptionHtml: string;
	questions: RenderedQuestion[];
}

export interface Options {
	/** The folder of episode folders, e.g. `content/episodes`, relative to the project root. */
	base: string;
	/** Why an episode slug cannot be used (it would take one of the site's own URLs), or undefined. */
	refuseSlug?: ((slug: string) => string | undefined) | undefined;
}

/**
 * Bumped when what the loader stores changes shape, or the Markdown plugins render it
 * differently, so entries stored by an older loader are rendered again rather than read back
 * as they were.
 */
const STORE_VERSION = '4';

// The model has already checked every field, with messages that name the line; this schema
// gives `getCollection('episodes')` its type.
const renderedEpisodeSchema = z.custom<RenderedEpisode>();

export function episodeFolders(options: Options): Loader & { schema: typeof renderedEpisodeSchema } {
	return {
		name: 'episode-folders',
		schema: renderedEpisodeSchema,
		load: async (context) => {
			const root = context.config.root;
			const base = options.base;
			// The text of answers as the page shows it, for search and descriptions: the same
			// smart quotes Astro's Markdown processor puts in the HTML.
			const { smartypants } = context.config.markdown;
			const typographer = smartypants === false ? undefined : unified().use(remarkSmartypants, smartypants ?? {});
			const typography = typographer && ((tree: Root): void => void typographer.runSync(tree));
			const loadFolder = async (slug: string): Promise<void> => {
				const folder = join(base, slug);
				const files = readEpisodeFiles(folder);
				if (files.length === 0) {
					context.store.delete(slug);
					return;
				}
				const digest = context.generateDigest(
					[STORE_VERSION, ...files.flatMap((file) => [file.name, file.content])].join('\0'),
				);
				if (context.store.get(slug)?.digest === digest) return;
				const refusal = options.refuseSlug?.(slug);
				if (refusal !== undefined) {
					throw new ContentError('ReservedEpisodeSlugError', toPosix(folder), undefined, refusal);
				}
				const episode = readEpisode(toPosix(folder), files, { typography });
				const data = await render(episode, context, new URL(`${toPosix(folder)}/`, root));
				// Astro wants the entry's file relative to the project, even when CONTENT_DIR is elsewhere.
				const filePath = toPosix(relative(fileURLToPath(root), resolve(folder, 'episode.md')));
				context.store.set({ id: slug, data: { ...data }, digest, filePath });
			};

			const slugs = episodeFolderNames(base);
			if (slugs.length === 0) {
				context.logger.warn(
					`There are no episodes in \`${base}\`. Import one (\`npm run import -- FILE\`), or point CONTENT_DIR at the folder that holds \`episodes/\`.`,
				);
			}
			const present = new Set(slugs);
			for (const id of context.store.keys()) if (!present.has(id)) context.store.delete(id);
			const started = performance.now();
			const before = new Map(slugs.map((slug) => [slug, context.store.get(slug)?.digest]));
			for (const slug of slugs) await loadFolder(slug);
			const rendered = slugs.filter((slug) => context.store.get(slug)?.digest !== before.get(slug)).length;
			context.logger.info(
				`${slugs.length} episode${slugs.length === 1 ? '' : 's'}: ${rendered} rendered, ${slugs.length - rendered} unchanged (${Math.round(performance.now() - started)} ms)`,
			);

			watch(context, base, async (slug) => {
				try {
					await loadFolder(slug);
					context.logger.info(`Reloaded episode ${slug}`);
				} catch (error) {
					context.logger.error(error instanceof Error ? error.message : String(error));
				}
			});
		},
	};
}

/** Renders each question's answers, passing remark-answers the episode's registry and language. */
async function render(episode: Episode, context: LoaderContext, folderUrl: URL): Promise<RenderedEpisode> {
	// An empty frontmatter first: renderMarkdown would take a description that opens with a
	// `---` rule for frontmatter of its own and drop it.
	const { html: descriptionHtml } = await context.renderMarkdown(`---\n{}\n---\n${episode.description}`, {
		fileURL: new URL('episode.md', folderUrl),
	});
	const urls = createUrls(context.config.base);
	const questions = await Promise.all(
		episode.questions.map(async (question): Promise<RenderedQuestion> => {
			const fileURL = new URL(question.file.split('/').at(-1) ?? '', folderUrl);
			const questionUrl = urls.question(episode.slug, question.id);
			const { html } = await context.renderMarkdown(answerRenderContext(episode, questionUrl, question.body), {
				fileURL,
			});
			return { ...question, html };
		}),
	);
	return { ...episode, descriptionHtml, questions };
}

/** In `astro dev`, reloads the episode whose folder a changed file is in. */
function watch(context: LoaderContext, base: string, reload: (slug: string) => Promise<void>): void {
	const { watcher } = context;
	if (!watcher) return;
	const absoluteBase = resolve(base);
	watcher.add(absoluteBase);
	const onChange = (path: string): void => {
		const [slug, name] = relative(absoluteBase, path).split(sep);
		if (slug === undefined || slug.startsWith('..') || name === undefined) return;
		void reload(slug);
	};
	watcher.on('change', onChange);
	watcher.on('add', onChange);
	watcher.on('unlink', onChange);
}

function toPosix(path: string): string {
	return path.split(sep).join('/');
}
