import { parse as parseYaml } from 'yaml';
import type { Speaker } from './transcript.ts';

/**
 * What an earlier import (and the people who edited it since) left in an episode's
 * `episode.md` that a re-import must keep: roles and links added to the speaker registry.
 */
export function parseExistingSpeakers(episodeMarkdown: string): Speaker[] {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(episodeMarkdown);
	if (!match) return [];
	const data: unknown = parseYaml(match[1] ?? '');
	if (data === null || typeof data !== 'object' || !('speakers' in data) || !Array.isArray(data.speakers)) return [];
	return data.speakers.flatMap((entry: unknown): Speaker[] => {
		if (entry === null || typeof entry !== 'object') return [];
		const { id, name, role, link } = entry as Record<string, unknown>;
		if (typeof id !== 'string' || typeof name !== 'string') return [];
		return [
			{
				id,
				name,
				...(typeof role === 'string' ? { role } : {}),
				...(typeof link === 'string' ? { link } : {}),
			},
		];
	});
}

/** New speakers keep the name, role and link a person gave them in the existing registry. */
export function mergeSpeakers(found: Speaker[], existing: Speaker[]): Speaker[] {
	const byId = new Map(existing.map((speaker) => [speaker.id, speaker]));
	return found.map((speaker) => ({ ...speaker, ...byId.get(speaker.id) }));
}
