import { isFooterLabel, isNoteLabel, looksLikeName, splitLabel } from '../labels.ts';
import { takeTimestamp } from '../timestamps.ts';
import { resolveSpeakerNames, type NameOptions } from '../speaker-names.ts';
import type { SourceLine } from '../transcript.ts';
import {
	classifyOtherLine,
	continuation,
	emptySplit,
	type ConversationSplit,
	type RawAnswer,
	type RawQuestion,
} from './conversation.ts';

/**
 * Speaker transcripts: every turn starts with the speaker's label (`Name:` or `**Name:**`,
 * as in the Changelog's transcripts), optionally with a timestamp before or after it
 * (`\[04:13\]`). There are no question labels, so questions come from the hosts: a host
 * turn that asks something starts a question, consecutive host turns join it, and every
 * other turn answers it.
 */

export interface SpeakerTurnOptions {
	/** Host names from `--host`; when empty, the speaker who asks most is taken as host. */
	hosts: readonly string[];
	/** Names declared with `--speaker`, recognised even when used once. */
	speakers: readonly string[];
	/** Which labels name the same person (src/importer/speaker-names.ts). */
	names?: NameOptions;
}

export interface Turn {
	speaker: string;
	line: number;
	start?: number;
	/** When the turn ends (timed transcripts). */
	end?: number;
	paragraphs: SourceLine[];
}

interface LabelledTurnStart {
	label: string;
	rest: string;
	start?: number;
}

/** `[00:12] **Name:** \[00:13\] text` → label, text and the first timestamp found. */
export function readTurnStart(text: string): LabelledTurnStart | undefined {
	const before = takeTimestamp(text);
	const labelled = splitLabel(before.rest);
	if (!labelled) return undefined;
	const after = takeTimestamp(labelled.rest);
	const start = before.seconds ?? after.seconds;
	return { label: labelled.label, rest: after.rest, ...(start === undefined ? {} : { start }) };
}

/** Labels shaped like names that recur or were declared: the speakers of this transcript. */
export function findTurnSpeakers(lines: SourceLine[], declared: readonly string[]): Set<string> {
	const counts = new Map<string, number>();
	for (const { text } of lines) {
		const turn = readTurnStart(text);
		if (!turn || !looksLikeName(turn.label) || isNoteLabel(turn.label) || isFooterLabel(turn.label)) continue;
		counts.set(turn.label, (counts.get(turn.label) ?? 0) + 1);
	}
	const confirmed = new Set([...declared, ...[...counts].filter(([, count]) => count >= 2).map(([label]) => label)]);
	// A label used once is a speaker when it is another way of writing one: the full name of
	// a `Lenny` who recurs, or the first name of a recurring `Lenny Rachitsky`.
	const firstName = (label: string): string => label.split(/\s+/u)[0]?.toLowerCase() ?? '';
	const known = new Set([...confirmed].map(firstName));
	for (const label of counts.keys()) if (known.has(firstName(label))) confirmed.add(label);
	return confirmed;
}

const ASKS = /[?？]/u;
export const asks = (turn: Turn): boolean => turn.paragraphs.some((paragraph) => ASKS.test(paragraph.text));

/** The speaker with the most turns that ask something; the first to speak wins a tie. */
export function likelyHost(turns: Turn[]): string | undefined {
	const counts = new Map<string, number>();
	for (const turn of turns) counts.set(turn.speaker, (counts.get(turn.speaker) ?? 0) + (asks(turn) ? 1 : 0));
	let best: string | undefined;
	for (const [speaker, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = speaker;
	return best;
}

export function splitSpeakerTurns(lines: SourceLine[], options: SpeakerTurnOptions): ConversationSplit {
	const nonBlank = lines.filter((line) => line.text !== '');
	const speakers = findTurnSpeakers(nonBlank, [...options.speakers, ...options.hosts]);
	const split = emptySplit({ kind: 'host-turns', hosts: [...options.hosts], hostsFrom: 'option' });

	const turns: Turn[] = [];
	let inFooter = false;
	for (const line of nonBlank) {
		const start = readTurnStart(line.text);
		const turn = turns.at(-1);
		if (start && speakers.has(start.label)) {
			inFooter = false;
			const paragraphs = start.rest === '' ? [] : [{ line: line.line, text: start.rest }];
			turns.push({
				speaker: start.label,
				line: line.line,
				paragraphs,
				...(start.start === undefined ? {} : { start: start.start }),
			});
			continue;
		}
		if (turn === undefined) {
			split.header.push(line);
			continue;
		}
		if (start && isNoteLabel(start.label) && start.rest === '') {
			// `**Break:** \[00:25:11\]` marks a sponsor break: nothing was said.
			split.dropped.push({ line: line.line, text: line.text, reason: 'break marker' });
			continue;
		}
		const kind = classifyOtherLine(line, start?.label, inFooter, split);
		if (kind === 'footer') inFooter = true;
		if (kind !== 'text') continue;
		turn.paragraphs.push(continuation(line, split));
	}

	return questionsByHosts(turns, options.hosts, split, options.names);
}

/**
 * The turns that say something. A speaker label with nothing after it (a transcript cut short
 * after `Priya Shah  0:27`) would make an answer with no text, which the site refuses; its line
 * is listed as dropped instead.
 */
function dropEmptyTurns(turns: Turn[], split: ConversationSplit): Turn[] {
	for (const turn of turns) {
		if (turn.paragraphs.length > 0) continue;
		const label = split.labels.findIndex((entry) => entry.line === turn.line);
		const [entry] = label === -1 ? [] : split.labels.splice(label, 1);
		if (entry)
			split.dropped.push({ line: entry.line, text: entry.text, reason: 'speaker label with nothing said after it' });
	}
	return turns.filter((turn) => turn.paragraphs.length > 0);
}

/**
 * Speaker turns, from any text dialect, into questions: at the turns of `hosts`, or of the
 * speaker who asks most when none are given (and `split.rule` says so). First, one person is
 * one speaker: `Lenny` turns are `Lenny Rachitsky`'s, and either label names a host.
 */
export function questionsByHosts(
	turns: Turn[],
	hosts: readonly string[],
	split: ConversationSplit,
	nameOptions?: NameOptions,
): ConversationSplit {
	const said = dropEmptyTurns(turns, split);
	const names = resolveSpeakerNames(
		said.map((turn) => turn.speaker),
		nameOptions,
	);
	for (const turn of said) turn.speaker = names.canonical(turn.speaker);
	split.mergedSpeakers = names.merged;
	const chosen = new Set(hosts.map((host) => names.canonical(host)));
	if (chosen.size > 0) split.rule = { kind: 'host-turns', hosts: [...chosen], hostsFrom: 'option' };
	if (chosen.size === 0) {
		const host = likelyHost(said);
		if (host !== undefined) chosen.add(host);
		split.rule = { kind: 'host-turns', hosts: [...chosen], hostsFrom: 'most-questions' };
	}
	split.questions = groupIntoQuestions(said, chosen);
	moveOpeningToDescription(split);
	return split;
}

/**
 * What is said before the first question (a host's introduction, a guest's cold open, a
 * sponsor read) is not a question: when it asks nothing and questions follow, it joins the
 * episode's description, each turn's first paragraph starting with who spoke, and
 * `split.opening` says so for the report.
 */
function moveOpeningToDescription(split: ConversationSplit): void {
	const [first, ...rest] = split.questions;
	if (first === undefined || rest.length === 0) return;
	if (first.text.some((paragraph) => ASKS.test(paragraph.text))) return;
	const turns = [
		{ speaker: first.asker ?? '', paragraphs: first.text },
		...first.answers.map((answer) => ({ speaker: answer.speaker, paragraphs: answer.paragraphs })),
	].filter((turn) => turn.paragraphs.length > 0);
	split.opening = turns.flatMap((turn) =>
		turn.paragraphs.map((paragraph, index) => ({
			line: paragraph.line,
			text: index === 0 && turn.speaker !== '' ? `${turn.speaker}: ${paragraph.text}` : paragraph.text,
			speaker: turn.speaker,
		})),
	);
	split.questions = rest;
}

/**
 * A host turn that asks starts a question (so does the very first turn, so that nothing
 * said before the first question is lost); host turns right after it join it; every other
 * turn, including a host's remark that asks nothing, answers the current question.
 */
export function groupIntoQuestions(turns: Turn[], hosts: ReadonlySet<string>): RawQuestion[] {
	const questions: RawQuestion[] = [];
	for (const turn of turns) {
		const current = questions.at(-1);
		const isHost = hosts.has(turn.speaker);
		// Only a host's question takes more host turns: a guest's cold open keeps its speaker.
		if (current && isHost && current.answers.length === 0 && hosts.has(current.asker ?? '')) {
			current.text.push(...turn.paragraphs);
		} else if (!current || (isHost && asks(turn))) {
			questions.push({
				line: turn.line,
				text: [...turn.paragraphs],
				asker: turn.speaker,
				answers: [],
				...(turn.start === undefined ? {} : { start: turn.start }),
			});
		} else {
			const answer: RawAnswer = { speaker: turn.speaker, paragraphs: turn.paragraphs };
			if (turn.start !== undefined) answer.start = turn.start;
			if (turn.end !== undefined) answer.end = turn.end;
			current.answers.push(answer);
		}
	}
	return questions;
}
