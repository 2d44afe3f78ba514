import { describe, expect, it } from 'vitest';
import { toLines } from '../../../src/importer/decode.ts';
import { renderEpisode } from '../../../src/importer/markdown.ts';
import { splitTranscript } from '../../../src/importer/split.ts';
import { findLostLines } from '../../../src/importer/verify.ts';
import { seedText } from './seed.ts';

const input = toLines(seedText()).filter((line) => line.text !== '');
const transcript = splitTranscript(seedText(), { file: 'onboard-26.txt' });

describe('the nothing-lost check', () => {
	it('passes for the seed as imported', () => {
		expect(findLostLines(input, transcript, renderEpisode(transcript))).toEqual([]);
	});

	it('finds a paragraph that the Markdown lost', () => {
		const files = renderEpisode(transcript).map((file) =>
			file.path === '03-stable-diffusion.md'
				? { ...file, content: file.content.replace(/\n\n二是它的生成的部分[^\n]*/u, '') }
				: file,
		);
		expect(findLostLines(input, transcript, files)).toEqual([
			expect.objectContaining({
				line: 46,
				problem: 'was assigned to the content but is missing from the Markdown written',
			}),
		]);
	});

	it('finds a line that the splitter neither used nor dropped', () => {
		const forgetful = { ...transcript, dropped: transcript.dropped.filter((entry) => entry.line !== 110) };
		expect(findLostLines(input, forgetful, renderEpisode(forgetful))).toEqual([
			expect.objectContaining({ line: 110, problem: 'is neither in the content nor in the dropped list' }),
		]);
	});

	it('survives text that means something in Markdown', () => {
		const text =
			'Episode 1: *Stars*\n\nQ: What is `code` & <html>?\n\nAda: 1. Not a list. # Not a heading _either_\n\nAda: [link](x) **bold**';
		const tricky = splitTranscript(text, { file: 't.txt' });
		expect(
			findLostLines(
				toLines(text).filter((line) => line.text !== ''),
				tricky,
				renderEpisode(tricky),
			),
		).toEqual([]);
	});
});
