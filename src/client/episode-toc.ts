/**
 * <episode-toc>: on long episode pages, shows where the reader is. The link of the question
 * being read gets `aria-current="true"` in the table of contents (a sticky side column on
 * wide screens), and on narrow screens, once the contents have scrolled away, a bar at the
 * top names that question and leads back to the contents. Without JavaScript the table of
 * contents is a plain list of links and the bar never appears.
 */

class EpisodeToc extends HTMLElement {
	#frame = 0;

	connectedCallback(): void {
		const links = [...this.querySelectorAll<HTMLAnchorElement>('a[data-question]')];
		const headings = links
			.map((link) => document.getElementById(link.dataset['question'] ?? ''))
			.filter((heading): heading is HTMLElement => heading !== null);
		const bar = document.querySelector<HTMLElement>('[data-now-reading]');
		const barTitle = bar?.querySelector<HTMLElement>('[data-now-reading-title]');
		const barPosition = bar?.querySelector<HTMLElement>('[data-now-reading-position]');
		const list = this.querySelector('ol');
		if (headings.length === 0) return;

		const update = (): void => {
			this.#frame = 0;
			// The question being read is the last one whose heading has passed the top fifth.
			const line = innerHeight / 5;
			let current = -1;
			headings.forEach((heading, index) => {
				if (heading.getBoundingClientRect().top <= line) current = index;
			});
			links.forEach((link, index) => {
				if (index === current) link.setAttribute('aria-current', 'true');
				else link.removeAttribute('aria-current');
			});
			if (!bar || !barTitle || !barPosition || !list) return;
			const contentsGone = list.getBoundingClientRect().bottom < 0;
			bar.hidden = current === -1 || !contentsGone;
			const heading = headings[current];
			if (heading) {
				barTitle.textContent = heading.textContent.trim();
				barPosition.textContent = `${current + 1} / ${headings.length}`;
			}
		};
		const schedule = (): void => {
			if (this.#frame === 0) this.#frame = requestAnimationFrame(update);
		};
		addEventListener('scroll', schedule, { passive: true });
		addEventListener('resize', schedule, { passive: true });
		update();
	}
}

if (!customElements.get('episode-toc')) customElements.define('episode-toc', EpisodeToc);
