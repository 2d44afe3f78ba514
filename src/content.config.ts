/**
 * The two collections read from `content/episodes/<episode>/` (see docs/content-format.md):
 * `episodes` from each `episode.md`, `questions` from each `NN-<question-id>.md`. The content
 * root is `CONTENT_DIR` when set (src/lib/content-root.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { episodesDir } from './lib/content-root.ts';

const base = episodesDir();

/** An ASCII, URL-safe id: lowercase words joined by single hyphens. */
const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const speaker = z.object({
	/** How answers refer to this speaker (`:::answer{speaker=…}`); unique within the episode. */
	id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'Use ASCII letters, digits, `-` and `_`.'),
	/** The display name shown above each answer and in `data-speaker`. */
	name: z.string().trim().min(1),
	/** What the speaker does, shown next to the name; added by hand. */
	role: z.string().trim().min(1).optional(),
	/** A page about the speaker. */
	link: z.url().optional(),
});

const episodeSchema = z.object({
	/** The episode's title as published. */
	title: z.string().trim().min(1),
	/** The show the episode belongs to. */
	show: z.string().trim().min(1).optional(),
	/** Publication date, `YYYY-MM-DD`. Episodes are listed newest first. */
	date: z.coerce.date(),
	/** Who wrote the transcript or article. */
	author: z.string().trim().min(1).optional(),
	/** BCP 47 language tag: drives `<html lang>`, interface text and search segmentation. */
	lang: z
		.string()
		.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a BCP 47 language tag such as `zh-CN` or `en`.')
		.default('en'),
	/** Where the transcript was published. */
	sourceUrl: z.url().optional(),
	/** The speaker registry; answers name speakers by `id`. */
	speakers: z
		.array(speaker)
		.min(1)
		.superRefine((speakers, ctx) => {
			const seen = new Set<string>();
			for (const [index, { id }] of speakers.entries()) {
				if (seen.has(id)) {
					ctx.addIssue({
						code: 'custom',
						path: [index, 'id'],
						message: `Speaker id \`${id}\` appears more than once. Give each speaker a unique id.`,
					});
				}
				seen.add(id);
			}
		}),
});

const questionSchema = z.object({
	/** The question's URL segment: ASCII, at most 40 characters, never changed once published. */
	id: z
		.string()
		.max(40)
		.regex(slugPattern, 'Use lowercase ASCII letters and digits joined by single hyphens, e.g. `stable-diffusion`.'),
	/** Position in the conversation, from 1. */
	order: z.number().int().min(1),
	/** The question as asked; the page's only `<h1>`. */
	question: z.string().trim().min(1),
	/** Speaker id of whoever asked, from the episode's registry, when the transcript names them. */
	askedBy: z.string().optional(),
	/** When the question is asked, in seconds from the start of the episode (timed transcripts). */
	start: z.number().min(0).optional(),
	/** The episode slug: the folder name, filled in by the loader rather than written in the file. */
	episode: z.string().regex(slugPattern, 'Name the episode folder with lowercase ASCII words joined by hyphens.'),
});

/** The episode slug is the folder name: `onboard-26/02-train.md` → `onboard-26`. */
function folderOf(entry: string): string {
	return basename(dirname(entry));
}

/**
 * The glob loader, with each question's episode slug added to its data before validation,
 * so pages get it typed from the schema instead of re-parsing `entry.id`.
 */
function withEpisodeSlug(loader: Loader): Loader {
	return {
		...loader,
		load: (context) =>
			loader.load({
				...context,
				parseData: (props) =>
					context.parseData({
						...props,
						data: props.filePath ? { ...props.data, episode: folderOf(props.filePath) } : props.data,
					}),
			}),
	};
}

/**
 * Every episode's `episode.md`, concatenated. Question pages show speaker names and roles
 * from their episode's registry, but Astro re-renders an entry only when the entry's own
 * file changes; mixing the registries into each question's digest makes a rename in
 * `episode.md` re-render the answers that show the name.
 */
function registries(): string {
	if (!existsSync(base)) {
		throw new Error(
			`There is no \`${base}\` folder to build the site from. Import an episode (\`npm run import -- FILE\`), ` +
				'or point CONTENT_DIR at the folder that holds `episodes/`.',
		);
	}
	const folders = readdirSync(base, { withFileTypes: true }).filter((entry) => entry.isDirectory());
	return folders
		.map((folder) => {
			try {
				return readFileSync(join(base, folder.name, 'episode.md'), 'utf8');
			} catch {
				return '';
			}
		})
		.join('\n');
}

function rerenderedWhenRegistriesChange(loader: Loader): Loader {
	return {
		...loader,
		load: (context) => {
			const speakers = registries();
			return loader.load({
				...context,
				generateDigest: (data) => context.generateDigest(typeof data === 'string' ? `${speakers}\n${data}` : data),
			});
		},
	};
}

const episodes = defineCollection({
	// Entry id = folder slug, which is also the episode's URL segment.
	loader: glob({ pattern: '*/episode.md', base, generateId: ({ entry }) => folderOf(entry) }),
	schema: episodeSchema,
});

const questions = defineCollection({
	// Entry id = `<episode>/<file stem>`: unique per file even if two files repeat a question `id`,
	// so that src/lib/episodes.ts can report the clash instead of the loader silently keeping one.
	loader: rerenderedWhenRegistriesChange(
		withEpisodeSlug(
			glob({
				pattern: '*/[0-9]*-*.md',
				base,
				generateId: ({ entry }) => `${folderOf(entry)}/${basename(entry, '.md')}`,
			}),
		),
	),
	schema: questionSchema,
});

export const collections = { episodes, questions };
