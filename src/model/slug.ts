/**
 * ASCII slugs made from names, for ids that end up in URLs: speaker ids (the importer) and
 * show pages (the site). Both must spell a name the same way, so the rule lives here, once.
 */
import { pinyin } from 'pinyin-pro';

export const MAX_ID_LENGTH = 40;
const HAN = /\p{Script=Han}/u;

/** Lowercase ASCII words joined by hyphens, trimmed to whole words within `max`. */
export function joinWords(words: string[], max = MAX_ID_LENGTH): string {
	let id = '';
	for (const word of words) {
		const clean = word
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/gu, '')
			.toLowerCase()
			.replace(/['’]/gu, '')
			.replace(/[^a-z0-9]+/gu, '-')
			.replace(/^-+|-+$/gu, '');
		if (clean === '') continue;
		const next = id === '' ? clean : `${id}-${clean}`;
		if (next.length > max) break;
		id = next;
	}
	return id;
}

/** A name as a slug: its ASCII words (`Yizhou` → `yizhou`), or its pinyin (`张三` → `zhangsan`). */
export function nameSlug(name: string): string {
	const latin = joinWords([name], MAX_ID_LENGTH);
	if (!HAN.test(name) && latin !== '') return latin;
	const spelled = pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' }).join('');
	return joinWords([spelled]) || 'speaker';
}
