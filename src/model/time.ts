/** `234.26` → `3:54`, `3725` → `1:02:05`: how a start time is shown to readers and in reports. */
export function formatSeconds(seconds: number): string {
	const whole = Math.floor(seconds);
	const h = Math.floor(whole / 3600);
	const m = Math.floor((whole % 3600) / 60);
	const s = String(whole % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * `754.26` → `12:34.26`: a time as a person reads it that keeps the fraction a caption had,
 * for the content's `:time[…]` marks (docs/content-format.md). `parseClock` reads it back.
 */
export function formatClock(seconds: number): string {
	const rounded = Math.round(seconds * 100) / 100;
	const fraction = rounded - Math.floor(rounded);
	const digits = fraction === 0 ? '' : fraction.toFixed(2).slice(1).replace(/0+$/u, '');
	return `${formatSeconds(rounded)}${digits}`;
}

const CLOCK = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:\.(\d{1,3}))?$/u;

/** `12:34`, `1:02:03`, `12:34.5` → seconds; undefined for anything else. */
export function parseClock(text: string): number | undefined {
	const match = CLOCK.exec(text.trim());
	if (!match) return undefined;
	const [, hours = '0', minutes = '0', seconds = '0', fraction] = match;
	if (Number(seconds) > 59 || (hours !== '0' && Number(minutes) > 59)) return undefined;
	const value =
		Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) + (fraction ? Number(`0.${fraction}`) : 0);
	return Math.round(value * 1000) / 1000;
}

/** `754.5` → `PT754.5S`: the ISO 8601 duration a `<time datetime>` takes. */
export function isoDuration(seconds: number): string {
	return `PT${Math.round(seconds * 1000) / 1000}S`;
}
