import type { Cue } from './cue.ts';
import { endsSentence, joinText, paragraphFill, sentencePieces } from './text.ts';

/** A paragraph of a turn: where it starts in the audio and in the file, and its text. */
export interface TurnParagraph {
	/** Absent when the cues have no times (a plain text). */
	start?: number;
	text: string;
	line: number;
}

/** Consecutive cues of one speaker, as readable paragraphs. */
export interface Turn {
	speaker?: string;
	start?: number;
	end?: number;
	paragraphs: TurnParagraph[];
	/** The lines of every cue in the turn, in order, each once. */
	lines: number[];
}

export interface JoinOptions {
	/** A pause of at least this many seconds after a sentence starts a new paragraph. */
	pause?: number;
	/**
	 * After this many paragraphs' worth of text without a sentence end (see `paragraphFill`:
	 * about 600 Latin or 250 CJK characters each), a paragraph breaks between cues anyway.
	 */
	runOn?: number;
}

const DEFAULTS = { pause: 2, runOn: 3 } satisfies Required<JoinOptions>;

interface Piece {
	cue: Cue;
	text: string;
	/** The first piece of its cue: the join follows `joinText`, and a pause can come before it. */
	first: boolean;
	spaceBefore: boolean;
}

function piecesOf(cue: Cue): Piece[] {
	return sentencePieces(cue.text).map((piece, index) => ({
		cue,
		text: piece.text,
		first: index === 0,
		spaceBefore: piece.spaceBefore,
	}));
}

function paragraphsOf(cues: readonly Cue[], options: Required<JoinOptions>): TurnParagraph[] {
	const paragraphs: TurnParagraph[] = [];
	let current: TurnParagraph | undefined;
	let previous: Cue | undefined;
	for (const piece of cues.flatMap(piecesOf)) {
		if (current !== undefined) {
			const fill = paragraphFill(current.text);
			const before = previous?.end ?? previous?.start;
			const gap = before === undefined || piece.cue.start === undefined ? 0 : piece.cue.start - before;
			const paused = piece.first && gap >= options.pause;
			const breaks =
				(piece.first && piece.cue.paragraph === true) ||
				(endsSentence(current.text) ? paused || fill >= 1 : piece.first && fill >= options.runOn);
			if (breaks) {
				paragraphs.push(current);
				current = undefined;
			}
		}
		if (current === undefined) {
			current = {
				...(piece.cue.start === undefined ? {} : { start: piece.cue.start }),
				text: piece.text,
				line: piece.cue.line,
			};
		} else if (piece.first) {
			current.text = joinText(current.text, piece.text);
		} else {
			current.text = `${current.text}${piece.spaceBefore ? ' ' : ''}${piece.text}`;
		}
		previous = piece.cue;
	}
	if (current !== undefined) paragraphs.push(current);
	return paragraphs.map((paragraph) => ({ ...paragraph, text: paragraph.text.trim() }));
}

/**
 * Turns cues into readable speaker turns: consecutive cues of the same speaker (or of no
 * named speaker) form one turn; caption fragments are joined into sentences with the spacing
 * of `joinText`; a paragraph ends at a sentence end after a pause of `pause` seconds or once
 * it is long (about 600 Latin or 250 CJK characters), and mid-sentence only between cues after
 * `runOn` times that length; a cue marked `paragraph` always starts one. The words stay exactly as the cues have them.
 */
export function joinCues(cues: readonly Cue[], options: JoinOptions = {}): Turn[] {
	const settings = { ...DEFAULTS, ...options };
	const groups: Cue[][] = [];
	for (const cue of cues) {
		const group = groups.at(-1);
		if (group !== undefined && group[0]?.speaker === cue.speaker) group.push(cue);
		else groups.push([cue]);
	}
	return groups.flatMap((group): Turn[] => {
		const first = group[0];
		const last = group.at(-1);
		if (first === undefined || last === undefined) return [];
		const paragraphs = paragraphsOf(group, settings).filter((paragraph) => paragraph.text !== '');
		return [
			{
				...(first.speaker === undefined ? {} : { speaker: first.speaker }),
				...(first.start === undefined ? {} : { start: first.start }),
				...(last.end === undefined ? {} : { end: last.end }),
				paragraphs,
				lines: [...new Set(group.map((cue) => cue.line))],
			},
		];
	});
}
