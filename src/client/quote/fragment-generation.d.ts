/**
 * Types for the part of text-fragments-polyfill (Apache-2.0) the quote links use: the
 * generator Chromium's own "Copy link to highlight" is based on. The package ships none.
 */
declare module 'text-fragments-polyfill/dist/fragment-generation-utils.js' {
	export interface TextFragment {
		textStart: string;
		textEnd?: string;
		prefix?: string;
		suffix?: string;
	}
	export const GenerateFragmentStatus: {
		SUCCESS: 0;
		INVALID_SELECTION: 1;
		AMBIGUOUS: 2;
		TIMEOUT: 3;
		EXECUTION_FAILED: 4;
	};
	/** Widens `range` to word boundaries (in place) and finds a fragment that matches it alone. */
	export function generateFragmentFromRange(
		range: Range,
		startTime?: number,
	): { status: 0 | 1 | 2 | 3 | 4; fragment?: TextFragment };
}
