import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	captionWords,
	cueWords,
	joinCues,
	joinText,
	readCaptions,
	type Cue,
} from '../../../../src/importer/captions/index.ts';
import { renderTurns } from './render.ts';

const fixtures = new URL('../../../fixtures/captions/', import.meta.url);

function words(...texts: string[]): Cue[] {
	return texts.map((text, index) => ({ start: index * 0.3, end: index * 0.3 + 0.25, text, line: index + 1 }));
}

const joined = (cues: readonly Cue[]) =>
	joinCues(cues)
		.flatMap((turn) => turn.paragraphs.map((paragraph) => paragraph.text))
		.join('\n');

describe('joining caption fragments', () => {
	it('puts a space between Latin words and none before punctuation or after an opening bracket', () => {
		expect(joined(words('Hey', ',', 'Travis', '(', 'the', 'host', ')', 'here', '.', 'Right', '?'))).toBe(
			'Hey, Travis (the host) here. Right?',
		);
	});

	it('puts no space between CJK characters or around CJK punctuation', () => {
		expect(joined(words('欢迎', '收听', '。', '我们', '「', '训练', '」', '，', '对吗', '？'))).toBe(
			'欢迎收听。我们「训练」，对吗？',
		);
	});

	it('keeps the spaces mixed Chinese and English text has inside a cue', () => {
		expect(joinText('我们用 GPU 训练', '和 TPU')).toBe('我们用 GPU 训练和 TPU');
		expect(joined(words('我们用 GPU 训练，pre-train阶段'))).toBe('我们用 GPU 训练，pre-train阶段');
	});

	it('joins a CJK-ending fragment and a CJK-starting fragment without a space', () => {
		expect(joinText('今天我们聊聊', '大模型的训练。')).toBe('今天我们聊聊大模型的训练。');
		expect(joinText('like, show up and', 'record this')).toBe('like, show up and record this');
	});

	it('keeps a space the source put at a join and collapses runs of white space', () => {
		expect(joinText('It’s ', ' Friday')).toBe('It’s Friday');
		expect(joinText('a\u00A0\tb', 'c')).toBe('a b c');
	});

	it('changes no word: no re-casing, no added punctuation', () => {
		const cues = words('it’s', 'friday', 'the', '2nd', 'of', 'june', '2023');
		expect(joined(cues)).toBe('it’s friday the 2nd of june 2023');
	});
});

describe('paragraphs', () => {
	const cue = (start: number, text: string, end = start + 1): Cue => ({ start, end, text, line: start + 1 });

	it('starts a new paragraph at a sentence end after a pause of two seconds', () => {
		const turns = joinCues([cue(0, 'One sentence.'), cue(3, 'After a pause.'), cue(4.5, 'Right after.')]);
		expect(turns[0]?.paragraphs.map((paragraph) => paragraph.text)).toEqual([
			'One sentence.',
			'After a pause. Right after.',
		]);
		expect(turns[0]?.paragraphs[1]).toMatchObject({ start: 3, line: 4 });
	});

	it('does not break mid-sentence at a pause', () => {
		const turns = joinCues([cue(0, 'A sentence that goes'), cue(5, 'on after a pause.')]);
		expect(turns[0]?.paragraphs).toHaveLength(1);
	});

	it('breaks a long paragraph at a sentence end, inside a cue if need be', () => {
		const sentence = 'This sentence has about sixty characters in it, more or less. ';
		const turns = joinCues([cue(0, sentence.repeat(15).trim())]);
		const paragraphs = turns[0]?.paragraphs ?? [];
		expect(paragraphs.length).toBe(2);
		expect(paragraphs.every((paragraph) => paragraph.text.endsWith('less.'))).toBe(true);
		expect(paragraphs.map((paragraph) => paragraph.start)).toEqual([0, 0]);
	});

	it('breaks long Chinese paragraphs sooner than Latin ones', () => {
		const sentence = '数据量以及它的丰富程度都很重要，所以我们花了很多时间清洗数据。';
		const turns = joinCues([cue(0, sentence.repeat(12))]);
		expect(turns[0]?.paragraphs.length).toBe(2);
	});

	it('breaks between cues only after a very long stretch without a sentence end', () => {
		const fragment = 'and then we went on talking without ever stopping for breath';
		const cues = Array.from({ length: 40 }, (_, index) => cue(index, fragment));
		const paragraphs = joinCues(cues)[0]?.paragraphs ?? [];
		expect(paragraphs.length).toBe(2);
		expect(paragraphs[0]?.text.length).toBeGreaterThan(1800);
	});

	it('makes one turn of consecutive cues of one speaker, with every cue’s line', () => {
		const turns = joinCues([
			{ ...cue(0, 'Hello.'), speaker: 'Alban' },
			{ ...cue(1, 'Again.'), speaker: 'Alban' },
			{ ...cue(2, 'Hi.'), speaker: 'Kevin' },
			cue(3, 'Unnamed.'),
		]);
		expect(turns.map(({ speaker, start, end, lines }) => ({ speaker, start, end, lines }))).toEqual([
			{ speaker: 'Alban', start: 0, end: 2, lines: [1, 2] },
			{ speaker: 'Kevin', start: 2, end: 3, lines: [3] },
			{ speaker: undefined, start: 3, end: 4, lines: [4] },
		]);
	});
});

describe('the words of captions', () => {
	it('splits at white space and punctuation, each CJK character a word', () => {
		expect(captionWords('我们用GPU训练，pre-train阶段: "Q&A" 2.0')).toEqual([
			'我',
			'们',
			'用',
			'GPU',
			'训',
			'练',
			'pre',
			'train',
			'阶',
			'段',
			'Q',
			'A',
			'2',
			'0',
		]);
	});
});

describe('Chinese fixtures', () => {
	it.each([
		['chinese-voices', 'input.vtt'],
		['chinese-words', 'input.json'],
	])('reads %s into speaker turns with Chinese spacing', async (folder, input) => {
		const text = readFileSync(new URL(`${folder}/${input}`, fixtures), 'utf8');
		const transcript = await readCaptions(text, input);
		const cues = transcript?.cues ?? [];
		const turns = joinCues(cues);
		expect(turns.flatMap((turn) => turn.paragraphs.flatMap((paragraph) => captionWords(paragraph.text)))).toEqual(
			cueWords(cues),
		);
		await expect(renderTurns(turns)).toMatchFileSnapshot(`../../../fixtures/captions/${folder}/expected.md`);
	});

	it('reads <v 主持人> voices and entities in a Chinese WebVTT file', async () => {
		const text = readFileSync(new URL('chinese-voices/input.vtt', fixtures), 'utf8');
		const cues = (await readCaptions(text, 'input.vtt'))?.cues ?? [];
		expect(cues.map(({ speaker, text: words }) => `${speaker ?? ''}|${words}`)).toEqual([
			'主持人|欢迎收听本期节目。今天我们聊聊大模型的训练。',
			'主持人|你们现在用什么硬件？',
			'嘉宾|我们用 GPU 训练，主要是 A100，也试过 TPU。',
			'嘉宾|数据量以及它的丰富程度都很重要。',
			'嘉宾|pre-train阶段大概花了两个月，R&D 团队一共 12 人。',
			'主持人|明白了（笑）。',
		]);
	});
});
