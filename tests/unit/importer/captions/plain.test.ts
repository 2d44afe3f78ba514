import { describe, expect, it } from 'vitest';
import { joinCues, readPlainText } from '../../../../src/importer/captions/index.ts';
import { ImportError } from '../../../../src/importer/errors.ts';
import { planImport } from '../../../../src/importer/plan.ts';

const plan = (text: string, options: { speakers?: string[] } = {}) =>
	planImport(new TextEncoder().encode(text), { file: 'episode.txt', ...options });

function failure(text: string): string {
	try {
		plan(text);
	} catch (error) {
		if (error instanceof ImportError) return error.format();
		throw error;
	}
	throw new Error('the text was imported without an error');
}

describe('a plain text without speakers', () => {
	it('is read as untimed cues, one a line, a line after a blank line starting a paragraph', () => {
		expect(readPlainText('\uFEFFFirst line,\r\nstill the first sentence.\r\n\r\nA new paragraph.\r\n')).toEqual([
			{ text: 'First line,', line: 1 },
			{ text: 'still the first sentence.', line: 2 },
			{ text: 'A new paragraph.', line: 4, paragraph: true },
		]);
	});

	it('joins lines cut mid-sentence, and keeps the paragraphs blank lines make', () => {
		const [turn] = joinCues(readPlainText('我们今天聊\nGPU 的价格。\n\n下一个话题。\n'));
		expect(turn?.paragraphs).toEqual([
			{ text: '我们今天聊 GPU 的价格。', line: 1 },
			{ text: '下一个话题。', line: 4 },
		]);
	});

	it('imports as one unnamed speaker in topic blocks, with no times', () => {
		const { report, files } = plan('Just an essay,\nwritten by Whisper.\nNo one is named here.\n');
		expect(report.source.format).toBe('plain');
		expect(report.episode.speakers).toEqual([{ id: 'speaker', name: 'Speaker' }]);
		expect(files.find((file) => file.path.startsWith('01-'))?.content).toContain(
			':::answer{#just-essay-written-by-speaker speaker="speaker"}\nJust an essay, written by Whisper. No one is named here.\n:::',
		);
	});

	it('still refuses a text that starts with a speaker label, as the text importer does', () => {
		expect(failure('Alban: Just an essay.\n\nNo one else speaks here.\n')).toContain('NoSpeakersFound');
	});

	it('still refuses a text when speakers were named with --speaker', () => {
		expect(() => plan('Just an essay.\n', { speakers: ['Alban'] })).toThrow(ImportError);
	});
});
