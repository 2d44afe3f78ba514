import type { Cue } from './cue.ts';
import { normalizeSource } from './source.ts';
import { collapseWhiteSpace } from './text.ts';

/**
 * A plain text with no speakers and no times, such as the `.txt` the OpenAI Whisper command
 * line writes (a segment a line), read as untimed cues: one per line with words, its line
 * number kept, and a line after a blank line starting a paragraph of its own. Joined like
 * any cues (`joinCues`), lines become sentences and paragraphs, and the nothing-lost check
 * compares words, not lines.
 */
export function readPlainText(source: string): Cue[] {
	const cues: Cue[] = [];
	let afterBlank = false;
	normalizeSource(source)
		.split('\n')
		.forEach((line, index) => {
			const text = collapseWhiteSpace(line).trim();
			if (text === '') {
				afterBlank = cues.length > 0;
				return;
			}
			cues.push({ text, line: index + 1, ...(afterBlank ? { paragraph: true } : {}) });
			afterBlank = false;
		});
	return cues;
}
