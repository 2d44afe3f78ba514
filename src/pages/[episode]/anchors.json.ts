/**
 * Each episode's anchor map (src/site/moved-links.ts): fetched by a page only when it is
 * opened with an `#anchor` it does not hold, to find where that answer is now.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadEpisodes } from '../../site/content.ts';
import { anchorMap } from '../../site/moved-links.ts';
import { questionUrl } from '../../site/urls.ts';

export const getStaticPaths = (async () =>
	(await loadEpisodes()).map((episode) => ({
		params: { episode: episode.slug },
		props: { episode },
	}))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
	new Response(JSON.stringify(anchorMap(props.episode, questionUrl)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
