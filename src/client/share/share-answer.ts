/**
 * What an answer's share buttons do: copy the answer's link, or hand it to the device's share
 * sheet. The link is the answer on its question's page, made absolute where the page is
 * served, so it works from the episode page too and under any base path.
 */
import { excerpt } from '../../site/excerpt.ts';
import { announce } from '../announce.ts';
import { copyText } from './clipboard.ts';

/** How long a button says what it did before it reads as before. */
const FEEDBACK_MS = 2000;

export async function shareAnswer(button: HTMLButtonElement): Promise<void> {
	const url = answerUrl(button);
	if (button.dataset['share'] === 'native') {
		await shareNatively(button, url);
		return;
	}
	const copied = await copyText(url);
	const message = (copied ? button.dataset['done'] : button.dataset['failed']) ?? '';
	announce(message);
	showFeedback(button, message);
}

/**
 * The answer's absolute URL; for an answer with a start time, with that time as `t` (whole
 * seconds, as podcast apps share a moment), for the player to start from.
 */
function answerUrl(button: HTMLButtonElement): string {
	const url = new URL(button.dataset['url'] ?? '', location.href);
	const start = Number(button.closest<HTMLElement>('.answer')?.dataset['start'] ?? Number.NaN);
	if (Number.isFinite(start)) url.searchParams.set('t', String(Math.floor(start)));
	return url.href;
}

async function shareNatively(button: HTMLButtonElement, url: string): Promise<void> {
	const answer = button.closest('.answer');
	const speaker = answer?.getAttribute('data-speaker') ?? '';
	const firstParagraph = answer?.querySelector(':scope > p')?.textContent.trim() ?? '';
	try {
		await navigator.share({
			title: document.title,
			text: [speaker, excerpt(firstParagraph, 100)].filter(Boolean).join(': '),
			url,
		});
	} catch (error) {
		// Closing the share sheet is not a failure; anything else falls back to copying.
		if (error instanceof DOMException && error.name === 'AbortError') return;
		const copy = button.parentElement?.querySelector<HTMLButtonElement>('[data-share="copy"]');
		if (copy) await shareAnswer(copy);
	}
}

function showFeedback(button: HTMLButtonElement, message: string): void {
	const original = button.dataset['label'] ?? button.textContent;
	button.dataset['label'] = original;
	button.textContent = message;
	window.setTimeout(() => {
		button.textContent = original;
	}, FEEDBACK_MS);
}
