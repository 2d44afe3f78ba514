import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImportError } from './errors.ts';
import type { ContentFile } from './markdown.ts';
import { insideContentFolder } from './paths.ts';

/** Files the importer owns in an episode folder; anything else there belongs to a person. */
function isImporterFile(name: string): boolean {
	return name.endsWith('.md') || name === 'import-report.json';
}

/**
 * Writes an episode folder all or nothing: the files go to a temporary folder beside the
 * target, which then replaces the old folder in two renames. A failure before the swap
 * leaves the old folder untouched; files a person added to it are carried over.
 */
export async function writeEpisodeFolder(target: string, files: ContentFile[]): Promise<void> {
	const staging = `${target}.importing-${process.pid}`;
	const previous = `${target}.previous-${process.pid}`;
	try {
		await rm(staging, { recursive: true, force: true });
		await mkdir(staging, { recursive: true });
		// Each name must be one file inside the folder (src/importer/paths.ts); one that is not
		// fails the write like any other, and the old folder stays as it was.
		for (const file of files) {
			await writeFile(insideContentFolder(staging, [file.path], 'file name'), file.content, 'utf8');
		}
		if (existsSync(target)) {
			for (const entry of await readdir(target)) {
				if (!isImporterFile(entry)) await cp(join(target, entry), join(staging, entry), { recursive: true });
			}
			await rename(target, previous);
		}
		await rename(staging, target);
	} catch (error) {
		await rm(staging, { recursive: true, force: true });
		if (existsSync(previous) && !existsSync(target)) await rename(previous, target);
		throw new ImportError(
			'WriteFailed',
			`Could not write the episode folder (${error instanceof Error ? error.message : String(error)}). Nothing was changed. Check that the folder is writable and the disk has room.`,
			{ file: target },
		);
	}
	await rm(previous, { recursive: true, force: true });
}
