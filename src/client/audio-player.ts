/**
 * <audio-player>: the episode's audio (AudioPlayer.astro), played from the answers on the page.
 *
 * - Each answer's start time and each paragraph's time becomes a button that plays from there.
 *   Without JavaScript they stay plain `<time>` text, and the native player still plays.
 * - While the audio plays or is paused somewhere, the answer being heard has
 *   `aria-current="true"`; as playback moves on to an answer that is out of view, the page
 *   follows it, unless the reader has scrolled while it played. Then the player offers to
 *   follow again, as does pressing any time.
 * - `?t=754` in the page's address sets where playback will start (never starting it), marks
 *   and shows the answer playing then, and the player says where it will start.
 *
 * The page hands over its words as data attributes, with `{time}` where the time goes.
 */
import { formatSeconds } from '../model/time.ts';
import { answerAt, startFromSearch } from './audio/timeline.ts';

const TIME = '{time}';

/** Keys that scroll the page when nothing interactive has the focus. */
const SCROLL_KEYS = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End', ' ']);

function isInteractive(target: EventTarget | null): boolean {
	return (
		target instanceof Element && target.closest('a, audio, button, input, select, textarea, [contenteditable]') !== null
	);
}

class AudioPlayer extends HTMLElement {
	#audio: HTMLAudioElement | null = null;
	#answers: HTMLElement[] = [];
	#times: { start: number; end?: number | undefined }[] = [];
	#until = Number.POSITIVE_INFINITY;
	#current = -1;
	/** Whether the page scrolls to the answer being heard. */
	#following = true;
	/** Where playback is to start once the audio's metadata has loaded. */
	#pendingStart: number | undefined;

	connectedCallback(): void {
		const audio = this.querySelector('audio');
		if (!audio) return;
		this.#audio = audio;
		const until = Number(this.dataset['until']);
		if (Number.isFinite(until)) this.#until = until;
		this.#answers = [...document.querySelectorAll<HTMLElement>('.answer[data-start]')];
		this.#times = this.#answers.map((answer) => ({
			start: Number(answer.dataset['start']),
			end: answer.dataset['end'] === undefined ? undefined : Number(answer.dataset['end']),
		}));
		this.#addTimeButtons();

		document.addEventListener('click', (event) => {
			const button = event.target instanceof Element ? event.target.closest<HTMLElement>('.audio-time') : null;
			if (button) this.#playFrom(Number(button.dataset['start']));
		});
		this.querySelector('[data-audio-follow]')?.addEventListener('click', () => {
			this.#follow(true);
			this.#scrollToCurrent(true);
		});
		audio.addEventListener('loadedmetadata', () => {
			if (this.#pendingStart !== undefined) audio.currentTime = this.#pendingStart;
			this.#pendingStart = undefined;
		});
		audio.addEventListener('play', () => {
			this.#note('');
		});
		for (const type of ['timeupdate', 'seeked']) {
			audio.addEventListener(type, () => {
				this.#update();
			});
		}
		const readerScrolled = (): void => {
			if (!audio.paused && this.#following) this.#follow(false);
		};
		addEventListener('wheel', readerScrolled, { passive: true });
		addEventListener('touchmove', readerScrolled, { passive: true });
		addEventListener('keydown', (event) => {
			if (SCROLL_KEYS.has(event.key) && !isInteractive(event.target)) readerScrolled();
		});

		this.#startFromAddress();
	}

	/** Turns the answers' and paragraphs' `<time>`s into buttons that play from their time. */
	#addTimeButtons(): void {
		const label = this.dataset['playFrom'] ?? TIME;
		const times = [
			...document.querySelectorAll<HTMLElement>(
				'.answer[data-start] .answer-start, .answer .paragraph-time[data-start]',
			),
		];
		for (const time of times) {
			const start = time.dataset['start'] ?? time.closest<HTMLElement>('.answer')?.dataset['start'];
			if (start === undefined || !Number.isFinite(Number(start))) continue;
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'audio-time';
			button.dataset['start'] = start;
			button.setAttribute('aria-label', label.replace(TIME, formatSeconds(Number(start))));
			time.replaceWith(button);
			button.append(time);
		}
	}

	#startFromAddress(): void {
		const start = startFromSearch(location.search);
		if (start === undefined) return;
		this.#seek(start);
		this.#note((this.dataset['startsAt'] ?? TIME).replace(TIME, formatSeconds(start)));
		this.#mark(answerAt(this.#times, start, this.#until));
		// An address with an anchor has already been scrolled to its answer or quote.
		if (location.hash === '') this.#scrollToCurrent(false, false);
	}

	#playFrom(seconds: number): void {
		const audio = this.#audio;
		if (!audio || !Number.isFinite(seconds)) return;
		this.#follow(true);
		this.#seek(seconds);
		this.#mark(answerAt(this.#times, seconds, this.#until));
		// A failed play shows in the native controls; a pause before playback began rejects too.
		audio.play().catch(() => undefined);
	}

	#seek(seconds: number): void {
		const audio = this.#audio;
		if (!audio) return;
		if (audio.readyState >= HTMLMediaElement.HAVE_METADATA) {
			audio.currentTime = seconds;
			this.#pendingStart = undefined;
		} else {
			// Before the audio loads (preload="none") a seek is not kept everywhere; it is made again once it can be.
			this.#pendingStart = seconds;
			audio.currentTime = seconds;
		}
	}

	#update(): void {
		const audio = this.#audio;
		if (!audio || this.#pendingStart !== undefined) return;
		const index = answerAt(this.#times, audio.currentTime, this.#until);
		if (index === this.#current) return;
		this.#mark(index);
		if (this.#following && !audio.paused) this.#scrollToCurrent(false);
	}

	#mark(index: number): void {
		this.#answers[this.#current]?.removeAttribute('aria-current');
		this.#current = index;
		this.#answers[index]?.setAttribute('aria-current', 'true');
	}

	#follow(following: boolean): void {
		this.#following = following;
		const button = this.querySelector<HTMLElement>('[data-audio-follow]');
		if (button) button.hidden = following;
	}

	#note(text: string): void {
		const note = this.querySelector<HTMLElement>('[data-audio-note]');
		if (!note) return;
		note.textContent = text;
		note.hidden = text === '';
	}

	/** Brings the answer being heard into view, unless it is (or, with `always`, even then). */
	#scrollToCurrent(always: boolean, smooth = true): void {
		const answer = this.#answers[this.#current];
		if (!answer) return;
		const { top, bottom } = answer.getBoundingClientRect();
		const visibleBottom = innerHeight - this.getBoundingClientRect().height;
		const inView = (top >= 0 && top < visibleBottom) || (top < 0 && bottom > visibleBottom / 2);
		if (inView && !always) return;
		const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
		scrollTo({ top: scrollY + top - innerHeight / 6, behavior: smooth && !reduced ? 'smooth' : 'instant' });
	}
}

if (!customElements.get('audio-player')) customElements.define('audio-player', AudioPlayer);
