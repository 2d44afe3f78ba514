/**
 * schema.org JSON-LD for episode pages, and the escaping that makes JSON safe inside a
 * `<script>` element: episode titles and descriptions are free text, and one holding
 * `</script>` would otherwise end the element early and turn the rest into markup.
 */

export interface PodcastEpisodeFacts {
	name: string;
	/** `YYYY-MM-DD`; left out for an undated episode rather than guessed. */
	datePublished?: string | undefined;
	description: string;
	/** The episode page's absolute URL. */
	url: string;
	/** BCP 47 tag. */
	inLanguage: string;
	/** The show, when the episode names one; `url` only when the site has a page for it. */
	series?: { name: string; url?: string | undefined } | undefined;
	/** Where the transcript was first published. */
	sourceUrl?: string | undefined;
}

/** A `PodcastEpisode` (schema.org) object for one episode. */
export function podcastEpisode(facts: PodcastEpisodeFacts): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'PodcastEpisode',
		name: facts.name,
		...(facts.datePublished === undefined ? {} : { datePublished: facts.datePublished }),
		description: facts.description,
		url: facts.url,
		inLanguage: facts.inLanguage,
		...(facts.series
			? {
					partOfSeries: {
						'@type': 'PodcastSeries',
						name: facts.series.name,
						...(facts.series.url ? { url: facts.series.url } : {}),
					},
				}
			: {}),
		...(facts.sourceUrl ? { isBasedOn: facts.sourceUrl } : {}),
	};
}

/**
 * JSON for the inside of `<script type="application/ld+json">`: `<`, `>` and `&` as `\u003c`,
 * `\u003e`, `\u0026`, so no `</script>` or `<!--` can appear, and the line separators U+2028
 * and U+2029 escaped for older parsers. `JSON.parse` reads the result back unchanged.
 */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value).replace(/[<>&\u2028\u2029]/gu, (character) => {
		return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
	});
}
