/**
 * How the loader tells remark-answers whose answers it is rendering. Astro's
 * `renderMarkdown` passes a document's frontmatter to the Markdown plugins
 * (`file.data.astro.frontmatter`), and nothing else; so the loader prefixes each question's
 * body with frontmatter holding the episode's language and speaker registry, and the plugin
 * reads it back here. The two sides of that contract live in this one module.
 */
import type { Episode, Speaker } from '../model/episode.ts';

export interface AnswerContext {
	lang: string;
	/**
	 * The question page's URL, base path included: the address an answer is shared under,
	 * also from the episode page, which shows the answer too.
	 */
	questionUrl: string;
	/** The registry, in order: a speaker's position picks their colour tone. */
	speakers: Pick<Speaker, 'id' | 'name' | 'role'>[];
}

const KEY = 'answerContext';

/** A question's body as the Markdown the loader renders: the context as frontmatter, then the body. */
export function answerRenderContext(
	episode: Pick<Episode, 'lang' | 'speakers'>,
	questionUrl: string,
	body: string,
): string {
	const context: AnswerContext = {
		lang: episode.lang,
		questionUrl,
		speakers: episode.speakers.map(({ id, name, role }) => ({ id, name, ...(role === undefined ? {} : { role }) })),
	};
	// JSON is YAML, and JSON.stringify escapes whatever a name could hold.
	return `---\n${JSON.stringify({ [KEY]: context })}\n---\n${body}`;
}

/**
 * The context the loader put in the frontmatter, from the `file.data.astro` Astro's Markdown
 * processor fills in; undefined for Markdown that holds no answers.
 */
export function readAnswerContext(astroData: unknown): AnswerContext | undefined {
	const frontmatter = isRecord(astroData) ? astroData['frontmatter'] : undefined;
	if (!isRecord(frontmatter)) return undefined;
	const context = frontmatter[KEY];
	if (!isRecord(context) || typeof context['lang'] !== 'string' || !Array.isArray(context['speakers']))
		return undefined;
	if (typeof context['questionUrl'] !== 'string') return undefined;
	const speakers = context['speakers'].flatMap((speaker: unknown) =>
		isRecord(speaker) && typeof speaker['id'] === 'string' && typeof speaker['name'] === 'string'
			? [
					{
						id: speaker['id'],
						name: speaker['name'],
						...(typeof speaker['role'] === 'string' ? { role: speaker['role'] } : {}),
					},
				]
			: [],
	);
	return { lang: context['lang'], questionUrl: context['questionUrl'], speakers };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
