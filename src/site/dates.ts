/**
 * Dates in frontmatter are calendar days (`2023-02-26`), parsed as UTC midnight; format them
 * in UTC so a reader west of Greenwich does not see the day before.
 */
export function formatDate(date: Date, lang: string): string {
	return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The `datetime` attribute of `<time>`: `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}
