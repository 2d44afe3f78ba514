import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/site/excerpt.ts';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const lengthOf = (text: string): number => [...graphemes.segment(text)].length;
/** True when `text` has a lone surrogate, i.e. half of a character. */
const hasLoneSurrogate = (text: string): boolean => !text.isWellFormed();

describe('excerpt', () => {
	it('keeps a text that fits, with its white space collapsed', () => {
		expect(excerpt('  Why are static\n\nsites   back?  ')).toBe('Why are static sites back?');
	});

	it('cuts English text after a whole word and marks the cut', () => {
		const text = 'Because they are fast, cheap and hard to break. And they can be served from anywhere.';
		const cut = excerpt(text, 40);
		expect(cut).toBe('Because they are fast, cheap and hard…');
		expect(lengthOf(cut)).toBeLessThanOrEqual(40);
	});

	it('cuts Chinese text, which has no spaces, at the limit', () => {
		const text =
			'如果从生成模型角度上来说其实我们现在的经验是一开始在预训练阶段能看到的数据量以及它的丰富程度是非常重要的';
		const cut = excerpt(text, 20);
		expect(cut).toBe('如果从生成模型角度上来说其实我们现在的…');
		expect(lengthOf(cut)).toBe(20);
	});

	it('prefers to cut after Chinese clause punctuation near the limit', () => {
		expect(excerpt('对于我们来说，第一阶段量会比质更重要。当然会需要满足一点最基础的要求', 24)).toBe(
			'对于我们来说，第一阶段量会比质更重要。…',
		);
	});

	it('never splits a surrogate pair, an emoji sequence or a letter from its accent', () => {
		// Each of these is one grapheme of two or more UTF-16 code units.
		for (const character of ['😀', '𝄞', '👩‍👩‍👧', 'é', '🇨🇳']) {
			for (let length = 2; length < 12; length += 1) {
				const cut = excerpt(character.repeat(30), length);
				expect(hasLoneSurrogate(cut), `${character} × 30 cut to ${length}`).toBe(false);
				expect(lengthOf(cut)).toBeLessThanOrEqual(length);
				expect(cut.slice(0, -1)).toBe(character.repeat(length - 1));
			}
		}
	});

	it('counts 150 characters by default', () => {
		const cut = excerpt('数'.repeat(400));
		expect(lengthOf(cut)).toBe(150);
		expect(cut.endsWith('…')).toBe(true);
	});

	it('refuses a length too short to hold anything but the ellipsis', () => {
		expect(() => excerpt('text', 1)).toThrow(RangeError);
	});
});
