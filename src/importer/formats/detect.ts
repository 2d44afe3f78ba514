import { isQuestionLabel } from '../labels.ts';
import type { SourceLine } from '../transcript.ts';
import { readsAs, type LineReader } from './dialect.ts';
import { readOtterLine } from './otter.ts';
import { readRevLine } from './rev.ts';
import { readTurnStart } from './speakers.ts';
import { readZoomLine } from './zoom.ts';

/** The line reader of each transcription tool's text dialect, in the order detection tries them. */
export const DIALECTS = { zoom: readZoomLine, otter: readOtterLine, rev: readRevLine } as const satisfies Record<
	string,
	LineReader
>;
export type Dialect = keyof typeof DIALECTS;

export const TEXT_FORMATS = ['article', 'speakers', 'rev', 'otter', 'zoom'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

export const isDialect = (format: TextFormat): format is Dialect => format in DIALECTS;

/**
 * A transcription tool's dialect when two or more lines are its turn lines (`[Name] 11:02:09`
 * for Zoom, `Name  0:05` for Otter, `Name (00:01:01):` or `[00:01:01] Name:` for Rev);
 * else article Q&A when any line starts with a question label (`问题：`, `Q:`); otherwise a
 * speaker transcript, where every turn starts with the speaker's name.
 */
export function detectFormat(lines: SourceLine[], questionLabels: readonly string[]): TextFormat {
	const dialect = (Object.keys(DIALECTS) as Dialect[]).find((name) => readsAs(lines, DIALECTS[name]));
	if (dialect !== undefined) return dialect;
	const labelled = lines.some(({ text }) => {
		const turn = readTurnStart(text);
		return turn !== undefined && isQuestionLabel(turn.label, questionLabels);
	});
	return labelled ? 'article' : 'speakers';
}
