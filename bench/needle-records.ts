/**
 * A generated archive with planted needles (bench/needles.ts) as the search index's records:
 * the transcripts go the way an imported archive goes to the index — the importer's Markdown
 * (src/importer/markdown.ts), the content model (src/model/read-episode.ts, with the site's
 * smart quotes) and the answer records (src/search/records.ts) — without an Astro build, which
 * the index does not need.
 */
import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { renderEpisode } from '../src/importer/markdown.ts';
import { readEpisode } from '../src/model/read-episode.ts';
import { answerRecords, type AnswerRecord } from '../src/search/records.ts';
import { plantNeedles, type Needle } from './needles.ts';
import { syntheticTranscripts } from './synthetic.ts';

export interface NeedleArchive {
	records: AnswerRecord[];
	needles: Needle[];
}

/** `answers` generated answers (seed `seed`) carrying `needles` needles, as index records. */
export function needleArchive(shape: { answers: number; seed: number; needles: number }): NeedleArchive {
	const { transcripts, needles } = plantNeedles(syntheticTranscripts(shape), {
		count: shape.needles,
		seed: shape.seed,
	});
	const typographer = unified().use(remarkSmartypants);
	const typography = (tree: Root): void => void typographer.runSync(tree);
	const episodes = transcripts.map((transcript) =>
		readEpisode(
			`episodes/${transcript.episode.slug}`,
			renderEpisode(transcript).map((file) => ({ name: file.path, content: file.content })),
			{ typography },
		),
	);
	return { records: answerRecords(episodes), needles };
}
