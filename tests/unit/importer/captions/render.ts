import type { Turn } from '../../../../src/importer/captions/index.ts';

function clock(seconds: number | undefined): string {
	if (seconds === undefined) return 'untimed';
	const whole = Math.floor(seconds);
	const fraction = (seconds - whole).toFixed(3).slice(1);
	const hours = Math.floor(whole / 3600);
	const minutes = Math.floor(whole / 60) % 60;
	const rest = String(whole % 60).padStart(2, '0');
	return `${hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}` : minutes}:${rest}${fraction}`;
}

/** Speaker turns as a reviewer reads them: one heading per turn, one line per paragraph. */
export function renderTurns(turns: readonly Turn[]): string {
	return turns
		.map((turn) => {
			const span = turn.end === undefined ? clock(turn.start) : `${clock(turn.start)}–${clock(turn.end)}`;
			const lines = turn.lines.length === 1 ? `line ${turn.lines[0]}` : `lines ${turn.lines[0]}–${turn.lines.at(-1)}`;
			const heading = `## ${turn.speaker ?? '(no speaker)'} · ${span} · ${lines}`;
			const paragraphs = turn.paragraphs.map(
				(paragraph) => `[${clock(paragraph.start)} · line ${paragraph.line}] ${paragraph.text}`,
			);
			return [heading, ...paragraphs].join('\n\n');
		})
		.join('\n\n')
		.concat('\n');
}
