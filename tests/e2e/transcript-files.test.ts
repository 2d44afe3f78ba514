import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, inject, it } from 'vitest';
import { WebVTTParser } from 'webvtt-parser';
import { readBuilt } from './built-site.ts';

/**
 * The transcript files each timed episode publishes for podcast feeds, read from the built
 * sites without a browser: the variant build's timed-3 publishes the four files the unit
 * tests expect (tests/fixtures/export/timed-3/) and links them from its page; every episode
 * without times publishes and links none.
 */
const variant = inject('variant');
const files = ['transcript.vtt', 'transcript.srt', 'transcript.json', 'chapters.json'];
const episodesOf = (contentDir: string): string[] => readdirSync(join(contentDir, 'episodes'));

/** The links of the episode page's header, as a person reads them. */
function headerLinks(dir: string, episode: string): { text: string; href: string; type: string }[] {
	const header = select('article > header', fromHtml(readBuilt(dir, `/${episode}/`)));
	return header
		? selectAll('a', header).map((link) => ({
				text: toText(link),
				href: String(link.properties['href']),
				type: String(link.properties['type']),
			}))
		: [];
}

describe('transcript files in the variant build', () => {
	it('publishes the WebVTT, SRT, JSON and chapters files of the timed episode', () => {
		for (const file of files) {
			expect(readBuilt(variant.dir, `/timed-3/${file}`), file).toBe(
				readFileSync(join('tests/fixtures/export/timed-3', file), 'utf8'),
			);
		}
	});

	it('publishes WebVTT the W3C validator accepts, with each speaker in a voice span', () => {
		const parsed = new WebVTTParser().parse(readBuilt(variant.dir, '/timed-3/transcript.vtt'));
		expect(parsed.errors).toEqual([]);
		expect(parsed.cues.map((cue) => cue.text.match(/^<v ([^>]*)>/u)?.[1])).toEqual([
			'Guest &amp; Co',
			'Guest &amp; Co',
			'Host',
			'Guest &amp; Co',
			'Guest &amp; Co',
		]);
	});

	it('links chapters to the question pages on the configured site, under the base path', () => {
		const chapters = JSON.parse(readBuilt(variant.dir, '/timed-3/chapters.json')) as { chapters: { url: string }[] };
		expect(chapters.chapters.map((chapter) => chapter.url)).toEqual([
			`${variant.site}${variant.basePath}timed-3/what-is-caption-file/`,
			`${variant.site}${variant.basePath}timed-3/how-long-does-it-take/`,
		]);
		for (const { url } of chapters.chapters) {
			expect(existsSync(join(variant.dir, new URL(url).pathname.slice(variant.basePath.length), 'index.html'))).toBe(
				true,
			);
		}
	});

	it('links the four files from the timed episode’s page, labelled, with their media types', () => {
		const links = headerLinks(variant.dir, 'timed-3').filter((link) => /\.(vtt|srt|json)$/u.test(link.href));
		expect(links).toEqual([
			{ text: 'WebVTT', href: `${variant.basePath}timed-3/transcript.vtt`, type: 'text/vtt' },
			{ text: 'SRT', href: `${variant.basePath}timed-3/transcript.srt`, type: 'application/x-subrip' },
			{ text: 'JSON', href: `${variant.basePath}timed-3/transcript.json`, type: 'application/json' },
			{ text: 'Chapters', href: `${variant.basePath}timed-3/chapters.json`, type: 'application/json+chapters' },
		]);
		expect(readBuilt(variant.dir, '/timed-3/')).toContain('Transcript files:');
	});

	it('publishes and links no files for the episodes without times', () => {
		const timed = new Set(['timed-3', 'damoxing-1']);
		const untimed = episodesOf('tests/fixtures/site/content').filter((episode) => !timed.has(episode));
		expect(untimed.length).toBeGreaterThanOrEqual(5);
		for (const episode of untimed) {
			for (const file of files) expect(existsSync(join(variant.dir, episode, file)), `${episode}/${file}`).toBe(false);
			expect(readBuilt(variant.dir, `/${episode}/`), episode).not.toContain('transcript.vtt');
		}
	});

	it('leaves the files out of the sitemap, which lists pages', () => {
		expect(readBuilt(variant.dir, '/sitemap-0.xml')).not.toMatch(/transcript\.|chapters\.json/u);
	});
});

describe('transcript files in the default build', () => {
	const dir = inject('siteDir');

	it('publishes and links none for EP26, which has no times', () => {
		expect(episodesOf('content')).toContain('onboard-26');
		for (const file of files) expect(existsSync(join(dir, 'onboard-26', file)), file).toBe(false);
		const page = readBuilt(dir, '/onboard-26/');
		expect(page).not.toContain('transcript.vtt');
		expect(page).not.toContain('文字稿文件');
	});

	it('publishes the files of an episode imported from a WebVTT file, with its speakers', () => {
		const vtt = readBuilt(variant.dir, '/damoxing-1/transcript.vtt');
		expect(vtt).toMatch(/^WEBVTT\n/u);
		expect(vtt).toContain('<v 嘉宾>我们用 GPU 训练');
	});
});
