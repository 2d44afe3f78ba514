/**
 * The episode's questions as JSON chapters (`/<episode>/chapters.json`), for a feed's
 * `<podcast:chapters type="application/json+chapters">`, each linking to its question's page:
 * written by src/export/chapters.ts, only for episodes with times
 * (src/site/transcript-files.ts).
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { chaptersJson } from '../../export/chapters.ts';
import { transcriptFilePaths } from '../../site/transcript-files.ts';
import { absoluteUrl, questionUrl } from '../../site/urls.ts';

export function getStaticPaths() {
	return transcriptFilePaths();
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => {
	const { episode } = props;
	const url = (question: { id: string }): string => absoluteUrl(questionUrl(episode.slug, question.id), site);
	return new Response(chaptersJson(episode, url), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
