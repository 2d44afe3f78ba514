import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The Onboard! EP26 transcript as scraped, kept in sources/ (see its README for attribution). */
export const SEED_PATH = fileURLToPath(new URL('../../../sources/onboard-26.txt', import.meta.url));
export const seedBytes = (): Uint8Array => readFileSync(SEED_PATH);
export const seedText = (): string => readFileSync(SEED_PATH, 'utf8');
