import { imagePlaceholderReason, isFooterText } from '../chrome.ts';
import { isFooterLabel, isNoteLabel, isQuestionLabel, looksLikeName, splitLabel } from '../labels.ts';
import type { DroppedLine, SourceLine } from '../transcript.ts';

/**
 * Article Q&A: a web article or document where questions are labelled (`问题：…`, `Q: …`)
 * and answers carry the speaker's name (`Yizhou：…`). Unlabelled paragraphs continue the
 * previous speaker. This module only splits; ids and metadata are decided elsewhere.
 */

export interface ArticleOptions {
	questionLabels: readonly string[];
	/** Names the user declared as speakers with `--speaker`, recognised even when used once. */
	speakers: readonly string[];
}

export interface RawAnswer {
	speaker: string;
	paragraphs: SourceLine[];
}

export interface RawQuestion {
	/** The line holding the question label. */
	line: number;
	text: SourceLine[];
	answers: RawAnswer[];
}

export interface ArticleSplit {
	/** Lines before the first question: title, date, intro and page chrome. */
	header: SourceLine[];
	questions: RawQuestion[];
	/** Lines after the header that are not part of the conversation. */
	dropped: DroppedLine[];
	/** Labels that look like names but were not taken as speakers, for the report. */
	rejectedLabels: { line: number; label: string }[];
}

/**
 * A label is a speaker when it has the shape of a name and either recurs, directly answers
 * a question, or was declared. One-off labels such as `编者按` stay part of the text.
 */
function findSpeakers(lines: SourceLine[], options: ArticleOptions): Set<string> {
	const counts = new Map<string, number>();
	const speakers = new Set(options.speakers);
	let afterQuestion = false;
	for (const { text } of lines) {
		const labelled = splitLabel(text);
		if (!labelled) continue;
		const { label } = labelled;
		if (isQuestionLabel(label, options.questionLabels)) {
			afterQuestion = true;
			continue;
		}
		if (!looksLikeName(label) || isNoteLabel(label) || isFooterLabel(label)) continue;
		counts.set(label, (counts.get(label) ?? 0) + 1);
		if (afterQuestion) speakers.add(label);
		afterQuestion = false;
	}
	for (const [label, count] of counts) if (count >= 2) speakers.add(label);
	return speakers;
}

export function splitArticle(lines: SourceLine[], options: ArticleOptions): ArticleSplit {
	const nonBlank = lines.filter((line) => line.text !== '');
	const speakers = findSpeakers(nonBlank, options);
	const split: ArticleSplit = { header: [], questions: [], dropped: [], rejectedLabels: [] };
	let state: 'header' | 'conversation' | 'footer' = 'header';

	for (const line of nonBlank) {
		const labelled = splitLabel(line.text);
		const question = split.questions.at(-1);

		if (labelled && isQuestionLabel(labelled.label, options.questionLabels)) {
			state = 'conversation';
			const text = labelled.rest === '' ? [] : [{ line: line.line, text: labelled.rest }];
			split.questions.push({ line: line.line, text, answers: [] });
			continue;
		}
		if (state === 'header' || question === undefined) {
			split.header.push(line);
			continue;
		}
		if (labelled && speakers.has(labelled.label)) {
			state = 'conversation';
			const paragraphs = labelled.rest === '' ? [] : [{ line: line.line, text: labelled.rest }];
			question.answers.push({ speaker: labelled.label, paragraphs });
			continue;
		}
		if (state === 'footer') {
			split.dropped.push({ line: line.line, text: line.text, reason: 'page footer after the transcript' });
			continue;
		}
		if ((labelled && isFooterLabel(labelled.label)) || isFooterText(line.text)) {
			state = 'footer';
			split.dropped.push({ line: line.line, text: line.text, reason: 'page footer after the transcript' });
			continue;
		}
		const image = imagePlaceholderReason(line.text);
		if (image) {
			split.dropped.push({ line: line.line, text: line.text, reason: image });
			continue;
		}
		if (labelled && looksLikeName(labelled.label) && !isNoteLabel(labelled.label)) {
			split.rejectedLabels.push({ line: line.line, label: labelled.label });
		}
		const answer = question.answers.at(-1);
		if (answer) answer.paragraphs.push(line);
		else question.text.push(line);
	}
	return split;
}
