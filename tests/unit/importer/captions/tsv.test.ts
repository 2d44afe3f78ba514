import { describe, expect, it } from 'vitest';
import { captionFailure as failure } from './failure.ts';
import { detectTranscriptFormat, readCaptions } from '../../../../src/importer/captions/index.ts';

describe('Whisper TSV', () => {
	it('is told by its header line, whatever the file is called', () => {
		expect(detectTranscriptFormat('start\tend\ttext\n0\t1200\tHi.\n', 'episode.txt')).toBe('tsv');
		expect(detectTranscriptFormat('start end text\n0 1200 Hi.\n', 'episode.tsv')).toBe('text');
	});

	it('reads a segment a line, its times in milliseconds, with the line it came from', async () => {
		const captions = await readCaptions(
			'start\tend\ttext\r\n0\t1520\tHello there.\r\n\r\n1520\t4380\t你好，GPU。\r\n',
			'a.tsv',
		);
		expect(captions).toEqual({
			format: 'tsv',
			cues: [
				{ start: 0, end: 1.52, text: 'Hello there.', line: 2 },
				{ start: 1.52, end: 4.38, text: '你好，GPU。', line: 4 },
			],
		});
	});

	it('names the line of a row without three fields', async () => {
		expect(
			await failure('start\tend\ttext\n0\t1520\tHello.\n1520 4380 Goodbye.\n', 'episode.tsv'),
		).toMatchInlineSnapshot(
			`"episode.tsv:3: InvalidCaptionFile: Line 3 does not have the three tab-separated fields start, end and text: \`1520 4380 Goodbye.\`. Nothing was written. Write each line as the start and end in milliseconds and the text, separated by tabs (\`1520<TAB>4380<TAB>Hello there.\`), and import the file again."`,
		);
	});

	it('names the line of a time that is not in milliseconds', async () => {
		expect(
			await failure('start\tend\ttext\n0\t1520\tHello.\n00:01.520\t4380\tGoodbye.\n', 'episode.tsv'),
		).toMatchInlineSnapshot(
			`"episode.tsv:3: InvalidCaptionFile: Line 3 has \`00:01.520\` where a time in whole milliseconds belongs: \`00:01.520	4380	Goodbye.\`. Nothing was written. Write each line as the start and end in milliseconds and the text, separated by tabs (\`1520<TAB>4380<TAB>Hello there.\`), and import the file again."`,
		);
	});

	it('refuses a row that ends before it starts', async () => {
		expect(await failure('start\tend\ttext\n4380\t1520\tHello.\n', 'episode.tsv')).toMatchInlineSnapshot(
			`"episode.tsv:2: InvalidCaptionFile: Line 2 ends (1520 ms) before it starts (4380 ms). Nothing was written. Write each line as the start and end in milliseconds and the text, separated by tabs (\`1520<TAB>4380<TAB>Hello there.\`), and import the file again."`,
		);
	});
});
