import { isNoteLabel, looksLikeName } from '../labels.ts';
import type { SourceLine } from '../transcript.ts';
import { classifyOtherLine, type ConversationSplit } from './conversation.ts';
import type { Turn } from './speakers.ts';

/**
 * The text dialects of transcription tools (Rev, Descript, Otter, Zoom) differ only in how a
 * line says who speaks and when. Each dialect is a line reader that recognises its own turn
 * lines; `readDialectTurns` makes the same speaker turns from any of them, and the speaker
 * splitter (speakers.ts) makes questions of those turns by their hosts.
 */

/** What a dialect's line reader recognises in one line. */
export type DialectLine =
	/** A speaker's label and start time; `text` is what follows on the same line, if anything. */
	| { kind: 'turn'; speaker: string; start?: number; text: string }
	/** Only a time (`(00:01:27):` in Rev): the speaker goes on, in a new paragraph from then. */
	| { kind: 'pause'; start: number; text: string };

export type LineReader = (text: string) => DialectLine | undefined;

/** A label is a speaker when it is shaped like a name and does not introduce a note (`Note:`). */
const isSpeaker = (label: string): boolean => looksLikeName(label) && !isNoteLabel(label);

/**
 * Turns a dialect's lines into speaker turns. Lines before the first turn go to
 * `split.header`; lines that are only a label (and time) go to `split.labels`, since the
 * turn carries both. A turn by the speaker who just spoke continues that turn as a new
 * paragraph with its own time, as do bare times. Every paragraph that starts at a known
 * time carries it, so the Markdown shows it as `:time[12:34]`.
 */
export function readDialectTurns(lines: SourceLine[], readLine: LineReader, split: ConversationSplit): Turn[] {
	const turns: Turn[] = [];
	let pendingStart: number | undefined;
	let inFooter = false;
	for (const line of lines) {
		if (line.text === '') continue;
		const read = readLine(line.text);
		const turn = turns.at(-1);
		if (read !== undefined && (read.kind === 'pause' ? turn !== undefined : isSpeaker(read.speaker))) {
			inFooter = false;
			const speaker = read.kind === 'turn' ? read.speaker : (turn?.speaker ?? '');
			const continues = turn !== undefined && turn.speaker === speaker;
			if (!continues) {
				turns.push({
					speaker,
					line: line.line,
					paragraphs: [],
					...(read.start === undefined ? {} : { start: read.start }),
				});
			}
			const current = turns.at(-1);
			if (read.text === '') {
				split.labels.push({ line: line.line, text: line.text, speaker });
				pendingStart = read.start;
			} else {
				current?.paragraphs.push({
					line: line.line,
					text: read.text,
					...(read.start === undefined ? {} : { start: read.start }),
				});
				pendingStart = undefined;
			}
			continue;
		}
		if (turn === undefined) {
			split.header.push(line);
			continue;
		}
		const kind = classifyOtherLine(line, undefined, inFooter, split);
		if (kind === 'footer') inFooter = true;
		if (kind !== 'text') continue;
		turn.paragraphs.push(pendingStart === undefined ? line : { ...line, start: pendingStart });
		pendingStart = undefined;
	}
	return turns;
}

/** The lines that start a turn in this dialect, by a speaker-shaped label. */
export function turnLines(lines: SourceLine[], readLine: LineReader): SourceLine[] {
	return lines.filter((line) => {
		const read = readLine(line.text);
		return read?.kind === 'turn' && isSpeaker(read.speaker);
	});
}

/** Whether two or more lines are this dialect's turn lines: enough to call the file this dialect. */
export function readsAs(lines: SourceLine[], readLine: LineReader): boolean {
	return turnLines(lines, readLine).length >= 2;
}
