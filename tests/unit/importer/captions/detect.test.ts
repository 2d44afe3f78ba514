import { describe, expect, it } from 'vitest';
import { applySpeakerLabels, detectTranscriptFormat, type Cue } from '../../../../src/importer/captions/index.ts';

describe('detecting the format', () => {
	it('tells the formats apart by content, whatever the file is called', () => {
		expect(detectTranscriptFormat('WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n', 'episode.txt')).toBe('vtt');
		expect(detectTranscriptFormat('1\n00:00:00,000 --> 00:00:01,000\nHi\n', 'episode.txt')).toBe('srt');
		expect(detectTranscriptFormat('{"version":"1.0.0","segments":[]}', 'episode.txt')).toBe('json');
		expect(detectTranscriptFormat('<cite>Alban:</cite><time>0:00</time><p>Hi</p>', 'episode.txt')).toBe('html');
		expect(detectTranscriptFormat('主持人：你好\n嘉宾：你好', 'episode.vtt')).toBe('text');
	});

	it('uses the extension only to settle what the content leaves open', () => {
		expect(detectTranscriptFormat('00:00.000 --> 00:01.000\nHi\n', 'episode.vtt')).toBe('vtt');
		expect(detectTranscriptFormat('00:00.000 --> 00:01.000\nHi\n', 'episode')).toBe('srt');
		expect(detectTranscriptFormat('{"version": "1.0.0", "segments": [', 'episode.json')).toBe('json');
		expect(detectTranscriptFormat('{"title": "not a transcript"}', 'notes')).toBe('text');
	});

	it('reads past a byte order mark and leading blank lines', () => {
		expect(detectTranscriptFormat('\uFEFF\r\n\r\nWEBVTT\r\n')).toBe('vtt');
	});
});

describe('speaker labels in caption text', () => {
	const cues = (...texts: string[]): Cue[] => texts.map((text, index) => ({ start: index, text, line: index + 1 }));

	it('takes `Name:` labels when the file uses them, until the next label', () => {
		const labelled = applySpeakerLabels(cues('Alban: Hi.', 'and more', 'Kevin: Hello.', 'Alban: Bye.'));
		expect(labelled.map(({ speaker, text }) => [speaker, text])).toEqual([
			['Alban', 'Hi.'],
			['Alban', 'and more'],
			['Kevin', 'Hello.'],
			['Alban', 'Bye.'],
		]);
	});

	it('keeps a lone `Note:` in an unlabelled file as text', () => {
		const plain = cues('We start here.', 'Note: this is said aloud.', 'And go on.');
		expect(applySpeakerLabels(plain)).toEqual(plain);
	});

	it('keeps labels that never recur as text', () => {
		const once = cues('Subtitles: @someone', 'It is a sunny day.', 'Say after me: la la la');
		expect(applySpeakerLabels(once)).toEqual(once);
	});

	it('does not take a note, a lowercase word or prose for a speaker in a labelled file', () => {
		const labelled = applySpeakerLabels(
			cues('Alban: Hi.', 'Note: not a person.', 'so here is the thing: it works', 'Alban: Bye.'),
		);
		expect(labelled.map(({ speaker, text }) => [speaker, text])).toEqual([
			['Alban', 'Hi.'],
			['Alban', 'Note: not a person.'],
			['Alban', 'so here is the thing: it works'],
			['Alban', 'Bye.'],
		]);
	});

	it('leaves cues that already have speakers as they are', () => {
		const voiced = cues('Alban: Hi.', 'Alban: Bye.').map((cue) => ({ ...cue, speaker: 'SPEAKER_1' }));
		expect(applySpeakerLabels(voiced)).toEqual(voiced);
	});
});
