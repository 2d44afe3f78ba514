import { readCaptions } from '../../../../src/importer/captions/index.ts';
import { ImportError } from '../../../../src/importer/errors.ts';

/** The message a caption file is refused with, as the CLI prints it; fails the test if it is read. */
export async function captionFailure(text: string, file: string): Promise<string> {
	try {
		await readCaptions(text, file);
	} catch (error) {
		if (error instanceof ImportError) return error.format();
		throw error;
	}
	throw new Error(`${file} was read without an error`);
}
