/**
 * Each question's preview card (`/<episode>/<question>/card.png`), the `og:image` of its page:
 * a PNG drawn at build time from the content model, or kept from an earlier build when
 * nothing on it changed (src/cards/card-image.ts). An endpoint, so the sitemap, which lists
 * only pages, leaves the cards out.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { cardImage } from '../../../cards/card-image.ts';
import { cardContent } from '../../../cards/content.ts';
import { uiStrings } from '../../../i18n/index.ts';
import { loadEpisodes } from '../../../site/content.ts';

export async function getStaticPaths() {
	const episodes = await loadEpisodes();
	return episodes.flatMap((episode) =>
		episode.questions.map((question) => ({
			params: { episode: episode.slug, question: question.id },
			props: { card: cardContent(episode, question, uiStrings(episode.lang).siteTitle) },
		})),
	);
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
	const { png } = await cardImage(props.card);
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
