import { isQuestionLabel } from '../labels.ts';
import type { SourceLine } from '../transcript.ts';
import { readTurnStart } from './speakers.ts';

export const TEXT_FORMATS = ['article', 'speakers'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

/**
 * Article Q&A when any line starts with a question label (`问题：`, `Q:`); otherwise a
 * speaker transcript, where every turn starts with the speaker's name.
 */
export function detectFormat(lines: SourceLine[], questionLabels: readonly string[]): TextFormat {
	const labelled = lines.some(({ text }) => {
		const turn = readTurnStart(text);
		return turn !== undefined && isQuestionLabel(turn.label, questionLabels);
	});
	return labelled ? 'article' : 'speakers';
}
