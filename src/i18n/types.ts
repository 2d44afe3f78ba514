/** Every piece of interface text, so that each language file must provide all of them. */
export interface UiStrings {
	siteTitle: string;
	siteDescription: string;
	skipToContent: string;
	home: string;
	episodes: string;
	questionCount: (count: number) => string;
	speakers: string;
	contents: string;
	conversation: string;
	episodeBy: (author: string) => string;
	source: string;
	questionPosition: (position: number, total: number) => string;
	previousQuestion: string;
	nextQuestion: string;
	backToEpisode: string;
	questionNavigation: string;
	breadcrumbs: string;
	answerPermalink: (speaker: string) => string;
	questionPermalink: string;
	search: string;
	searchLabel: string;
	searchPlaceholder: string;
	searchLoading: string;
	searchUnavailable: string;
	/** Plain strings, not functions, because the browser-side search element receives them as JSON; `{count}` is replaced there. */
	searchResultCount: { zero: string; one: string; many: string };
	searchNeedsJavaScript: string;
	searchPageTitle: string;
	notFoundTitle: string;
	notFoundText: string;
	notFoundHome: string;
}
