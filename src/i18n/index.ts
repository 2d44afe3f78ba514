import { en } from './en.ts';
import type { UiStrings } from './types.ts';
import { zhCN } from './zh-CN.ts';

export type { UiStrings };

const byLanguage: Record<string, UiStrings> = { en, zh: zhCN };

/**
 * Interface text for a BCP 47 tag. Matches on the primary language subtag so that
 * `zh-CN`, `zh-Hans` and `zh` share one file; anything unknown falls back to English
 * rather than failing the build, because an episode's language is open-ended.
 */
export function uiStrings(lang: string): UiStrings {
	const primary = lang.split('-')[0]?.toLowerCase() ?? 'en';
	return byLanguage[primary] ?? en;
}
