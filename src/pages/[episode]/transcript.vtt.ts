/**
 * The episode's transcript as WebVTT (`/<episode>/transcript.vtt`), for a feed's
 * `<podcast:transcript type="text/vtt">`: written by src/export/webvtt.ts, only for episodes
 * with times (src/site/transcript-files.ts).
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { webvtt } from '../../export/webvtt.ts';
import { transcriptFilePaths } from '../../site/transcript-files.ts';

export function getStaticPaths() {
	return transcriptFilePaths();
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
	new Response(webvtt(props.cues), { headers: { 'Content-Type': 'text/vtt; charset=utf-8' } });
