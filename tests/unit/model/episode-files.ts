import type { EpisodeFile } from '../../../src/model/episode.ts';

/** A question file as tests write it: frontmatter lines and `[anchor, speaker, text]` answers. */
export interface QuestionSpec {
	id: string;
	question?: string;
	askedBy?: string;
	answers: [anchor: string, speaker: string, text: string][];
}

/**
 * The files of an episode folder, written as a person would write them, so that tests go
 * through the content model's real parser rather than hand-made objects.
 */
export function episodeFiles(options: {
	title?: string;
	date?: string;
	speakers: { id: string; name: string; role?: string }[];
	description?: string;
	questions: QuestionSpec[];
}): EpisodeFile[] {
	const speakers = options.speakers
		.map(({ id, name, role }) => `  - id: ${id}\n    name: ${name}${role === undefined ? '' : `\n    role: ${role}`}`)
		.join('\n');
	const episode: EpisodeFile = {
		name: 'episode.md',
		content:
			`---\ntitle: ${options.title ?? 'An episode'}\n${options.date === undefined ? '' : `date: ${options.date}\n`}` +
			`lang: en\nspeakers:\n${speakers}\n---\n${options.description ?? ''}`,
	};
	const questions = options.questions.map((spec, index): EpisodeFile => ({
		name: `${String(index + 1).padStart(2, '0')}-${spec.id}.md`,
		content:
			`---\nid: ${spec.id}\norder: ${index + 1}\nquestion: ${spec.question ?? `Question ${spec.id}?`}\n` +
			`${spec.askedBy === undefined ? '' : `askedBy: ${spec.askedBy}\n`}---\n\n` +
			spec.answers
				.map(([anchor, speaker, text]) => `:::answer{#${anchor} speaker=${speaker}}\n${text}\n:::\n`)
				.join('\n'),
	}));
	return [episode, ...questions];
}
