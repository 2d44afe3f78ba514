/**
 * Where in the conversation a moment of the audio falls, from the times the answers carry
 * (`data-start`, `data-end`, src/markdown/remark-answers.ts), and the moment a link asks for
 * (`?t=`). Pure, so the unit tests read it without a browser.
 */

/** An answer's times, in seconds from the start of the episode. */
export interface Timed {
	start: number;
	end?: number | undefined;
}

/**
 * The index of the answer being heard at `seconds`, or -1 between answers (a question being
 * asked) and before the first. An answer lasts from its start to its end; without an end, to
 * the next answer's start, and the last one to `until` (what follows the page: the next
 * question). Starts are compared in whole seconds, as `?t=` links carry them (an answer at 4.5 s
 * is shared as `?t=4`), so a link lands in its answer rather than just before it.
 */
export function answerAt(answers: readonly Timed[], seconds: number, until = Number.POSITIVE_INFINITY): number {
	let found = -1;
	answers.forEach(({ start, end }, index) => {
		const ends = end ?? answers[index + 1]?.start ?? until;
		if (Math.floor(start) <= seconds && seconds < ends) found = index;
	});
	return found;
}

/**
 * The start a link asks for: `?t=754` (seconds, as podcast apps and the share buttons write it)
 * → 754. Undefined when there is none, or it is not a finite number of seconds from 0 on.
 */
export function startFromSearch(search: string): number | undefined {
	const value = new URLSearchParams(search).get('t')?.trim();
	if (value === undefined || value === '') return undefined;
	const seconds = Number(value);
	return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}
