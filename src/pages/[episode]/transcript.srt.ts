/**
 * The episode's transcript as SRT (`/<episode>/transcript.srt`), for a feed's
 * `<podcast:transcript type="application/x-subrip">`: written by src/export/srt.ts, only for
 * episodes with times (src/site/transcript-files.ts).
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { srt } from '../../export/srt.ts';
import { transcriptFilePaths } from '../../site/transcript-files.ts';

export function getStaticPaths() {
	return transcriptFilePaths();
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
	new Response(srt(props.cues), { headers: { 'Content-Type': 'application/x-subrip; charset=utf-8' } });
