/**
 * Generated transcripts of every shape the importer reads: one structured conversation
 * (speakers, a host's questions, guests' answers, times), drawn by fast-check, then written
 * out as an article, a speaker-labelled text, a Rev, Otter or Zoom export, YAML front matter,
 * WebVTT (plain, Zoom's and YouTube's rolling captions), SRT, Podcasting 2.0 JSON, Whisper
 * JSON, TSV and text, or HTML. Each case keeps the words it was made from, so a test can check
 * that the content holds them without trusting any of the importer's own parsing.
 */
import fc from 'fast-check';

export const SHAPES = [
	'article',
	'speakers',
	'rev',
	'otter',
	'zoom',
	'front-matter',
	'vtt',
	'zoom-vtt',
	'youtube-vtt',
	'srt',
	'podcast-json',
	'whisper-json',
	'whisper-tsv',
	'whisper-txt',
	'html',
] as const;
export type Shape = (typeof SHAPES)[number];

/** One input for the importer: its bytes, the name it is imported under, and what it must keep. */
export interface FuzzCase {
	shape: string;
	file: string;
	bytes: Uint8Array;
	/** Words of the transcript's text that the written content must contain. */
	words: string[];
	/** Where a mutated case came from, for the failure message. */
	origin?: string;
	options?: Record<string, unknown>;
}

interface Sentence {
	text: string;
	words: string[];
}

interface Turn {
	speaker: number;
	sentences: Sentence[];
	/** The host's turns ask (end with a question mark); guests' answer. */
	asks: boolean;
}

export interface Conversation {
	title: string;
	speakers: string[];
	turns: Turn[];
	chinese: boolean;
}

// Names a transcript might hold: English, Chinese, accented, a hyphen, an apostrophe, CJK Extension B.
const NAMES = [
	'Maya Patel',
	'Tom Ruiz',
	'Xuezhi',
	'Yizhou',
	'Monica',
	'李雷',
	'韩梅梅',
	'José Núñez',
	'Anne-Marie',
	'Zoë',
	'Ngọc Anh',
	'王𠀀',
	'Sam Okafor',
] as const;

const LATIN = /^[A-Za-z]+$/u;

// Words with edges a tokenizer trips on: accents, combining marks, emoji sequences,
// full-width letters, surrogate pairs, right-to-left script, digits inside words.
const AWKWARD_WORDS = [
	'naïve',
	'cafe\u0301',
	'👩‍💻',
	'🇨🇳',
	'ＡＩ',
	'𠀀𠀁',
	'שלום',
	'GPT3',
	'x86',
	'Ǆemal',
	'İstanbul',
	'ß',
	'Ω',
	// Markdown and markup in words: the content must escape them and read them back as written.
	'R&D',
	'C++',
	'3.5',
	'a_b',
	'*star*',
	'#hash',
	'[link]',
	'`code`',
	'50%',
	'https://example.com/a?b=1',
] as const;

const latinWord = fc.oneof(
	{
		weight: 4,
		arbitrary: fc.constantFrom('model', 'training', 'data', 'search', 'podcast', 'team', 'static', 'cloud'),
	},
	{ weight: 3, arbitrary: fc.stringMatching(/^[a-z]{2,9}$/u) },
	{ weight: 1, arbitrary: fc.constantFrom(...AWKWARD_WORDS) },
);

const HAN =
	'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';

const hanWord = fc
	.array(fc.integer({ min: 0, max: HAN.length - 1 }), { minLength: 1, maxLength: 4 })
	.map((indexes) => indexes.map((index) => HAN[index]).join(''));

/** A sentence of Latin words (spaces between), Han words (none between), or both mixed. */
function sentence(chinese: boolean, ends: string): fc.Arbitrary<Sentence> {
	const word = chinese
		? fc.oneof({ weight: 4, arbitrary: hanWord }, { weight: 1, arbitrary: latinWord })
		: fc.oneof({ weight: 6, arbitrary: latinWord }, { weight: 1, arbitrary: hanWord });
	return fc.array(word, { minLength: 2, maxLength: 12 }).map((words) => {
		let text = '';
		for (const [index, current] of words.entries()) {
			const previous = words[index - 1];
			const joined = previous !== undefined && (!chinese || LATIN.test(previous) || LATIN.test(current));
			text += `${joined ? ' ' : ''}${current}`;
		}
		// A capital first letter, as a sentence has; the word list keeps the word as written.
		return { text: `${text}${ends}`, words };
	});
}

const conversation: fc.Arbitrary<Conversation> = fc
	.record({
		chinese: fc.boolean(),
		speakerIndexes: fc.uniqueArray(fc.integer({ min: 0, max: NAMES.length - 1 }), { minLength: 2, maxLength: 4 }),
		titleWords: fc.array(fc.constantFrom('Onboard', 'Shipping', 'Notes', 'Night', 'Shift', '播客', '访谈'), {
			minLength: 1,
			maxLength: 4,
		}),
		questions: fc.integer({ min: 1, max: 5 }),
	})
	.chain(({ chinese, speakerIndexes, titleWords, questions }) => {
		const speakers = speakerIndexes.map((index) => NAMES[index] ?? 'Speaker');
		const guests = speakers.length - 1;
		const question = sentence(chinese, chinese ? '？' : '?');
		const answer = sentence(chinese, chinese ? '。' : '.');
		const exchange = fc.record({
			asked: fc.array(question, { minLength: 1, maxLength: 2 }),
			answers: fc.array(
				fc.record({
					speaker: fc.integer({ min: 1, max: guests }),
					sentences: fc.array(answer, { minLength: 1, maxLength: 4 }),
				}),
				{ minLength: 1, maxLength: 3 },
			),
		});
		return fc.array(exchange, { minLength: questions, maxLength: questions }).map((exchanges) => ({
			chinese,
			title: titleWords.join(' '),
			speakers,
			turns: exchanges.flatMap((exchange) => [
				{ speaker: 0, sentences: exchange.asked, asks: true },
				...exchange.answers.map((reply) => ({ speaker: reply.speaker, sentences: reply.sentences, asks: false })),
			]),
		}));
	});

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** `hh:mm:ss`, or with milliseconds after `separator` (`.` for WebVTT, `,` for SRT). */
function clock(seconds: number, separator?: string): string {
	const whole = Math.floor(seconds);
	const text = `${pad(Math.floor(whole / 3600))}:${pad(Math.floor(whole / 60) % 60)}:${pad(whole % 60)}`;
	return separator === undefined ? text : `${text}${separator}${pad(Math.round((seconds - whole) * 1000), 3)}`;
}

const escapeHtml = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

interface TimedLine {
	speaker: string;
	text: string;
	start: number;
	end: number;
}

/** A cue a sentence, four seconds each. */
function timedLines(talk: Conversation): TimedLine[] {
	let start = 0;
	return talk.turns.flatMap((turn) =>
		turn.sentences.map((part) => {
			const line = { speaker: talk.speakers[turn.speaker] ?? 'Speaker', text: part.text, start, end: start + 4 };
			start += 4.25;
			return line;
		}),
	);
}

const turnText = (turn: Turn, chinese: boolean): string =>
	turn.sentences.map((part) => part.text).join(chinese ? '' : ' ');

/** The conversation written out in one shape. */
export function render(shape: Shape, talk: Conversation): { file: string; text: string } {
	const name = (turn: Turn): string => talk.speakers[turn.speaker] ?? 'Speaker';
	const cues = timedLines(talk);
	const blocks = (each: (turn: Turn, start: number) => string): string => {
		let start = 0;
		return talk.turns
			.map((turn) => {
				const block = each(turn, start);
				start += 4.25 * turn.sentences.length;
				return block;
			})
			.join('\n\n');
	};
	const speakerLines = blocks((turn) => `${name(turn)}: ${turnText(turn, talk.chinese)}`);
	switch (shape) {
		case 'article':
			return {
				file: 'article.txt',
				text: `${talk.title}\n\n${blocks((turn) => `${turn.asks ? '问题' : name(turn)}：${turnText(turn, talk.chinese)}`)}\n`,
			};
		case 'speakers':
			return { file: 'speakers.txt', text: `${talk.title}\n\n${speakerLines}\n` };
		case 'rev':
			return {
				file: 'rev.txt',
				text: `${blocks((turn, start) => `${name(turn)} (${clock(start)}):\n${turnText(turn, talk.chinese)}`)}\n`,
			};
		case 'otter':
			return {
				file: 'otter.txt',
				text: `${blocks((turn, start) => `${name(turn)}  ${Math.floor(start / 60)}:${pad(Math.floor(start) % 60)}\n${turnText(turn, talk.chinese)}`)}\n`,
			};
		case 'zoom':
			return {
				file: 'zoom.txt',
				text: `${blocks((turn, start) => `[${name(turn)}] ${clock(start)}\n${turnText(turn, talk.chinese)}`)}\n`,
			};
		case 'front-matter':
			return {
				file: 'front-matter.txt',
				text: `---\ntitle: ${JSON.stringify(talk.title)}\npublish_date: 2024-03-08\n---\n\n${speakerLines}\n`,
			};
		case 'vtt':
			return {
				file: 'captions.vtt',
				text: `WEBVTT\n\n${cues.map((cue) => `${clock(cue.start, '.')} --> ${clock(cue.end, '.')}\n<v ${cue.speaker}>${escapeHtml(cue.text)}`).join('\n\n')}\n`,
			};
		case 'zoom-vtt':
			return {
				file: 'zoom.vtt',
				text: `WEBVTT\n\n${cues.map((cue, index) => `${index + 1}\n${clock(cue.start, '.')} --> ${clock(cue.end, '.')}\n${cue.speaker}: ${escapeHtml(cue.text)}`).join('\n\n')}\n`,
			};
		case 'youtube-vtt':
			return { file: 'rolling.en.vtt', text: rollingCaptions(cues) };
		case 'srt':
			return {
				file: 'captions.srt',
				text: `${cues.map((cue, index) => `${index + 1}\n${clock(cue.start, ',')} --> ${clock(cue.end, ',')}\n${cue.speaker}: ${cue.text}`).join('\n\n')}\n`,
			};
		case 'podcast-json':
			return {
				file: 'transcript.json',
				text: JSON.stringify({
					version: '1.0.0',
					segments: cues.map((cue) => ({
						speaker: cue.speaker,
						startTime: cue.start,
						endTime: cue.end,
						body: cue.text,
					})),
				}),
			};
		case 'whisper-json':
			return {
				file: 'whisper.json',
				text: JSON.stringify({
					text: cues.map((cue) => ` ${cue.text}`).join(''),
					segments: cues.map((cue, id) => ({ id, seek: 0, start: cue.start, end: cue.end, text: ` ${cue.text}` })),
					language: talk.chinese ? 'zh' : 'en',
				}),
			};
		case 'whisper-tsv':
			return {
				file: 'whisper.tsv',
				text: `start\tend\ttext\n${cues.map((cue) => `${Math.round(cue.start * 1000)}\t${Math.round(cue.end * 1000)}\t${cue.text}`).join('\n')}\n`,
			};
		case 'whisper-txt':
			return { file: 'whisper.txt', text: `${cues.map((cue) => cue.text).join('\n')}\n` };
		case 'html':
			return {
				file: 'transcript.html',
				text: `<html><body>\n${blocks((turn, start) => `<cite>${escapeHtml(name(turn))}:</cite>\n<time>${Math.floor(start / 60)}:${pad(Math.floor(start) % 60)}</time>\n<p>${escapeHtml(turnText(turn, talk.chinese))}</p>`)}\n</body></html>\n`,
			};
	}
}

/**
 * YouTube's automatic captions: each cue shows the line before and the line being spoken,
 * word by word with inline times, then a 10 ms cue repeating the finished line.
 */
function rollingCaptions(cues: TimedLine[]): string {
	const blocks: string[] = [];
	let previous = ' ';
	for (const cue of cues) {
		const parts = cue.text.split(' ');
		const step = (cue.end - cue.start - 0.01) / parts.length;
		const timed = parts
			.map((part, index) =>
				index === 0 ? escapeHtml(part) : `<${clock(cue.start + step * index, '.')}><c> ${escapeHtml(part)}</c>`,
			)
			.join('');
		blocks.push(
			`${clock(cue.start, '.')} --> ${clock(cue.end - 0.01, '.')} align:start position:0%\n${previous}\n${timed}`,
		);
		blocks.push(
			`${clock(cue.end - 0.01, '.')} --> ${clock(cue.end, '.')} align:start position:0%\n${escapeHtml(cue.text)}\n `,
		);
		previous = escapeHtml(cue.text);
	}
	return `WEBVTT\nKind: captions\nLanguage: en\n\n${blocks.join('\n\n')}\n`;
}

/** The words a case must keep: every word of every sentence, and every speaker's name where the shape has names. */
function keptWords(shape: Shape, talk: Conversation): string[] {
	const words = talk.turns.flatMap((turn) => turn.sentences.flatMap((part) => part.words));
	const named = !['whisper-json', 'whisper-tsv', 'whisper-txt', 'youtube-vtt'].includes(shape);
	// An article labels the host's turns `问题`, so the host's name is not in it.
	const labelled = talk.turns.filter((turn) => !(shape === 'article' && turn.asks));
	return named ? [...words, ...labelled.map((turn) => talk.speakers[turn.speaker] ?? '')] : words;
}

/** A generated transcript of the given shape, or of any shape. */
export function transcriptOf(shape?: Shape): fc.Arbitrary<FuzzCase> {
	const shapes = shape === undefined ? fc.constantFrom(...SHAPES) : fc.constant(shape);
	return fc.tuple(shapes, conversation).map(([chosen, talk]) => {
		const { file, text } = render(chosen, talk);
		return { shape: chosen, file, bytes: encode(text), words: keptWords(chosen, talk) };
	});
}
