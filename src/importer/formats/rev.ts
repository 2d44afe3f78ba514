import { parseClock } from '../../model/time.ts';
import type { DialectLine } from './dialect.ts';

/**
 * Rev and Descript: the label on its own line with the time in parentheses, the words below.
 *
 * ```
 * Lenny (00:01:01):
 * Today my guest is Brian Chesky.
 *
 * (00:01:27):
 * In our conversation, Brian shares…
 * ```
 *
 * A bare `(00:01:27):` continues the turn after a pause. Also the one-line form
 * `[00:01:01] Lenny: Today my guest is…`. Full-width parentheses and colons are read too.
 */

const TIME = String.raw`\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
const LABELLED = new RegExp(String.raw`^([^()（）:：*[\]]{1,40}?)\s*[(（](${TIME})[)）]\s*[:：]\s*(.*)$`, 'u');
const PAUSE = new RegExp(String.raw`^[(（](${TIME})[)）]\s*[:：]?\s*(.*)$`, 'u');
const ONE_LINE = new RegExp(String.raw`^\[(${TIME})\]\s*([^:：*[\]]{1,40}?)\s*[:：]\s*(.*)$`, 'u');

const seconds = (time: string | undefined): number | undefined => parseClock((time ?? '').replace(',', '.'));

export function readRevLine(text: string): DialectLine | undefined {
	const labelled = LABELLED.exec(text) ?? undefined;
	const oneLine = labelled ? undefined : (ONE_LINE.exec(text) ?? undefined);
	if (labelled || oneLine) {
		const [speaker, time, rest] = labelled
			? [labelled[1], labelled[2], labelled[3]]
			: [oneLine?.[2], oneLine?.[1], oneLine?.[3]];
		const start = seconds(time);
		if (start === undefined || speaker === undefined) return undefined;
		return { kind: 'turn', speaker: speaker.trim(), start, text: (rest ?? '').trim() };
	}
	const pause = PAUSE.exec(text);
	const start = seconds(pause?.[1]);
	if (pause === null || start === undefined) return undefined;
	return { kind: 'pause', start, text: (pause[2] ?? '').trim() };
}
