/**
 * The script that applies the reader's theme in `<head>`, before the first paint, so a reader
 * who chose a theme never sees the other one flash (src/components/ThemeScript.astro). It must
 * run inline: a separate file would arrive too late. It is kept as text here, not in the
 * component, because the Content Security Policy allows it by the hash of exactly this text
 * (src/site/security-policy.ts): one string for both, so they cannot drift apart. Kept in step
 * with src/client/theme.ts, which owns the same storage key.
 *
 * Written small, since every page carries it: the stored choice (`localStorage.theme`, which
 * may be unreadable) wins, else the system's scheme; it applies again when the system's scheme
 * or, in another tab, the stored choice changes.
 */
export const themeScript =
	"(()=>{const m=matchMedia('(prefers-color-scheme:dark)'),a=()=>{let c;try{c=localStorage.theme}catch{}" +
	"document.documentElement.dataset.theme=c=='dark'||c!='light'&&m.matches?'dark':'light'};a();m.onchange=a;onstorage=a})()";
