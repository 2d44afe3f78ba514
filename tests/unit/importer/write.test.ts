import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/importer/errors.ts';
import { writeEpisodeFolder } from '../../../src/importer/write.ts';

function existingEpisode(): { parent: string; target: string } {
	const parent = mkdtempSync(join(tmpdir(), 'write-'));
	const target = join(parent, 'ep');
	mkdirSync(target);
	writeFileSync(join(target, 'episode.md'), 'old episode');
	writeFileSync(join(target, '01-old.md'), 'old question');
	writeFileSync(join(target, 'cover.jpg'), 'a file a person put here');
	return { parent, target };
}

describe('writeEpisodeFolder', () => {
	it('replaces the folder with exactly the new files and keeps files a person added', async () => {
		const { target } = existingEpisode();
		await writeEpisodeFolder(target, [
			{ path: 'episode.md', content: 'new episode' },
			{ path: '01-new.md', content: 'new question' },
		]);
		expect(readdirSync(target).sort()).toEqual(['01-new.md', 'cover.jpg', 'episode.md']);
		expect(readFileSync(join(target, 'episode.md'), 'utf8')).toBe('new episode');
	});

	it('changes nothing when a file cannot be written half way through', async () => {
		const { parent, target } = existingEpisode();
		const attempt = writeEpisodeFolder(target, [
			{ path: 'episode.md', content: 'new episode' },
			{ path: 'no-such-folder/01-new.md', content: 'cannot be written' },
		]);
		await expect(attempt).rejects.toBeInstanceOf(ImportError);
		await expect(attempt).rejects.toMatchObject({ code: 'WriteFailed' });
		expect(readdirSync(parent)).toEqual(['ep']);
		expect(readdirSync(target).sort()).toEqual(['01-old.md', 'cover.jpg', 'episode.md']);
		expect(readFileSync(join(target, 'episode.md'), 'utf8')).toBe('old episode');
	});
});
