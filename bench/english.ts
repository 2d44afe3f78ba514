/**
 * The English peer of `npm run bench -- --peers`: for each answer record of the generated
 * Chinese archive, an English record of the same shape (same URL, speaker, episode and
 * filters, as many paragraphs) with the same number of words in its question and in each
 * paragraph, so that indexing the two compares Chinese with English at equal length.
 *
 * Words are counted as a reader's browser counts them: the word-like segments of
 * `Intl.Segmenter` (ICU's dictionary segmentation for Chinese, spaces and punctuation for
 * English). The English text is drawn, seeded, from the English corpus the generator already
 * uses (tests/fixtures/corpus/transcriptator/): runs of its real sentences and words drawn by
 * their frequency, as in bench/synthetic.ts. Pure: records in, records out.
 */
import type { AnswerRecord } from '../src/search/records.ts';
import { drawWord, random, readSources, type Sources } from './synthetic.ts';

/** How many words `text` has: its word-like segments in `locale`. */
export function wordCount(text: string, locale: string): number {
	let count = 0;
	for (const segment of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) {
		if (segment.isWordLike === true) count += 1;
	}
	return count;
}

/** English text of exactly `words` words: about half real corpus sentences, half words drawn by frequency. */
export function englishText(from: Sources, next: () => number, words: number): string {
	const out: string[] = [];
	while (out.length < words) {
		if (next() < 0.5) {
			const sentence = from.englishSentences[Math.floor(next() * from.englishSentences.length)] ?? '';
			// Only what the segmenter counts as words, so that the count comes out exact.
			out.push(...sentence.split(/[^A-Za-z]+/u).filter((word) => word !== ''));
		} else {
			const length = 6 + Math.floor(next() * 14);
			for (let index = 0; index < length; index += 1) out.push(drawWord(from.english, next).replace(/'/gu, ''));
		}
	}
	const chosen = out.slice(0, words);
	const first = chosen[0] ?? '';
	if (chosen.length > 0) chosen[0] = `${first.charAt(0).toUpperCase()}${first.slice(1)}`;
	return chosen.length > 0 ? `${chosen.join(' ')}.` : '';
}

/** The English twin of each record: same shape and word counts, English text, `lang` "en". */
export function englishRecords(records: readonly AnswerRecord[], seed: number): AnswerRecord[] {
	const from = readSources();
	const next = random(seed);
	return records.map((record) => ({
		...record,
		lang: 'en',
		question: englishText(from, next, wordCount(record.question, record.lang)),
		paragraphs: record.paragraphs.map((paragraph) => englishText(from, next, wordCount(paragraph, record.lang))),
	}));
}

/** Words per record (question and paragraphs), for checking that both archives match. */
export function recordWords(records: readonly AnswerRecord[]): number {
	return records.reduce(
		(sum, record) =>
			sum +
			wordCount(record.question, record.lang) +
			record.paragraphs.reduce((words, paragraph) => words + wordCount(paragraph, record.lang), 0),
		0,
	);
}
