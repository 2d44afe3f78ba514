import { describe, expect, it } from 'vitest';
import { parsePreviousEpisode } from '../../../src/importer/existing.ts';
import { planImport } from '../../../src/importer/plan.ts';
import { parseAliasOptions, resolveSpeakerNames } from '../../../src/importer/speaker-names.ts';

describe('resolveSpeakerNames', () => {
	it('reads a first name used alone as the one full name that starts with it', () => {
		const names = resolveSpeakerNames(['Lenny Rachitsky', 'Brian Chesky', 'Lenny', 'Brian Chesky']);
		expect(names.canonical('Lenny')).toBe('Lenny Rachitsky');
		expect(names.canonical('Brian Chesky')).toBe('Brian Chesky');
		expect(names.merged).toEqual([{ label: 'Lenny', into: 'Lenny Rachitsky', why: 'first-name' }]);
	});

	it('leaves a first name alone when two full names start with it, and Chinese names always', () => {
		expect(resolveSpeakerNames(['Ada Lovelace', 'Ada Yonath', 'Ada']).merged).toEqual([]);
		expect(resolveSpeakerNames(['张', '张三']).merged).toEqual([]);
	});

	it('follows --alias over the first-name rule, also to keep two people apart', () => {
		const forced = new Map([
			['Lenny', 'Lenny'],
			['LR', 'Lenny Rachitsky'],
		]);
		const names = resolveSpeakerNames(['Lenny Rachitsky', 'Lenny', 'LR'], { forced });
		expect(names.canonical('Lenny')).toBe('Lenny');
		expect(names.canonical('LR')).toBe('Lenny Rachitsky');
	});

	it('reads the aliases an edited registry lists', () => {
		const names = resolveSpeakerNames(['Yizhou', 'Zhou'], { registry: [{ name: 'Yizhou', aliases: ['Zhou'] }] });
		expect(names.merged).toEqual([{ label: 'Zhou', into: 'Yizhou', why: 'registry' }]);
	});

	it('parses --alias values, and returns the first one that is not LABEL=NAME', () => {
		expect(parseAliasOptions(['Lenny = Lenny Rachitsky'])).toEqual(new Map([['Lenny', 'Lenny Rachitsky']]));
		expect(parseAliasOptions(['Lenny'])).toBe('Lenny');
	});
});

const transcript = [
	'Lenny Rachitsky: Today my guest is Brian Chesky. What did you learn in the pandemic?',
	'Brian Chesky: That founders should be in the details.',
	'Lenny: Why do founders apologise for that?',
	'Brian Chesky: Because they were told to delegate.',
	'Lenny: And what would you do differently?',
	'Brian Chesky: Be in the details from day one.',
].join('\n\n');
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('importing a transcript that names one host two ways', () => {
	const plan = planImport(encode(transcript), { file: 'lenny.txt', hosts: ['Lenny'] });

	it('makes one speaker of both labels, with the other label as an alias, and says so', () => {
		expect(plan.report.episode.speakers).toEqual([
			{ id: 'lenny-rachitsky', name: 'Lenny Rachitsky', aliases: ['Lenny'] },
			{ id: 'brian-chesky', name: 'Brian Chesky' },
		]);
		expect(plan.report.mergedSpeakers).toEqual([{ label: 'Lenny', into: 'Lenny Rachitsky', why: 'first-name' }]);
	});

	it('takes --host by either label, so every question the host asks starts a question', () => {
		expect(plan.report.rule).toEqual({ kind: 'host-turns', hosts: ['Lenny Rachitsky'], hostsFrom: 'option' });
		expect(plan.report.questions.map((question) => question.askedBy)).toEqual([
			'lenny-rachitsky',
			'lenny-rachitsky',
			'lenny-rachitsky',
		]);
	});

	it('keeps an alias added to the registry by hand on a re-import', () => {
		const edited = plan.files.map((file) =>
			file.path === 'episode.md'
				? {
						...file,
						content: file.content.replace('name: Brian Chesky', 'name: Brian Chesky\n    aliases:\n      - Brian'),
					}
				: file,
		);
		const again = planImport(encode(transcript.replace('Brian Chesky: Because', 'Brian: Because')), {
			file: 'lenny.txt',
			hosts: ['Lenny'],
			previous: parsePreviousEpisode(edited, 'content/episodes/lenny'),
			force: true,
		});
		expect(again.report.episode.speakers.map((speaker) => speaker.name)).toEqual(['Lenny Rachitsky', 'Brian Chesky']);
		expect(again.report.mergedSpeakers).toContainEqual({ label: 'Brian', into: 'Brian Chesky', why: 'registry' });
	});
});
