import { tokenizeVTTCue, type VTTCue, type VTTNode } from 'media-captions';
import type { Cue } from './cue.ts';
import { collapseWhiteSpace } from './text.ts';

/** A word or run of words and where it starts: at an inline timestamp, else at its cue's start. */
interface TimedPiece {
	start: number;
	text: string;
}

/** One line of a cue's text, cut into the pieces its inline timestamps mark. */
interface CueLine {
	pieces: TimedPiece[];
	/** Whether the line holds an inline timestamp (`<00:00:01.500>`): words said for the first time. */
	timed: boolean;
}

/** Whether a cue holds an inline timestamp anywhere in its text. */
function hasTimestamp(nodes: readonly VTTNode[]): boolean {
	return nodes.some((node) => node.type === 'timestamp' || (node.type !== 'text' && hasTimestamp(node.children)));
}

/** The lines of a cue, each cut at its inline timestamps; markup dropped, entities decoded. */
function cueLines(cue: VTTCue): CueLine[] {
	const lines: CueLine[] = [{ pieces: [{ start: cue.startTime, text: '' }], timed: false }];
	const current = (): CueLine => lines.at(-1) ?? { pieces: [], timed: false };
	const walk = (nodes: readonly VTTNode[]): void => {
		for (const node of nodes) {
			if (node.type === 'text') {
				const [first = '', ...rest] = node.data.split('\n');
				const piece = current().pieces.at(-1);
				if (piece) piece.text += first;
				for (const text of rest) lines.push({ pieces: [{ start: piece?.start ?? cue.startTime, text }], timed: false });
			} else if (node.type === 'timestamp') {
				// To the millisecond the file writes, without the float parse's `1.3599999999999999`.
				current().pieces.push({ start: Math.round(node.time * 1000) / 1000, text: '' });
				current().timed = true;
				// media-captions nests what follows a timestamp inside its node.
				walk(node.children);
			} else if (node.type !== 'rt') {
				walk(node.children);
			}
		}
	};
	walk(tokenizeVTTCue(cue));
	return lines;
}

/**
 * The words of a rolling caption file, as YouTube's automatic captions are exported
 * (`yt-dlp --write-auto-subs`), each once and in order, or `undefined` for a file that does
 * not roll. Such a file is told by its inline word times (`look<00:00:03.120><c> at</c>`):
 * each cue repeats the line before it as plain text and adds a line of new words with times,
 * and a cue of 10 ms between them shows the new line alone. A line is new when it has inline
 * times, or when it is not the line last read; the repeats are skipped.
 *
 * Each timed stretch becomes a cue of its own, starting at its inline time, so that a
 * paragraph starts at the word that starts it and a pause between words can end a paragraph.
 * Only the file's last word keeps an end (its cue's), as the cue ends say when a line leaves
 * the screen rather than when its words were said. `lines[i]` is the line cue `i` starts at.
 */
export function readRollingCues(cues: readonly VTTCue[], lines: readonly number[]): Cue[] | undefined {
	if (!cues.some((cue) => hasTimestamp(tokenizeVTTCue(cue)))) return undefined;
	const words: Cue[] = [];
	let lastLine = '';
	cues.forEach((cue, index) => {
		for (const line of cueLines(cue)) {
			const plain = collapseWhiteSpace(line.pieces.map((piece) => piece.text).join('')).trim();
			if (plain === '' || (!line.timed && plain === lastLine)) continue;
			lastLine = plain;
			for (const piece of line.pieces) {
				// Keep a space that separates a word from the one before it (`<c> GPU</c>`), as one space.
				const text = collapseWhiteSpace(piece.text).trimEnd();
				if (text.trim() === '') continue;
				words.push({ start: piece.start, text: words.length === 0 ? text.trimStart() : text, line: lines[index] ?? 1 });
			}
		}
	});
	const last = words.at(-1);
	const lastCue = cues.at(-1);
	if (last !== undefined && lastCue !== undefined) last.end = Math.max(last.start ?? 0, lastCue.endTime);
	return words;
}
