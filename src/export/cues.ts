/**
 * An episode as timed cues: what every transcript file the site publishes (WebVTT, SRT,
 * Podcasting 2.0 JSON) is written from, so that the three agree cue for cue.
 *
 * - One cue per paragraph that has its own time (`:time[12:34]`); an answer without paragraph
 *   times is one cue, from its `start=`. A paragraph without a time stays in the cue before it.
 * - A cue ends when the next paragraph of its answer starts; the answer's last cue ends at the
 *   answer's `end=`, or else when the next cue starts. A cue with neither (the last one, or one
 *   that shares its start with the next) lasts as long as its words take to say
 *   (`speakingTime`).
 * - A long paragraph stays one cue: players show a cue of any length, and cutting it would
 *   invent times the transcript does not have.
 *
 * An episode is exported only when every answer has a time and the times never go back, as
 * caption files need: otherwise `transcriptCues` gives undefined, and the episode publishes no
 * transcript files (docs/transcript-files.md).
 */
import type { Episode } from '../model/episode.ts';

export interface Cue {
	/**
	 * Unique within the episode: the answer's anchor for its first cue, `anchor.2`, `anchor.3`
	 * for the next ones (an anchor has no dot, so none can take them).
	 */
	id: string;
	/** Seconds from the start of the episode, to the millisecond. */
	start: number;
	/** Seconds from the start of the episode, to the millisecond; always after `start`. */
	end: number;
	/** The speaker's display name. */
	speaker: string;
	/** The text, one line per paragraph of the answer it holds. */
	lines: string[];
}

/** Words (or Chinese characters) said per second, for a cue the transcript gives no end. */
const WORDS_PER_SECOND = 3;
/** The shortest a cue without an end lasts, in seconds. */
const MIN_SPEAKING_TIME = 2;

const toMilliseconds = (seconds: number): number => Math.round(seconds * 1000) / 1000;

/**
 * How long `lines` take to say, in seconds: a word, or a Han character, takes a third of a
 * second; at least two seconds.
 */
export function speakingTime(lines: readonly string[]): number {
	const words = lines.join(' ').match(/\p{Script=Han}|[^\s\p{Script=Han}]+/gu)?.length ?? 0;
	return Math.max(MIN_SPEAKING_TIME, toMilliseconds(words / WORDS_PER_SECOND));
}

interface Draft extends Omit<Cue, 'end'> {
	/** The answer's `end=`, on the answer's last cue. */
	end?: number | undefined;
}

/** The episode's cues in conversation order, or undefined when it cannot be exported (see above). */
export function transcriptCues(episode: Episode): Cue[] | undefined {
	const names = new Map(episode.speakers.map((speaker) => [speaker.id, speaker.name]));
	const drafts: Draft[] = [];
	for (const question of episode.questions) {
		for (const answer of question.answers) {
			const speaker = names.get(answer.speakerId) ?? answer.speakerId;
			const own: Draft[] = [];
			for (const [index, text] of answer.paragraphs.entries()) {
				const time = index === 0 ? (answer.paragraphStarts[0] ?? answer.start) : answer.paragraphStarts[index];
				const current = own.at(-1);
				const start = time === undefined ? undefined : toMilliseconds(time);
				if (current && (start === undefined || start === current.start)) {
					current.lines.push(text);
				} else if (start !== undefined) {
					const id = own.length === 0 ? answer.anchor : `${answer.anchor}.${own.length + 1}`;
					own.push({ id, start, speaker, lines: [text] });
				}
			}
			const last = own.at(-1);
			// An answer without a time of its own: a transcript file would have to invent one.
			if (!last) return undefined;
			last.end = answer.end === undefined ? undefined : toMilliseconds(answer.end);
			drafts.push(...own);
		}
	}
	if (drafts.length === 0) return undefined;
	// Caption formats want cues in order of their start (WebVTT's validator refuses others).
	if (drafts.some((draft, index) => index > 0 && draft.start < (drafts[index - 1]?.start ?? 0))) return undefined;
	return drafts.map((draft, index) => {
		const next = drafts[index + 1]?.start;
		const end =
			[draft.end, next].find((time) => time !== undefined && time > draft.start) ??
			toMilliseconds(draft.start + speakingTime(draft.lines));
		return { ...draft, end };
	});
}
