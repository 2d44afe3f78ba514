import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Cue } from './cue.ts';
import { invalidCaptionFile, normalizeSource, quote } from './source.ts';
import { joinLines } from './text.ts';

/** `0:00`, `1:07`, `1:02:03`, `12.5`: the clock times HTML transcripts put in `<time>`. */
function parseClock(value: string): number | undefined {
	const match = /^(?:(?:(\d+):)?(\d+):)?(\d+(?:\.\d+)?)$/u.exec(value.trim());
	if (!match) return undefined;
	const [, hours = '0', minutes = '0', seconds = '0'] = match;
	return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}

function textOf(node: Element): string {
	return joinLines(toText(node).split('\n'));
}

function lineOf(node: Element): number {
	return node.position?.start.line ?? 1;
}

/**
 * Reads a Podcasting 2.0 HTML transcript into cues: `<cite>` names the speaker (its trailing
 * colon dropped) until the next `<cite>`, `<time>` gives the start of the paragraphs after it,
 * and each `<p>` is a cue. The document goes through a real HTML parser (hast), so entities
 * and stray markup are handled as a browser would. A cue's line is that of the `<cite>` or
 * `<time>` that opened it, else of its `<p>`.
 */
export function parseHtmlTranscript(source: string, file: string): Cue[] {
	const tree = fromHtml(normalizeSource(source));
	const cues: Cue[] = [];
	let speaker: string | undefined;
	let start: number | undefined;
	let openedAt: number | undefined;
	let times = 0;

	const walk = (node: Nodes): void => {
		if (node.type !== 'root' && node.type !== 'element') return;
		if (node.type === 'element') {
			const name = node.tagName;
			if (name === 'script' || name === 'style' || name === 'template' || name === 'head') return;
			if (name === 'cite') {
				speaker = textOf(node).replace(/\s*[:：]$/u, '') || undefined;
				openedAt ??= lineOf(node);
				return;
			}
			if (name === 'time') {
				const value = typeof node.properties['dateTime'] === 'string' ? node.properties['dateTime'] : toText(node);
				const seconds = parseClock(value);
				if (seconds === undefined) {
					throw invalidCaptionFile(
						file,
						lineOf(node),
						`The \`<time>\` at line ${lineOf(node)} holds ${quote(value.trim())}, which is not a time. Nothing was written. Write it as \`m:ss\` or \`h:mm:ss\` (e.g. \`1:07\`) and import the file again.`,
					);
				}
				start = seconds;
				times += 1;
				openedAt ??= lineOf(node);
				return;
			}
			if (name === 'p') {
				cues.push({
					start: start ?? 0,
					...(speaker === undefined ? {} : { speaker }),
					text: textOf(node),
					line: openedAt ?? lineOf(node),
				});
				openedAt = undefined;
				return;
			}
		}
		for (const child of node.children) walk(child);
	};
	walk(tree);

	if (cues.length === 0 || times === 0) {
		throw invalidCaptionFile(
			file,
			undefined,
			`The HTML file has no ${cues.length === 0 ? '`<p>` paragraphs' : '`<time>` elements'}, so it is not a Podcasting 2.0 HTML transcript. Nothing was written. Give each paragraph a \`<cite>\` speaker and a \`<time>\` start (e.g. \`<cite>Alban:</cite> <time>0:42</time> <p>…</p>\`), or import the text as a plain transcript.`,
		);
	}
	return cues;
}
