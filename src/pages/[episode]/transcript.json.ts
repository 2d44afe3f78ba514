/**
 * The episode's transcript as Podcasting 2.0 JSON (`/<episode>/transcript.json`), for a feed's
 * `<podcast:transcript type="application/json">`: written by src/export/podcast-json.ts, only
 * for episodes with times (src/site/transcript-files.ts).
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { podcastTranscriptJson } from '../../export/podcast-json.ts';
import { transcriptFilePaths } from '../../site/transcript-files.ts';

export function getStaticPaths() {
	return transcriptFilePaths();
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
	new Response(podcastTranscriptJson(props.cues), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
