import { tokenizeVTTCue, type VTTCue, type VTTNode } from 'media-captions';
import type { Cue } from './cue.ts';
import { invalidCaptionFile, quote } from './source.ts';
import { joinLines } from './text.ts';

/** A stretch of one cue's text said by one voice (`<v Name>`), or by no named voice. */
interface VoiceRun {
	speaker?: string;
	text: string;
}

function plainText(nodes: readonly VTTNode[]): string {
	return nodes
		.map((node) => {
			if (node.type === 'text') return node.data;
			// Ruby text is a reading aid for the characters before it, and timestamps are not words.
			if (node.type === 'rt' || node.type === 'timestamp') return '';
			return plainText(node.children);
		})
		.join('');
}

function oneLine(text: string): string {
	return joinLines(text.split('\n'));
}

/**
 * The text of a cue, split where its voice changes: markup (`<i>`, `<c.x>`) removed,
 * entities (`&amp;`) decoded by media-captions' tokenizer, lines joined into one. A cue
 * holding `<v Alban>Hi</v><v Kevin>Hello` gives two runs.
 */
function voiceRuns(cue: VTTCue): VoiceRun[] {
	const runs: VoiceRun[] = [];
	let unvoiced: VTTNode[] = [];
	const flush = () => {
		if (unvoiced.length > 0) runs.push({ text: oneLine(plainText(unvoiced)) });
		unvoiced = [];
	};
	for (const node of tokenizeVTTCue(cue)) {
		if (node.type === 'v') {
			flush();
			const speaker = node.voice.trim();
			const text = oneLine(plainText(node.children));
			runs.push(speaker === '' ? { text } : { speaker, text });
		} else {
			unvoiced.push(node);
		}
	}
	flush();
	const spoken = runs.filter((run) => run.text !== '');
	return spoken.length > 0 ? spoken : [{ text: '' }];
}

/**
 * Whether a cue's text has a `<` that no `>` closes (`<v Alban Hi there`): WebVTT reads all
 * that follows as the tag, so the words in it would be silently lost.
 */
function hasUnclosedTag(text: string): boolean {
	const open = text.lastIndexOf('<');
	return open !== -1 && !text.includes('>', open);
}

/**
 * media-captions' cues as `Cue`s: one per voice run (a cue with two `<v>` voices is two cues),
 * each with the line its cue starts on, as `lineOf(index)` gives it. A cue with a tag left
 * open is refused (`InvalidCaptionFile`, naming `file` and the line) rather than read without its words.
 */
export function cuesOf(cues: readonly VTTCue[], lineOf: (index: number) => number, file: string): Cue[] {
	return cues.flatMap((cue, index) => {
		if (hasUnclosedTag(cue.text)) {
			const line = lineOf(index);
			throw invalidCaptionFile(
				file,
				line,
				`The cue at line ${line} has a tag that is never closed with \`>\`, so its words would be lost: ${quote(cue.text.slice(0, 80))}. Nothing was written. Close the tag (\`<v Name>\`), or write a \`<\` that is text as \`&lt;\`, and import the file again.`,
			);
		}
		return voiceRuns(cue).map((run) => ({
			start: cue.startTime,
			end: cue.endTime,
			...(run.speaker === undefined ? {} : { speaker: run.speaker }),
			text: run.text,
			line: lineOf(index),
		}));
	});
}
