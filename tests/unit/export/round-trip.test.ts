import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { transcriptCues } from '../../../src/export/cues.ts';
import { podcastTranscriptJson } from '../../../src/export/podcast-json.ts';
import { srt } from '../../../src/export/srt.ts';
import { webvtt } from '../../../src/export/webvtt.ts';
import { captionWords, readCaptions } from '../../../src/importer/captions/index.ts';
import { planImport } from '../../../src/importer/plan.ts';
import type { Episode } from '../../../src/model/episode.ts';
import { isContentFile, readEpisode } from '../../../src/model/read-episode.ts';

/**
 * Export → import: a timed episode's transcript files, imported again, give the same
 * speakers, the same words in the same order, and the same answer start times. Read without
 * the site's typography, as the importer compares text as written.
 */
const folder = 'tests/fixtures/site/content/episodes/timed-3';
const original = readEpisode(
	folder,
	readdirSync(folder)
		.filter((name) => name.endsWith('.md'))
		.map((name) => ({ name, content: readFileSync(join(folder, name), 'utf8') })),
);
const cues = transcriptCues(original) ?? [];

const words = (episode: Episode): string[] =>
	episode.questions.flatMap((question) =>
		question.answers.flatMap((answer) => answer.paragraphs.flatMap(captionWords)),
	);
const answerStarts = (episode: Episode): (number | undefined)[] =>
	episode.questions.flatMap((question) => question.answers.map((answer) => answer.start));

async function reimport(text: string, file: string): Promise<Episode> {
	const captions = (await readCaptions(text, file)) ?? expect.fail(`${file} was read as plain text`);
	// The chapters keep the questions where they were; a caption file has no questions of its own.
	const chapters = original.questions.map((question) => ({
		start: question.answers[0]?.start ?? 0,
		title: question.question,
	}));
	const plan = planImport(new TextEncoder().encode(text), { file, captions, chapters, episode: 'timed-3' });
	return readEpisode(
		'content/episodes/timed-3',
		plan.files.filter((f) => isContentFile(f.path)).map((f) => ({ name: f.path, content: f.content })),
	);
}

describe('transcript files, exported and imported again', () => {
	it.each([
		['transcript.vtt', () => webvtt(cues)],
		['transcript.srt', () => srt(cues)],
		['transcript.json', () => podcastTranscriptJson(cues)],
	])('%s gives back the same speakers, words and answer times', async (file, serialize) => {
		expect(cues.length).toBeGreaterThan(0);
		const again = await reimport(serialize(), file);
		expect(again.speakers.map((speaker) => speaker.name).sort()).toEqual(
			original.speakers.map((speaker) => speaker.name).sort(),
		);
		expect(words(again)).toEqual(words(original));
		expect(answerStarts(again)).toEqual(answerStarts(original));
		expect(again.questions.map((question) => question.question)).toEqual(
			original.questions.map((question) => question.question),
		);
	});
});
