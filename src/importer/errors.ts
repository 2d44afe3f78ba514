/**
 * Every failure the importer can foresee is an `ImportError`: a stable `code` that scripts
 * can match on, a message that says what happened and what to do, and where it applies.
 */
export type ImportErrorCode =
	| 'FileNotFound'
	| 'FileUnreadable'
	| 'InvalidFeed'
	| 'InvalidChapters'
	| 'FetchFailed'
	| 'BinaryInput'
	| 'UnknownEncoding'
	| 'EmptyTranscript'
	| 'NoQuestionsFound'
	| 'NoSpeakersFound'
	| 'InvalidOption'
	| 'UnknownFormat'
	| 'InvalidCaptionFile'
	| 'HandEditedFiles'
	| 'NothingLostCheckFailed'
	| 'WriteFailed'
	| 'UnsafePath'
	| 'PreviousEpisodeInvalid'
	| 'InvalidContentWritten';

export interface ImportErrorLocation {
	file: string;
	line?: number;
}

export class ImportError extends Error {
	override readonly name = 'ImportError';
	readonly code: ImportErrorCode;
	readonly location: ImportErrorLocation | undefined;

	constructor(code: ImportErrorCode, message: string, location?: ImportErrorLocation) {
		super(message);
		this.code = code;
		this.location = location;
	}

	/** `file:line: CodeName: message`, the shape editors and CI logs link to. */
	format(): string {
		const where = this.location
			? `${this.location.file}${this.location.line === undefined ? '' : `:${this.location.line}`}: `
			: '';
		return `${where}${this.code}: ${this.message}`;
	}
}
