import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { serveAudio } from './audio-file.ts';
import { useChromium } from './browser.ts';
import { openPage, type OpenOptions } from './page.ts';

/**
 * The episode's audio: a native player on the pages of an episode that has audio (the fixture
 * site's timed-3), whose answers' and paragraphs' times play from there, which marks the answer
 * being heard, and which a link's `?t=` sets to start at a moment. The audio is a generated
 * WAV file served by the test (audio-file.ts), so nothing goes to the network.
 */
const browser = useChromium();
const EPISODE = '/timed-3/';
const QUESTION = '/timed-3/what-is-caption-file/';
const PHONE = { width: 375, height: 667 };

/** Opens a page of the fixture site with the audio served; `requests` lists the audio's. */
async function openWithAudio(path: string, options: OpenOptions = {}) {
	let requests: string[] = [];
	const watched = await openPage(browser(), path, {
		site: inject('variant').url,
		...options,
		setup: async (context: BrowserContext) => {
			requests = await serveAudio(context);
		},
	});
	return { ...watched, audioRequests: () => requests };
}

interface Playback {
	paused: boolean;
	time: number;
	/** The id of each answer marked as being heard. */
	marked: string[];
}

const playback = (page: Page): Promise<Playback> =>
	page.evaluate(() => {
		const audio = document.querySelector('audio');
		return {
			paused: audio?.paused ?? true,
			time: audio?.currentTime ?? Number.NaN,
			marked: [...document.querySelectorAll('.answer[aria-current="true"]')].map((answer) => answer.id),
		};
	});

const seek = (page: Page, seconds: number): Promise<void> =>
	page.evaluate((time) => {
		const audio = document.querySelector('audio');
		if (audio) audio.currentTime = time;
	}, seconds);

/** Whether the element's top is on screen, above the player bar. */
const inView = (locator: Locator): Promise<boolean> =>
	locator.evaluate((element) => {
		const { top } = element.getBoundingClientRect();
		const bar = document.querySelector('audio-player')?.getBoundingClientRect().top ?? innerHeight;
		return top >= 0 && top < bar;
	});

const answer = (page: Page, id: string): Locator => page.locator(`#${id}`);

/** Waits until the page has not scrolled for a moment: a smooth scroll has ended. */
const scrollSettled = (page: Page): Promise<void> =>
	page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				let timer = setTimeout(resolve, 300);
				addEventListener('scroll', () => {
					clearTimeout(timer);
					timer = setTimeout(resolve, 300);
				});
			}),
	);

describe('the audio player', () => {
	it('is on episode and question pages of an episode with audio, and neither plays nor loads by itself', async () => {
		for (const path of [EPISODE, QUESTION]) {
			const { page, problems, audioRequests } = await openWithAudio(path);
			const player = page.getByRole('region', { name: 'Episode audio' });
			await expect.poll(() => player.locator('audio[controls]').isVisible()).toBe(true);
			await page.waitForLoadState('networkidle');
			expect(await playback(page)).toEqual({ paused: true, time: 0, marked: [] });
			expect(audioRequests()).toEqual([]);
			expect(problems).toEqual([]);
		}
	});

	it('is not on pages of episodes without audio, which load nothing for it', async () => {
		const { page, problems, requests } = await openPage(browser(), '/onboard-26/train/');
		await page.waitForLoadState('networkidle');
		expect(await page.locator('audio, audio-player, .audio-time').count()).toBe(0);
		expect(requests.filter((path) => path.includes('audio'))).toEqual([]);
		expect(problems).toEqual([]);
	});

	it('plays from an answer’s time when it is pressed, and marks that answer', async () => {
		const { page, problems } = await openWithAudio(QUESTION);
		await answer(page, 'what-is-caption-file-host').getByRole('button', { name: 'Play from 0:21' }).first().click();
		await expect.poll(() => playback(page)).toMatchObject({ paused: false, marked: ['what-is-caption-file-host'] });
		const { time } = await playback(page);
		expect(time).toBeGreaterThanOrEqual(21);
		expect(time).toBeLessThan(24);
		expect(problems).toEqual([]);
	});

	it('plays from a paragraph’s time when it is pressed', async () => {
		const { page, problems } = await openWithAudio(QUESTION);
		await page.getByRole('button', { name: 'Play from 0:12' }).click();
		await expect.poll(async () => (await playback(page)).time).toBeGreaterThanOrEqual(12);
		expect(await playback(page)).toMatchObject({ paused: false, marked: ['what-is-caption-file-guest'] });
		expect((await playback(page)).time).toBeLessThan(15);
		expect(problems).toEqual([]);
	});

	it('shows the answer being heard with a wider border and a tint, in both themes', async () => {
		for (const theme of ['light', 'dark'] as const) {
			const { page, problems } = await openWithAudio(QUESTION, { colorScheme: theme, storedTheme: theme });
			const heard = answer(page, 'what-is-caption-file-guest');
			const look = () =>
				heard.evaluate((element) => {
					const style = getComputedStyle(element);
					return { border: style.borderInlineStartWidth, background: style.backgroundColor };
				});
			const before = await look();
			await heard.getByRole('button', { name: 'Play from 0:12' }).click();
			await expect.poll(look).not.toEqual(before);
			const after = await look();
			expect(Number.parseFloat(after.border)).toBeGreaterThan(Number.parseFloat(before.border));
			expect(after.background).not.toBe(before.background);
			expect(problems).toEqual([]);
		}
	});

	it('moves the mark to the answer being heard as playback goes on, and none while a question is asked', async () => {
		const { page, problems } = await openWithAudio(EPISODE);
		await answer(page, 'what-is-caption-file-guest').getByRole('button', { name: 'Play from 0:12' }).click();
		await expect.poll(() => playback(page)).toMatchObject({ paused: false, marked: ['what-is-caption-file-guest'] });
		// Playing from 0:12 for real: the player's start has been applied once the audio loaded,
		// so the seeks below are not undone by it.
		await expect.poll(async () => (await playback(page)).time).toBeGreaterThan(12);
		// Just before the host's answer at 0:21: playback carries on into it. (A tenth of a second
		// of playing, not half a second: on a loaded 2-core machine, media after a seek can stall.)
		await seek(page, 20.9);
		await expect.poll(async () => (await playback(page)).marked).toEqual(['what-is-caption-file-host']);
		expect((await playback(page)).time).toBeGreaterThanOrEqual(21);
		// 0:26 is the next question, asked between two answers.
		await seek(page, 26);
		await expect.poll(async () => (await playback(page)).marked).toEqual([]);
		await seek(page, 28.5);
		await expect.poll(async () => (await playback(page)).marked).toEqual(['how-long-does-it-take-guest']);
		expect(problems).toEqual([]);
	});

	it('follows the answer being heard down the page, until the reader scrolls away', async () => {
		const { page, problems } = await openWithAudio(EPISODE, PHONE);
		const follow = page.getByRole('button', { name: 'Follow the audio' });
		await answer(page, 'what-is-caption-file-guest').getByRole('button', { name: 'Play from 0:12' }).click();
		await expect.poll(() => playback(page)).toMatchObject({ paused: false });
		await expect.poll(async () => (await playback(page)).time).toBeGreaterThan(12);
		await page.evaluate(() => {
			scrollTo(0, 0);
		});
		await seek(page, 28.5);
		const later = answer(page, 'how-long-does-it-take-guest');
		await expect.poll(() => inView(later)).toBe(true);
		await scrollSettled(page);
		expect(await inView(later)).toBe(true);
		expect(await follow.isVisible()).toBe(false);

		// The reader scrolls back up while it plays: the page stays where they put it.
		await page.mouse.move(180, 300);
		await page.mouse.wheel(0, -2000);
		await expect.poll(() => follow.isVisible()).toBe(true);
		await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
		await seek(page, 40);
		await seek(page, 21.5);
		const host = answer(page, 'what-is-caption-file-host');
		await expect.poll(async () => (await playback(page)).marked).toEqual(['what-is-caption-file-host']);
		await page.waitForTimeout(300);
		expect(await page.evaluate(() => scrollY)).toBe(0);

		// Until they ask to follow again.
		await follow.click();
		await expect.poll(() => inView(host)).toBe(true);
		expect(await follow.isVisible()).toBe(false);
		expect(problems).toEqual([]);
	});

	it('plays from a time reached with Tab and pressed with Enter', async () => {
		const { page, problems } = await openWithAudio(QUESTION);
		let focused = '';
		for (let presses = 0; presses < 40 && !focused.startsWith('Play from'); presses++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
		}
		// The first time on the page: the guest's answer's start.
		expect(focused).toBe('Play from 0:04');
		await page.keyboard.press('Enter');
		await expect.poll(() => playback(page)).toMatchObject({ paused: false, marked: ['what-is-caption-file-guest'] });
		expect((await playback(page)).time).toBeGreaterThanOrEqual(4.5);
		expect(problems).toEqual([]);
	});

	it('reaches the player’s own controls with Tab before the answers', async () => {
		const { page, problems } = await openWithAudio(QUESTION);
		const reached: string[] = [];
		for (let presses = 0; presses < 40 && !reached.includes('time'); presses++) {
			await page.keyboard.press('Tab');
			reached.push(
				await page.evaluate(() => {
					const active = document.activeElement;
					if (active?.tagName === 'AUDIO') return 'audio';
					return active?.classList.contains('audio-time') ? 'time' : 'other';
				}),
			);
		}
		expect(reached.indexOf('audio')).toBeGreaterThan(-1);
		expect(reached.indexOf('audio')).toBeLessThan(reached.indexOf('time'));
		expect(problems).toEqual([]);
	});

	it('keeps the times plain text without JavaScript, and the native player', async () => {
		const { page, problems } = await openWithAudio(QUESTION, { javaScriptEnabled: false });
		expect(await page.locator('.audio-time').count()).toBe(0);
		expect(await page.locator('time.answer-start').first().textContent()).toBe('0:04');
		// The first paragraph starts with the answer, so its time is the header's; the next has its own.
		expect(await page.locator('time.paragraph-time').first().textContent()).toBe('0:12');
		expect(await page.locator('audio[controls]').isVisible()).toBe(true);
		expect(problems).toEqual([]);
	});
});

describe('a link with ?t=', () => {
	it('sets the player to start there, marks and shows that answer, says so, and plays nothing', async () => {
		const { page, problems, audioRequests } = await openWithAudio(`${EPISODE}?t=28`, PHONE);
		const later = answer(page, 'how-long-does-it-take-guest');
		await expect.poll(async () => (await playback(page)).marked).toEqual(['how-long-does-it-take-guest']);
		expect(await inView(later)).toBe(true);
		expect(await page.getByText('Playback starts at 0:28').isVisible()).toBe(true);
		await page.waitForLoadState('networkidle');
		expect((await playback(page)).paused).toBe(true);
		expect(audioRequests()).toEqual([]);

		// Pressing the player's own play button starts there.
		const box = await page.locator('audio').boundingBox();
		if (!box) throw new Error('The audio player has no box.');
		await page.mouse.click(box.x + 24, box.y + box.height / 2);
		await expect.poll(() => playback(page)).toMatchObject({ paused: false, marked: ['how-long-does-it-take-guest'] });
		const { time } = await playback(page);
		expect(time).toBeGreaterThanOrEqual(28);
		expect(time).toBeLessThan(31);
		expect(await page.getByText('Playback starts at 0:28').isVisible()).toBe(false);
		expect(problems).toEqual([]);
	});

	it('marks the answer on a question page that a shared answer link starts at', async () => {
		// The share button writes whole seconds: the guest's answer at 4.5 s is shared as t=4.
		const { page, problems } = await openWithAudio(`${QUESTION}?t=4`);
		await expect.poll(async () => (await playback(page)).marked).toEqual(['what-is-caption-file-guest']);
		expect(await page.getByText('Playback starts at 0:04').isVisible()).toBe(true);
		expect(problems).toEqual([]);
	});

	it('is ignored when it is not a number of seconds from 0 on', async () => {
		for (const t of ['-5', 'abc', '', 'Infinity']) {
			const { page, problems } = await openWithAudio(`${QUESTION}?t=${t}`);
			await page.locator('.audio-time').first().waitFor();
			expect(await playback(page)).toEqual({ paused: true, time: 0, marked: [] });
			expect(await page.getByText('Playback starts at').count()).toBe(0);
			expect(problems).toEqual([]);
		}
	});
});
