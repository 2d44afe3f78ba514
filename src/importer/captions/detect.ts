import type { TranscriptFormat } from './cue.ts';
import { normalizeSource } from './source.ts';
import { WHISPER_TSV_HEADER } from './tsv.ts';

const TIMING = /^\s*\d{1,2}(?::\d{1,2}){0,2}[.,]\d{1,3}\s+-->\s+\S/mu;
const HTML_TRANSCRIPT = /<(?:p|cite|time)[\s>]/iu;

function extension(fileName: string | undefined): string {
	return /\.([^./\\]+)$/u.exec(fileName ?? '')?.[1]?.toLowerCase() ?? '';
}

/**
 * Which format a transcript is in, from its content: `WEBVTT` first is WebVTT; a JSON
 * object with `segments` is Podcasting 2.0 JSON; markup with `<p>`, `<cite>` or `<time>`
 * is HTML; a number line then a `-->` line is SRT; Whisper's `start<TAB>end<TAB>text` header is TSV. The file name's extension only settles
 * what the content leaves open (a `.vtt` file without its `WEBVTT` line is still WebVTT,
 * so its parser can say what is missing); anything else is `text`.
 */
export function detectTranscriptFormat(source: string, fileName?: string): TranscriptFormat {
	const text = normalizeSource(source).trimStart();
	const hint = extension(fileName);
	if (/^WEBVTT(?:[ \t\n]|$)/u.test(text)) return 'vtt';
	if (text.startsWith('{')) {
		if (/"segments"\s*:/u.test(text) || hint === 'json') return 'json';
		return 'text';
	}
	if (text.startsWith('<') && (HTML_TRANSCRIPT.test(text) || hint === 'html' || hint === 'htm')) return 'html';
	const firstLines = text.split('\n', 3);
	if (WHISPER_TSV_HEADER.test(firstLines[0] ?? '')) return 'tsv';
	if (/^\d+\s*$/u.test(firstLines[0] ?? '') && /-->/u.test(firstLines[1] ?? '')) return 'srt';
	if (TIMING.test(firstLines[0] ?? '')) return hint === 'vtt' ? 'vtt' : 'srt';
	if ((hint === 'srt' || hint === 'vtt') && TIMING.test(text)) return hint;
	return 'text';
}
