/**
 * What a batch import (a feed, or a folder of transcripts) remembers between runs, so that a
 * re-run imports only new or changed episodes: one small JSON file per feed or folder under
 * `CONTENT/feeds/`, holding for each episode its slug and a SHA-256 of the transcript's bytes
 * and of the metadata it was imported with.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rename, rm, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isEpisodeSlug } from './slugs.ts';

export const STATE_FOLDER = 'feeds';
const STATE_VERSION = 1;

export interface ImportedEpisode {
	slug: string;
	/** SHA-256 (hex) of the transcript file's bytes. */
	transcript: string;
	/** SHA-256 (hex) of the metadata the episode was imported with (see `metadataHash`). */
	metadata: string;
}

export interface ImportState {
	version: number;
	/** The feed's URL or path, or the folder, as given on the command line. */
	source: string;
	/** The episodes imported, by guid (feeds) or file name (folders). */
	episodes: Record<string, ImportedEpisode>;
}

export const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** A hash of values that does not depend on the order their keys were written in. */
export function metadataHash(metadata: Record<string, unknown>): string {
	const sorted = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(sorted);
		if (typeof value === 'object' && value !== null) {
			return Object.fromEntries(
				Object.entries(value)
					.filter(([, entry]) => entry !== undefined)
					.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
					.map(([key, entry]) => [key, sorted(entry)]),
			);
		}
		return value;
	};
	return sha256(JSON.stringify(sorted(metadata)));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a state file's text. Entries that are not what this module writes (a slug that is
 * not a safe folder name, a missing hash) are dropped: the episode is then imported again,
 * which is always safe, rather than trusted.
 */
export function parseState(text: string, source: string): ImportState {
	const empty: ImportState = { version: STATE_VERSION, source, episodes: {} };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return empty;
	}
	if (!isRecord(data) || !isRecord(data['episodes'])) return empty;
	const episodes: Record<string, ImportedEpisode> = {};
	for (const [key, entry] of Object.entries(data['episodes'])) {
		if (!isRecord(entry)) continue;
		const { slug, transcript, metadata } = entry;
		if (typeof slug !== 'string' || !isEpisodeSlug(slug)) continue;
		if (typeof transcript !== 'string' || typeof metadata !== 'string') continue;
		episodes[key] = { slug, transcript, metadata };
	}
	return { version: STATE_VERSION, source, episodes };
}

/** The state file's text: stable key order, so an unchanged state is byte for byte the same. */
export function formatState(state: ImportState): string {
	const episodes = Object.fromEntries(Object.entries(state.episodes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
	return `${JSON.stringify({ version: state.version, source: state.source, episodes }, null, 2)}\n`;
}

/** The state of one feed or folder, or an empty one when it has none yet. */
export function loadState(file: string, source: string): ImportState {
	return existsSync(file)
		? parseState(readFileSync(file, 'utf8'), source)
		: { version: STATE_VERSION, source, episodes: {} };
}

/**
 * Every slug any batch import gave, by key, from all state files under `CONTENT/feeds/`: a
 * show that was renamed gets a new state file, but its episodes keep their folders.
 */
export function knownSlugs(stateFolder: string): Map<string, string> {
	const slugs = new Map<string, string>();
	if (!existsSync(stateFolder)) return slugs;
	for (const name of readdirSync(stateFolder).sort()) {
		if (!name.endsWith('.json')) continue;
		const state = parseState(readFileSync(join(stateFolder, name), 'utf8'), name);
		for (const [key, entry] of Object.entries(state.episodes)) if (!slugs.has(key)) slugs.set(key, entry.slug);
	}
	return slugs;
}

/**
 * Writes the state file all or nothing (a temporary file, then a rename), and not at all when
 * it would not change. Returns whether it wrote.
 */
export async function saveState(file: string, state: ImportState): Promise<boolean> {
	const text = formatState(state);
	if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
	await mkdir(dirname(file), { recursive: true });
	const temporary = `${file}.${process.pid}.tmp`;
	try {
		await writeFile(temporary, text, 'utf8');
		await rename(temporary, file);
	} catch (error) {
		await rm(temporary, { force: true });
		throw error;
	}
	return true;
}
