/**
 * Tells screen-reader users what an action did ("Link copied"), through the status
 * region AnswerSharing.astro renders with the answers (so assistive technology is already
 * watching it).
 */
export function announce(message: string): void {
	const region = document.querySelector<HTMLElement>('[data-announcer]');
	if (!region) return;
	// Emptied first, so that the same message twice in a row is announced twice.
	region.textContent = '';
	requestAnimationFrame(() => {
		region.textContent = message;
	});
}
