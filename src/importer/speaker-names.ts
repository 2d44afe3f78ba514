/**
 * Speakers are people, not labels (issue #13). One person is often written two ways in one
 * transcript: `Lenny` and `Lenny Rachitsky`. This decides which labels name the same person:
 * those the user joined with `--alias`, those an edited speaker registry lists as `aliases`,
 * and a first name used alone when exactly one full name in the transcript starts with it.
 * Pure: labels in, each label's person out.
 */

/** A label taken as another's, for the report: why, so a person can undo it with `--alias`. */
export interface MergedLabel {
	label: string;
	into: string;
	why: 'option' | 'registry' | 'first-name';
}

export interface SpeakerNames {
	/** The name a label stands for (itself when it was not merged). */
	canonical(label: string): string;
	merged: MergedLabel[];
}

export interface NameOptions {
	/** `--alias "Lenny=Lenny Rachitsky"`: label → name. */
	forced?: ReadonlyMap<string, string>;
	/**
	 * From registries: this episode's as edited by hand, and those of the show's other
	 * episodes, so one person keeps one name (and speaker id) across the show. Each speaker's
	 * name and the other labels that name them.
	 */
	registry?: readonly { name: string; aliases?: readonly string[] | undefined }[];
	/**
	 * The labels the earlier import of this episode merged, and why (its report's
	 * `mergedSpeakers`): an alias it wrote into the registry by the first-name rule is reported
	 * as `first-name` again, so re-importing an unchanged transcript writes the same report.
	 */
	earlier?: readonly MergedLabel[];
}

const words = (label: string): string[] => label.trim().split(/\s+/u);
/** Only Latin-script names have a first name to go by; `张三` has no space to split at. */
const isLatinWord = (word: string): boolean => /^\p{Script=Latin}[\p{Script=Latin}'’.-]*$/u.test(word);

/**
 * The one full name a single-word Latin label is the first name of (`Lenny` → `Lenny Rachitsky`),
 * among the transcript's labels and the registries' names; undefined when there is none, or two.
 */
function fullNameOf(label: string, distinct: readonly string[], options: NameOptions): string | undefined {
	const [first, ...rest] = words(label);
	if (first === undefined || rest.length > 0 || !isLatinWord(first)) return undefined;
	// Full names this transcript uses, and those the registries know (a later episode may
	// name the host only as `Lenny`).
	const candidates = [...new Set([...distinct, ...(options.registry ?? []).map((speaker) => speaker.name)])];
	const fullNames = candidates.filter((other) => {
		const parts = words(other);
		return parts.length >= 2 && parts[0]?.toLowerCase() === first.toLowerCase();
	});
	return fullNames.length === 1 ? fullNames[0] : undefined;
}

export function resolveSpeakerNames(labels: readonly string[], options: NameOptions = {}): SpeakerNames {
	const distinct = [...new Set(labels)];
	const map = new Map<string, MergedLabel>();
	for (const label of distinct) {
		const forced = options.forced?.get(label);
		if (forced !== undefined) {
			// `--alias "Lenny=Lenny"` keeps a label apart from the full name it would join.
			if (forced !== label) map.set(label, { label, into: forced, why: 'option' });
			continue;
		}
		const byFirstName = fullNameOf(label, distinct, options);
		const entry = options.registry?.find((speaker) => speaker.aliases?.includes(label));
		if (entry && entry.name !== label) {
			// An alias the earlier import made by the first-name rule keeps that reason; one a
			// person added to the registry is the registry's.
			const madeByRule = options.earlier?.some(
				(merged) => merged.label === label && merged.into === entry.name && merged.why === 'first-name',
			);
			map.set(label, {
				label,
				into: entry.name,
				why: madeByRule === true && byFirstName === entry.name ? 'first-name' : 'registry',
			});
			continue;
		}
		if (byFirstName !== undefined) map.set(label, { label, into: byFirstName, why: 'first-name' });
	}
	return {
		canonical: (label) => map.get(label)?.into ?? label,
		merged: [...map.values()],
	};
}

/** `--alias "Lenny=Lenny Rachitsky"` values as label → name; the first value that is not `A=B`, as a string. */
export function parseAliasOptions(values: readonly string[]): Map<string, string> | string {
	const forced = new Map<string, string>();
	for (const value of values) {
		const [label, name, ...more] = value.split('=').map((part) => part.trim());
		if (!label || !name || more.length > 0) return value;
		forced.set(label, name);
	}
	return forced;
}
