import { parseClock } from '../../model/time.ts';
import type { DialectLine } from './dialect.ts';

/**
 * Otter: the speaker's name, two or more spaces and the time on a line of its own, the
 * words below.
 *
 * ```
 * Ada Lovelace  0:05
 * Thanks for having me.
 * ```
 */

const LABEL = /^(\S.{0,39}?)(?: {2,}|\t+)(\d{1,3}:\d{2}(?::\d{2})?)$/u;

export function readOtterLine(text: string): DialectLine | undefined {
	const match = LABEL.exec(text);
	const start = parseClock(match?.[2] ?? '');
	if (match === null || start === undefined) return undefined;
	return { kind: 'turn', speaker: (match[1] ?? '').trim(), start, text: '' };
}
