import { isFooterLabel, isNoteLabel, looksLikeName, splitLabel } from '../labels.ts';
import type { Cue } from './cue.ts';

/** The name a cue starts with (`Adam Curry: podcasting 2.0…`), and the text after it. */
function nameLabel(text: string): { name: string; rest: string } | undefined {
	const labelled = splitLabel(text);
	if (!labelled) return undefined;
	const { label, rest } = labelled;
	if (!looksLikeName(label) || isNoteLabel(label) || isFooterLabel(label)) return undefined;
	// Names start with a capital (`Alban`, `SPEAKER_1`), a digit or a CJK character; a
	// lowercase word before a colon is prose (`so here's the thing: …`).
	if (/^\p{Ll}/u.test(label)) return undefined;
	return { name: label, rest };
}

/** Whether a text starts with a speaker's name and a colon (`Alban: Hi.`), as a labelled transcript's first line does. */
export function startsWithNameLabel(text: string): boolean {
	return nameLabel(text) !== undefined;
}

/**
 * Speakers from `Name:` at the start of cues, as SRT files and some WebVTT files write them.
 * A label names the speaker of its cue and of every cue after it until the next label (in
 * podcasting_20_episode_124.srt only the first cue of a turn carries `Adam Curry:`).
 *
 * Labels count only when the file uses them: its first cue starts with one and some name
 * labels two or more cues (people speak more than once). Otherwise a cue such as
 * `Subtitles: @marlonrock1986` (LaLaLand.vtt, which also has one `Say after me:`) or
 * `Note: this` is text.
 * Files whose cues already have speakers (WebVTT `<v Name>`) are left as they are.
 */
export function applySpeakerLabels(cues: readonly Cue[]): Cue[] {
	if (cues.some((cue) => cue.speaker !== undefined)) return [...cues];
	const first = cues.find((cue) => cue.text !== '');
	if (first === undefined || nameLabel(first.text) === undefined) return [...cues];
	const names = cues.flatMap((cue) => nameLabel(cue.text)?.name ?? []);
	if (names.length === new Set(names).size) return [...cues];

	let speaker: string | undefined;
	return cues.map((cue) => {
		const label = nameLabel(cue.text);
		if (label) {
			speaker = label.name;
			return { ...cue, speaker, text: label.rest };
		}
		return speaker === undefined ? cue : { ...cue, speaker };
	});
}
