/**
 * `SEARCH_LANGUAGE`: the language of the search index, for archives built as several sites
 * searched as one (docs/deploy.md, "Several builds, one search"). Each build otherwise picks its
 * index language from its own episodes (src/integrations/pagefind.ts, `indexLanguage`), and a
 * shard of English episodes would get an English index beside Chinese ones; merged, its answers
 * would be searched with the Chinese word splitting of the page's index. Setting the same value
 * on every shard keeps them alike. Unset, each build chooses for itself.
 */

export class SearchLanguageError extends Error {
	override name = 'SearchLanguageError';
}

/** The language tag as Pagefind keys its indexes (lower case, `zh-cn`), or undefined when unset. */
export function searchLanguage(value: string | undefined): string | undefined {
	const trimmed = value?.trim() ?? '';
	if (trimmed === '') return undefined;
	try {
		const [canonical] = Intl.getCanonicalLocales(trimmed);
		if (canonical !== undefined) return canonical.toLowerCase();
	} catch {
		// Reported below.
	}
	throw new SearchLanguageError(
		`SEARCH_LANGUAGE is \`${trimmed}\`, which is not a language tag. Set it to the language of the search index every shard shares, e.g. \`zh-CN\` or \`en\`, or leave it unset.`,
	);
}
