/**
 * The RSS feed of episodes, newest first: each with its description and its questions as
 * links, so a feed reader shows what the episode covers. Linked from every page's head.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { uiStrings } from '../i18n/index.ts';
import { loadEpisodes, siteLang } from '../lib/episodes.ts';
import { plainText } from '../lib/markdown-text.ts';
import { absoluteUrl, episodeUrl, homeUrl, questionUrl, rssUrl } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
	const episodes = await loadEpisodes();
	const lang = siteLang(episodes);
	const t = uiStrings(lang);
	return rss({
		title: t.siteTitle,
		description: t.siteDescription,
		site: absoluteUrl(homeUrl(), site),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>${escapeXml(lang)}</language><atom:link href="${escapeXml(absoluteUrl(rssUrl(), site))}" rel="self" type="application/rss+xml"/>`,
		items: episodes.map(({ episode, questions }) => {
			const description = plainText(episode.body ?? '');
			const list = questions
				.map(
					(question) =>
						`<li><a href="${escapeXml(absoluteUrl(questionUrl(episode.id, question.data.id), site))}">${escapeXml(question.data.question)}</a></li>`,
				)
				.join('');
			return {
				title: episode.data.title,
				link: absoluteUrl(episodeUrl(episode.id), site),
				pubDate: episode.data.date,
				description: description || episode.data.title,
				content: `${description ? `<p>${escapeXml(description)}</p>` : ''}<ol>${list}</ol>`,
				...(episode.data.show ? { categories: [episode.data.show] } : {}),
			};
		}),
	});
};

/** Text for XML content and attribute values. */
function escapeXml(text: string): string {
	return text.replace(/[<>&"']/gu, (character) => `&#${character.charCodeAt(0)};`);
}
