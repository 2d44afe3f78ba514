import { isFooterLabel, isNoteLabel, isQuestionLabel, looksLikeName, splitLabel } from '../labels.ts';
import { takeTimestamp } from '../timestamps.ts';
import type { SourceLine } from '../transcript.ts';
import { classifyOtherLine, continuation, emptySplit, type ConversationSplit, type RawAnswer } from './conversation.ts';

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

export function splitArticle(lines: SourceLine[], options: ArticleOptions): ConversationSplit {
	const nonBlank = lines.filter((line) => line.text !== '');
	const speakers = findSpeakers(nonBlank, options);
	const split = emptySplit({ kind: 'question-labels', labels: [...options.questionLabels] });
	let state: 'header' | 'conversation' | 'footer' = 'header';

	for (const line of nonBlank) {
		const labelled = splitLabel(line.text);
		const question = split.questions.at(-1);

		if (labelled && isQuestionLabel(labelled.label, options.questionLabels)) {
			state = 'conversation';
			const { seconds, rest } = takeTimestamp(labelled.rest);
			const text = rest === '' ? [] : [{ line: line.line, text: rest }];
			split.questions.push({
				line: line.line,
				text,
				answers: [],
				...(seconds === undefined ? {} : { start: seconds }),
			});
			continue;
		}
		if (state === 'header' || question === undefined) {
			split.header.push(line);
			continue;
		}
		if (labelled && speakers.has(labelled.label)) {
			state = 'conversation';
			const { seconds, rest } = takeTimestamp(labelled.rest);
			const paragraphs = rest === '' ? [] : [{ line: line.line, text: rest }];
			const answer: RawAnswer = { speaker: labelled.label, paragraphs };
			if (seconds !== undefined) answer.start = seconds;
			question.answers.push(answer);
			continue;
		}
		const kind = classifyOtherLine(line, labelled?.label, state === 'footer', split);
		if (kind === 'footer') state = 'footer';
		if (kind !== 'text') continue;
		const answer = question.answers.at(-1);
		if (answer) answer.paragraphs.push(continuation(line, split));
		else question.text.push(line);
	}
	return split;
}
