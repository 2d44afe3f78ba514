import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The Onboard! EP26 transcript, read from ../shared at run time (it is not ours to copy). */
export const SEED_PATH = fileURLToPath(new URL('../../../../shared/seed/onboard-26.txt', import.meta.url));
export const seedBytes = (): Uint8Array => readFileSync(SEED_PATH);
export const seedText = (): string => readFileSync(SEED_PATH, 'utf8');
