import { pinyin } from 'pinyin-pro';
import { joinWords as join, MAX_ID_LENGTH, nameSlug } from '../model/slug.ts';

/**
 * URL-safe ids for questions, speakers and answers. They are made once, written into the
 * content, and kept from then on, so these rules only decide what new ids look like.
 */

export { MAX_ID_LENGTH };
const MAX_WORDS = 4;

// Words that say nothing about a question's subject, in either language.
const STOPWORDS = new Set([
	'a',
	'an',
	'the',
	'and',
	'or',
	'of',
	'to',
	'in',
	'on',
	'for',
	'is',
	'are',
	'was',
	'be',
	'it',
	'its',
	'what',
	'why',
	'how',
	'do',
	'does',
	'you',
	'your',
	'we',
	'i',
	'that',
	'this',
	'with',
	'about',
	'can',
	'的',
	'了',
	'是',
	'在',
	'你',
	'我',
	'他',
	'她',
	'它',
	'我们',
	'你们',
	'他们',
	'这',
	'那',
	'这个',
	'那个',
	'这些',
	'那些',
	'一个',
	'一些',
	'什么',
	'哪些',
	'哪',
	'怎么',
	'怎样',
	'如何',
	'为什么',
	'现在',
	'看到',
	'觉得',
	'可能',
	'就',
	'也',
	'都',
	'还',
	'要',
	'去',
	'会',
	'有',
	'和',
	'跟',
	'或者',
	'以及',
	'其实',
	'如果',
	'是不是',
	'一下',
	'吗',
	'呢',
	'吧',
	'啊',
	'到底',
	'上',
	'里',
	'中',
	'对',
	'从',
	'把',
	'被',
	'让',
	'给',
	'说',
	'想',
	'能',
	'而',
]);

const LATIN_WORD = /^[\p{Script=Latin}\d]+(?:[-.'][\p{Script=Latin}\d]+)*$/u;
const HAN = /\p{Script=Han}/u;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The words of a text, in order, with their script: Latin words as written, Chinese words
 * as found by the ICU dictionary segmenter that ships with Node.
 */
function words(text: string): { word: string; han: boolean }[] {
	return [...segmenter.segment(text)]
		.filter((part) => part.isWordLike === true)
		.map((part) => part.segment)
		.filter((word) => !STOPWORDS.has(word.toLowerCase()))
		.map((word) => ({ word, han: HAN.test(word) }))
		.filter(({ word, han }) => han || LATIN_WORD.test(word));
}

/**
 * A readable slug for a text: its Latin words when it has any (`Stable Diffusion到底是什么`
 * → `stable-diffusion`), else the pinyin of its first Chinese words (`图片生成` → `tupian-shengcheng`).
 */
export function slugify(text: string, maxWords = MAX_WORDS): string {
	const found = words(text);
	const latin = found.filter((entry) => !entry.han).map((entry) => entry.word);
	const unique = [...new Set(latin.map((word) => word.toLowerCase()))];
	if (unique.length > 0) return join(unique.slice(0, maxWords));
	const han = found.filter((entry) => entry.han).slice(0, maxWords);
	return join(han.map(({ word }) => pinyin(word, { toneType: 'none', type: 'array', v: true }).join('')));
}

/** A speaker's id from their name: `Yizhou` → `yizhou`, `张三` → `zhangsan`. */
export const speakerId = nameSlug;

/**
 * Makes `base` unique among `taken` by adding `-2`, `-3`, … and records it. An empty base
 * (a question with neither Latin nor Chinese words) becomes `fallback`.
 */
export function uniqueId(base: string, taken: Set<string>, fallback: string): string {
	const stem = base === '' ? fallback : base;
	let id = stem;
	for (let n = 2; taken.has(id); n += 1) {
		const suffix = `-${n}`;
		id = `${stem.slice(0, MAX_ID_LENGTH - suffix.length).replace(/-+$/u, '')}${suffix}`;
	}
	taken.add(id);
	return id;
}
