/**
 * Recognising the labels that start a line in a transcript: `问题：…`, `Q: …`, `Yizhou: …`.
 * Pure functions over one line of text.
 */

/** Labels that mark a question in article-style transcripts; more come from `--question-label`. */
export const DEFAULT_QUESTION_LABELS = ['问题', '问', '提问', 'Q', 'Question', '主持人', 'Host'] as const;

/**
 * Labels that look like names but introduce notes, not speech. They stay in the text they
 * belong to instead of becoming speakers.
 */
const NOTE_LABELS = new Set(
	[
		'编者按',
		'编者注',
		'注',
		'按',
		'备注',
		'摘要',
		'导语',
		'来源',
		'原文',
		'原文链接',
		'作者',
		'编辑',
		'责编',
		'责任编辑',
		'翻译',
		'校对',
		'链接',
		'地址',
		'时间',
		'日期',
		'发布',
		'标签',
		'关键词',
		'参考',
		'参考资料',
		'文章被收录于专栏',
		'note',
		'notes',
		'source',
		'editor',
		'tags',
		'summary',
		'url',
		'link',
		'date',
		'time',
		'update',
		'edit',
		'ps',
		'p.s',
		'transcript',
		'break',
		'ad break',
		'sponsor',
		'广告',
		'插播',
	].map((label) => label.toLowerCase()),
);

/** Labels that start the page footer: once one appears, the transcript is over. */
const FOOTER_LABELS = new Set(
	['版权声明', '原创声明', '免责声明', '声明', '版权', 'copyright', 'disclaimer'].map((label) => label.toLowerCase()),
);

export interface LabelledLine {
	label: string;
	/** The text after the label and its colon; may be empty. */
	rest: string;
}

// A label is a short run before an ASCII or full-width colon, optionally in Markdown bold
// (`**Name:**` or `**Name**:`). `https://` must not count, hence the lookahead.
const LABEL = /^(?:\*\*)?([^:：*]{1,32}?)(?:\*\*)?\s*[:：](?!\/\/)(?:\*\*)?\s*(.*)$/u;

export function splitLabel(text: string): LabelledLine | undefined {
	const match = LABEL.exec(text);
	if (!match) return undefined;
	const label = (match[1] ?? '').trim();
	if (label === '') return undefined;
	return { label, rest: (match[2] ?? '').trim() };
}

// Sentence punctuation and brackets do not occur in names; a label holding them is prose
// that happens to contain a colon ("他说:…").
const NOT_IN_NAMES = /[。，,！!？?；;、（）()《》「」“”"…<>[\]{}|/\\]/u;
const CJK = /\p{Script=Han}/u;

/** Whether a label has the shape of a person's name or handle. */
export function looksLikeName(label: string): boolean {
	if (NOT_IN_NAMES.test(label)) return false;
	if (/^\d+$/u.test(label)) return false;
	if (CJK.test(label)) return [...label].length <= 8;
	return label.split(/\s+/u).length <= 4 && label.length <= 32;
}

export function isNoteLabel(label: string): boolean {
	return NOTE_LABELS.has(label.toLowerCase());
}

export function isFooterLabel(label: string): boolean {
	return FOOTER_LABELS.has(label.toLowerCase());
}

/** Matches a question label, allowing numbered forms such as `Q1` and `问题 3`. */
export function isQuestionLabel(label: string, questionLabels: readonly string[]): boolean {
	const bare = label.replace(/\s*\d+$/u, '').toLowerCase();
	return questionLabels.some((candidate) => candidate.toLowerCase() === bare);
}
