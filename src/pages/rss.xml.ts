/**
 * The RSS feed of episodes, newest first: each with its description and its questions as
 * links, so a feed reader shows what the episode covers. Linked from every page's head.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { uiStrings } from '../i18n/index.ts';
import { loadEpisodes } from '../site/content.ts';
import { commonLang } from '../site/episodes.ts';
import { absoluteUrl, episodeUrl, homeUrl, questionUrl, rssUrl } from '../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
	const episodes = await loadEpisodes();
	const lang = commonLang(episodes);
	const t = uiStrings(lang);
	return rss({
		title: t.siteTitle,
		description: t.siteDescription,
		site: absoluteUrl(homeUrl(), site),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>${escapeXml(lang)}</language><atom:link href="${escapeXml(absoluteUrl(rssUrl(), site))}" rel="self" type="application/rss+xml"/>`,
		items: episodes.map((episode) => {
			const description = episode.descriptionParagraphs.join(' ');
			const list = episode.questions
				.map(
					(question) =>
						`<li><a href="${escapeXml(absoluteUrl(questionUrl(episode.slug, question.id), site))}">${escapeXml(question.question)}</a></li>`,
				)
				.join('');
			return {
				title: episode.title,
				link: absoluteUrl(episodeUrl(episode.slug), site),
				// An undated episode has no <pubDate> rather than a made-up one.
				...(episode.date ? { pubDate: episode.date } : {}),
				description: description || episode.title,
				content: `${description ? `<p>${escapeXml(description)}</p>` : ''}<ol>${list}</ol>`,
				...(episode.show ? { categories: [episode.show] } : {}),
			};
		}),
	});
};

/** Text for XML content and attribute values. */
function escapeXml(text: string): string {
	return text.replace(/[<>&"']/gu, (character) => `&#${character.charCodeAt(0)};`);
}
