/**
 * `4.5` → `00:00:04.500`: a cue time as caption files write it, hours always given, with the
 * decimal mark of the format (`.` for WebVTT, `,` for SRT).
 */
export function cueTimestamp(seconds: number, decimalMark: '.' | ','): string {
	const milliseconds = Math.round(seconds * 1000);
	const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
	const hours = Math.floor(milliseconds / 3_600_000);
	const minutes = Math.floor(milliseconds / 60_000) % 60;
	const wholeSeconds = Math.floor(milliseconds / 1000) % 60;
	return `${pad(hours)}:${pad(minutes)}:${pad(wholeSeconds)}${decimalMark}${pad(milliseconds % 1000, 3)}`;
}
