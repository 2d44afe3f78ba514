import { isQuestionLabel } from '../labels.ts';
import type { SourceLine } from '../transcript.ts';
import { readsAs, turnLines, type LineReader } from './dialect.ts';
import { readOtterLine } from './otter.ts';
import { readRevLine } from './rev.ts';
import { findTurnSpeakers, readTurnStart } from './speakers.ts';
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

/** How each layout the importer knows looks, for the message when none fits. */
const LAYOUTS: { format: TextFormat; name: string; example: string }[] = [
	{ format: 'zoom', name: 'Zoom', example: '[Name] 14:00:03' },
	{ format: 'otter', name: 'Otter', example: 'Name  0:05' },
	{ format: 'rev', name: 'Rev/Descript', example: 'Name (00:01:01):' },
	{ format: 'speakers', name: 'speaker labels', example: 'Name: text' },
];

/**
 * Why no layout fits, for a person to act on: each layout the importer tried, how many of
 * its turn lines the file has (two or more make the layout) and the first one, so that a
 * label used only once, or a near miss, can be seen and named with a flag.
 */
export function describeAttempts(lines: SourceLine[]): string {
	const tried = LAYOUTS.map(({ format, name, example }) => {
		const found =
			format === 'speakers'
				? lines.filter(({ text }) => readTurnStart(text) !== undefined)
				: turnLines(lines, DIALECTS[format as Dialect]);
		const first = found[0];
		return `${name} (\`${example}\`): ${found.length === 0 ? 'none' : `${found.length}, first on line ${first?.line ?? '?'}`}`;
	});
	return `Tried ${tried.join('; ')}; a layout needs two or more turn lines.`;
}

const quoteLine = (line: SourceLine): string => {
	const text = line.text.length > 40 ? `${line.text.slice(0, 39)}…` : line.text;
	return `\`${text}\` on line ${line.line}`;
};

/** Why the file was read as `format`, in a few words for the report and the summary. */
export function explainFormat(lines: SourceLine[], format: TextFormat, questionLabels: readonly string[]): string {
	if (isDialect(format)) {
		const found = turnLines(lines, DIALECTS[format]);
		const first = found[0];
		return `${found.length} turn lines in its layout${first ? `, the first ${quoteLine(first)}` : ''}`;
	}
	if (format === 'article') {
		const first = lines.find(({ text }) => {
			const turn = readTurnStart(text);
			return turn !== undefined && isQuestionLabel(turn.label, questionLabels);
		});
		return first ? `a question label, the first ${quoteLine(first)}` : 'question labels';
	}
	const speakers = findTurnSpeakers(lines, []);
	const found = lines.filter(({ text }) => speakers.has(readTurnStart(text)?.label ?? ''));
	const first = found[0];
	return `${found.length} lines start with a speaker's label${first ? `, the first ${quoteLine(first)}` : ''}`;
}
