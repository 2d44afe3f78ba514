/**
 * The frontmatter of `episode.md` and of question files, field by field. Each message ends
 * a sentence that begins with the field's name and value (read-episode.ts), so it says what
 * to write instead.
 */
import { z } from 'astro/zod';

/** An ASCII, URL-safe id: lowercase words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Speaker ids and answer anchors end up in URLs and in `id`s that outside tools link to. */
export const asciiIdPattern = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const langPattern = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const text = (what: string) =>
	z
		.string({ error: `should be ${what}.` })
		.trim()
		.min(1, `should not be empty.`);

export const speakerSchema = z.object({
	/** How answers refer to this speaker (`:::answer{speaker=…}`); unique within the episode. */
	id: z
		.string({ error: 'should be the id answers use, e.g. `yizhou`.' })
		.regex(asciiIdPattern, 'should use ASCII letters, digits, `-` and `_`, e.g. `yizhou`.'),
	/** The display name shown above each answer and in `data-speaker`. */
	name: text('the name shown above the speaker’s answers'),
	/** What the speaker does, shown next to the name; added by hand. */
	role: text('a short description, e.g. `Google Brain 研究员`').optional(),
	/** A page about the speaker. */
	link: z.url({ error: 'should be an absolute URL, e.g. `https://example.org/about`.' }).optional(),
	/** Other labels transcripts use for this person (`Lenny` for `Lenny Rachitsky`); the importer reads them as this speaker. */
	aliases: z
		.array(text('a label the transcript uses for this speaker, e.g. `Lenny`'), {
			error: 'should be a list of the other labels transcripts use for this speaker.',
		})
		.optional(),
});

export const episodeFrontmatterSchema = z.object({
	/** The episode's title as published. */
	title: text('the episode’s title'),
	/** The show the episode belongs to. */
	show: text('the show’s name').optional(),
	/** Publication date, `YYYY-MM-DD`; leave it out for an undated episode (listed after dated ones). */
	date: z.coerce
		.date({ error: 'should be a day written `YYYY-MM-DD`; remove the line for an undated episode.' })
		.optional(),
	/** Who wrote the transcript or article. */
	author: text('who wrote the transcript').optional(),
	/** BCP 47 language tag: drives `<html lang>`, interface text and search segmentation. */
	lang: z
		.string({ error: 'should be a BCP 47 language tag such as `zh-CN` or `en`.' })
		.regex(langPattern, 'should be a BCP 47 language tag such as `zh-CN` or `en`.')
		.default('en'),
	/** Where the transcript was published. */
	sourceUrl: z.url({ error: 'should be an absolute URL.' }).optional(),
	/** The episode's audio file (MP3, M4A, …); pages play it from any answer with a start time. */
	audio: z
		.url({ error: 'should be the absolute URL of the episode’s audio file, e.g. `https://example.org/ep26.mp3`.' })
		.optional(),
	/** The speaker registry; answers name speakers by `id`. */
	speakers: z
		.array(speakerSchema, { error: 'should be a list of speakers, each with an `id` and a `name`.' })
		.min(1, 'should list at least one speaker, with an `id` and a `name`.'),
});

export const questionFrontmatterSchema = z.object({
	/** The question's URL segment: ASCII, at most 40 characters, never changed once published. */
	id: z
		.string({ error: 'should be the question’s URL segment, e.g. `stable-diffusion`.' })
		.max(40, 'should be at most 40 characters.')
		.regex(
			slugPattern,
			'should be lowercase ASCII letters and digits joined by single hyphens, e.g. `stable-diffusion`.',
		),
	/** Position in the conversation, from 1. */
	order: z
		.number({ error: 'should be the question’s position in the episode: 1, 2, 3, …' })
		.int('should be a whole number.')
		.min(1, 'should be 1 or more.'),
	/** The question as asked; the page's only `<h1>`. */
	question: text('the question as asked'),
	/** Speaker id of whoever asked, from the episode's registry, when the transcript names them. */
	askedBy: z.string({ error: 'should be a speaker id from the episode’s registry.' }).optional(),
	/**
	 * Ids this question was published under before (a re-import that merged, split or removed
	 * questions); their URLs redirect here, so links shared earlier keep working.
	 */
	aliases: z
		.array(
			z
				.string({ error: 'should be a question id this question had before, e.g. `old-id`.' })
				.regex(
					slugPattern,
					'should be lowercase ASCII letters and digits joined by single hyphens, as question ids are.',
				),
			{ error: 'should be a list of earlier question ids.' },
		)
		.default([]),
	/** When the question is asked, in seconds from the start of the episode (timed transcripts). */
	start: z
		.number({ error: 'should be a number of seconds, e.g. `72.4`.' })
		.min(0, 'should not be negative.')
		.optional(),
});

export type EpisodeFrontmatter = z.infer<typeof episodeFrontmatterSchema>;
export type QuestionFrontmatter = z.infer<typeof questionFrontmatterSchema>;
