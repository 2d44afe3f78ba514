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
	/** Before the links to a timed episode's transcript files (WebVTT · SRT · JSON · chapters), with its colon. */
	transcriptFiles: string;
	/** The link to the chapters file among them. */
	chaptersFile: string;
	questionPosition: (position: number, total: number) => string;
	/** Before the name of whoever asked the question, when the transcript names them. */
	askedBy: string;
	previousQuestion: string;
	nextQuestion: string;
	backToEpisode: string;
	questionNavigation: string;
	/** Label of the theme switcher and its three choices. */
	theme: string;
	themeAuto: string;
	themeLight: string;
	themeDark: string;
	keyboardShortcuts: string;
	/** One line per shortcut: the keys, then what they do. */
	shortcutNext: string;
	shortcutPrevious: string;
	/** Shown only on paper, before the page's URL. */
	printedFrom: string;
	/** The bar that names the question being read on long episode pages. */
	nowReading: string;
	breadcrumbs: string;
	answerPermalink: (speaker: string) => string;
	/** The share controls on each answer: visible text, and a name that says whose answer. */
	copyLink: string;
	copyLinkTo: (speaker: string) => string;
	share: string;
	shareAnswerBy: (speaker: string) => string;
	/** Said to screen readers and shown on the button once the link is on the clipboard. */
	linkCopied: string;
	/** When the browser refuses the clipboard. */
	copyFailed: string;
	/** The toolbar offered for a selection in an answer. */
	quoteToolbar: string;
	copyQuoteLink: string;
	quoteLinkCopied: string;
	copyCitation: string;
	citationCopied: string;
	/** Shown above the answer a link to a changed or removed passage now lands on. */
	movedLink: string;
	/** When a link's answer is not in the episode at all. */
	missingLink: string;
	/** The page an old question URL leaves at once for the question that replaced it. */
	movedTitle: string;
	movedText: string;
	questionPermalink: string;
	/** The audio player of an episode with audio: its name, and the link offered where audio cannot play. */
	audioPlayer: string;
	downloadAudio: string;
	/** Name of the button an answer's or paragraph's time becomes: "Play from 0:12". */
	playFrom: (time: string) => string;
	/** Shown by the player when a link (`?t=`) sets where playback starts. */
	playbackStartsAt: (time: string) => string;
	/** Shown once the reader scrolls away from the answer being played: brings them back to it. */
	followAudio: string;
	search: string;
	searchLabel: string;
	searchPlaceholder: string;
	searchLoading: string;
	searchUnavailable: string;
	searchNeedsJavaScript: string;
	searchPageTitle: string;
	notFoundTitle: string;
	notFoundText: string;
	notFoundHome: string;
	// Shows, speakers, metadata, the 404 search and the edit link.
	/** Answers in an episode, next to the question count. */
	answerCount: (count: number) => string;
	/** Heading of the home page's group of episodes that name no show. */
	otherEpisodes: string;
	/** The show page's description. */
	showDescription: (show: string, episodes: number) => string;
	/** Link to the RSS feed on the home page. */
	subscribe: string;
	/** The speaker page's description. */
	speakerDescription: (name: string, answers: number, episodes: number) => string;
	/** Headings on the speaker page. */
	speakerAnswers: string;
	speakerQuestionsAsked: string;
	/** Link to the page in a speaker registry's `link`. */
	speakerLink: string;
	/** Above the 404 page's search form. */
	notFoundSearch: string;
	/** Link from a question page to its Markdown source in the repository. */
	suggestCorrection: string;
	suggestCorrectionHint: string;
	// Search: the dialog, the search page and its filters, the 404 page's suggestions.
	/** Closes the search dialog. */
	searchClose: string;
	/** Name of the list of results. */
	searchResults: string;
	/** How many answers match, shown and announced: "找到 3 个回答", "3 answers". */
	searchAnswerCount: (count: number) => string;
	/** After "no answers found". */
	searchNoResultsTip: string;
	/** The dialog before anything is typed. */
	searchPrompt: string;
	/** The search page with neither a query nor a filter. */
	searchBrowsePrompt: string;
	/** Link from the dialog to the search page, with every result and the filters. */
	searchSeeAll: (count: number) => string;
	/** Before the dialog's links to the search page narrowed to one speaker, episode or show. */
	searchNarrow: string;
	/** Heading of the search page's filters, and each filter's legend. */
	searchFilters: string;
	searchFacets: { show: string; episode: string; speaker: string };
	searchClearFilters: string;
	searchShowMore: string;
	/** The dialog's key hints: move through the results, open one, close the dialog. */
	searchKeys: { move: string; open: string; close: string };
	/** Heading of the answers the 404 page found for the words in the missing address. */
	notFoundResults: (words: string) => string;
}
