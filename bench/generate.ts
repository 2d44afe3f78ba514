/**
 * `node bench/generate.ts --answers N --seed S --out DIR`: writes the bench's generated archive
 * (bench/synthetic.ts) as one transcript file per episode into DIR, for the importer to read.
 * A process of its own so that the bench can measure it like the other stages.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticTranscripts, transcriptText } from './synthetic.ts';

const { values } = parseArgs({
	options: {
		answers: { type: 'string', default: '1000' },
		seed: { type: 'string', default: '26' },
		out: { type: 'string' },
	},
});
if (values.out === undefined) throw new Error('Say where to write the transcripts: --out DIR.');
mkdirSync(values.out, { recursive: true });
for (const transcript of syntheticTranscripts({ answers: Number(values.answers), seed: Number(values.seed) })) {
	writeFileSync(join(values.out, `${transcript.episode.slug}.txt`), transcriptText(transcript));
}
