/**
 * The script that applies the reader's theme in `<head>`, before the first paint, so a reader
 * who chose a theme never sees the other one flash (src/components/ThemeScript.astro). It must
 * run inline: a separate file would arrive too late. It is kept as text here, not in the
 * component, because the Content Security Policy allows it by the hash of exactly this text
 * (src/site/security-policy.ts): one string for both, so they cannot drift apart. Kept in step
 * with src/client/theme.ts, which owns the same storage key.
 */
export const themeScript = `(() => {
	const media = matchMedia('(prefers-color-scheme: dark)');
	const stored = () => {
		try {
			return localStorage.getItem('theme');
		} catch {
			return null;
		}
	};
	const apply = () => {
		const choice = stored();
		const dark = choice === 'dark' || (choice !== 'light' && media.matches);
		document.documentElement.dataset.theme = dark ? 'dark' : 'light';
	};
	apply();
	media.addEventListener('change', apply);
	addEventListener('storage', apply);
})();`;
