/**
 * Every way an episode folder can fail to make sense, as one error type. The message says
 * where (`file:line`), what (the field or the Markdown), and what to do; `name` is stable
 * so that tools and tests can tell the errors apart.
 */
export type ContentErrorName =
	| 'EpisodeFileNotFoundError'
	| 'MissingFrontmatterError'
	| 'InvalidFrontmatterError'
	| 'InvalidFieldError'
	| 'DuplicateSpeakerIdError'
	| 'DuplicateQuestionIdError'
	| 'DuplicateQuestionOrderError'
	| 'UnknownAskerError'
	| 'TextOutsideAnswerError'
	| 'UnknownDirectiveError'
	| 'MissingAnswerAnchorError'
	| 'InvalidAnswerAnchorError'
	| 'DuplicateAnswerAnchorError'
	| 'DuplicateAliasError'
	| 'InvalidAnswerAliasError'
	| 'MissingSpeakerError'
	| 'UnknownSpeakerError'
	| 'UnknownAnswerAttributeError'
	| 'InvalidAnswerStartError'
	| 'InvalidAnswerEndError'
	| 'EmptyAnswerError'
	| 'ReservedEpisodeSlugError';

export class ContentError extends Error {
	override name: ContentErrorName;
	/** The file at fault, as the build was given it. */
	readonly file: string;
	/** The line of `file`, from 1, when the problem has one. */
	readonly line: number | undefined;

	constructor(name: ContentErrorName, file: string, line: number | undefined, problem: string) {
		super(`\`${file}${line === undefined ? '' : `:${line}`}\`: ${problem}`);
		this.name = name;
		this.file = file;
		this.line = line;
	}
}
