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
}

const words = (label: string): string[] => label.trim().split(/\s+/u);
/** Only Latin-script names have a first name to go by; `张三` has no space to split at. */
const isLatinWord = (word: string): boolean => /^\p{Script=Latin}[\p{Script=Latin}'’.-]*$/u.test(word);

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
		const entry = options.registry?.find((speaker) => speaker.aliases?.includes(label));
		if (entry && entry.name !== label) {
			map.set(label, { label, into: entry.name, why: 'registry' });
			continue;
		}
		const [first, ...rest] = words(label);
		if (first === undefined || rest.length > 0 || !isLatinWord(first)) continue;
		// Full names this transcript uses, and those the registries know (a later episode may
		// name the host only as `Lenny`).
		const candidates = [...new Set([...distinct, ...(options.registry ?? []).map((speaker) => speaker.name)])];
		const fullNames = candidates.filter((other) => {
			const parts = words(other);
			return parts.length >= 2 && parts[0]?.toLowerCase() === first.toLowerCase();
		});
		const [only] = fullNames;
		if (fullNames.length === 1 && only !== undefined) map.set(label, { label, into: only, why: 'first-name' });
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
