/**
 * The share controls of each answer (rendered `hidden` by src/markdown/remark-answers.ts):
 * shows them once this script runs, "Share" only where the device has a share sheet, and
 * loads what they do (share/share-answer.ts) on the first click, so a page that nobody
 * shares from carries a few hundred bytes for them.
 */
const canShare = typeof navigator.share === 'function';

for (const button of document.querySelectorAll<HTMLButtonElement>('.answer-share')) {
	if (button.dataset['share'] === 'native' && !canShare) continue;
	button.hidden = false;
}

document.addEventListener('click', (event) => {
	const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('.answer-share') : null;
	if (!button) return;
	void import('./share/share-answer.ts').then(({ shareAnswer }) => shareAnswer(button));
});
