/**
 * Query normalisation, so that a query is spelled the way the index is. The index holds the
 * text as published; EP26 and most Chinese transcripts are in simplified characters. A
 * reader in Taiwan or Hong Kong types traditional ones (`數據`), which Pagefind would not
 * match; OpenCC's traditional-to-simplified tables (phrases first, then characters) turn
 * the query into `数据`. Full-width Latin and digits (`ＧＰＴ－３`) become ASCII through
 * Unicode NFKC. The tables (~21 KB gzip) are fetched only for queries with Han characters.
 */

type Converter = (text: string) => string;

let toSimplified: Promise<Converter> | undefined;

async function loadConverter(): Promise<Converter> {
	const [{ ConverterFactory }, { default: phrases }, { default: characters }] = await Promise.all([
		import('opencc-js/core'),
		import('opencc-js/dict/TSPhrases'),
		import('opencc-js/dict/TSCharacters'),
	]);
	return ConverterFactory([phrases, characters]);
}

const HAN = /\p{Script=Han}/u;

/** NFKC, whitespace collapsed, traditional Chinese made simplified. */
export async function normalizeQuery(query: string): Promise<string> {
	const plain = query.normalize('NFKC').replace(/\s+/gu, ' ').trim();
	if (!HAN.test(plain)) return plain;
	toSimplified ??= loadConverter();
	return (await toSimplified)(plain);
}
