import { afterEach, describe, expect, it, vi } from 'vitest';
import { LatestSearch, SearchController, type Clock, type SearchView } from '../../../src/client/search/controller.ts';
import { onTyped } from '../../../src/client/search/typing.ts';

/** A clock the test moves by hand. */
function manualClock(): { clock: Clock; advance: (ms: number) => void } {
	let now = 0;
	const timers = new Set<{ at: number; callback: () => void }>();
	return {
		clock: (ms, callback) => {
			const timer = { at: now + ms, callback };
			timers.add(timer);
			return () => timers.delete(timer);
		},
		advance: (ms) => {
			now += ms;
			for (const timer of [...timers].sort((a, b) => a.at - b.at)) {
				if (timer.at > now) continue;
				timers.delete(timer);
				timer.callback();
			}
		},
	};
}

/** A search whose answers the test releases one by one, in any order. */
function heldSearch(): {
	search: (query: string) => Promise<string>;
	asked: string[];
	answer: (query: string) => void;
	fail: (query: string) => void;
} {
	const pending = new Map<string, { resolve: (value: string) => void; reject: (error: Error) => void }>();
	const asked: string[] = [];
	return {
		asked,
		search: (query) =>
			new Promise((resolve, reject) => {
				asked.push(query);
				pending.set(query, { resolve, reject });
			}),
		answer: (query) => pending.get(query)?.resolve(`results for ${query}`),
		fail: (query) => pending.get(query)?.reject(new Error('offline')),
	};
}

/** Lets promise callbacks run. */
const settle = (): Promise<void> => new Promise((resume) => setTimeout(resume, 0));

/** A stand-in for a search box: an event target with a value. */
function searchBox(): EventTarget & { value: string; type: (text: string, composing?: boolean) => void } {
	const box = Object.assign(new EventTarget(), {
		value: '',
		type(text: string, composing = false) {
			box.value = text;
			const event = new Event('input');
			Object.defineProperty(event, 'isComposing', { value: composing });
			box.dispatchEvent(event);
		},
	});
	return box;
}

const strings = {
	searchAnswerCount: (count: number) => `${count} answers`,
	searchUnavailable: 'Search is unavailable.',
};

afterEach(() => {
	vi.restoreAllMocks();
});

describe('the search controller', () => {
	it('waits for typing to pause, then searches once for the latest text', async () => {
		const { clock, advance } = manualClock();
		const held = heldSearch();
		const box = searchBox();
		const views: SearchView<string>[] = [];
		new SearchController({
			input: box,
			search: held.search,
			render: (view) => views.push(view),
			count: () => 1,
			status: { textContent: '' },
			strings,
			debounceMs: 120,
			clock,
		});
		box.type('数');
		advance(100);
		box.type('数据');
		advance(100);
		box.type('数据量');
		expect(held.asked).toEqual([]);
		advance(120);
		expect(held.asked).toEqual(['数据量']);
		held.answer('数据量');
		await settle();
		expect(views.at(-1)).toEqual({ state: 'done', query: '数据量', result: 'results for 数据量' });
	});

	it('drops a result that arrives after a newer query', async () => {
		const held = heldSearch();
		let query = '数据';
		const views: SearchView<string>[] = [];
		const search = new LatestSearch({
			read: () => query,
			search: held.search,
			show: (view) => views.push(view),
			debounceMs: 0,
		});
		const older = search.run();
		query = '数据量';
		const newer = search.run();
		held.answer('数据量');
		await newer;
		held.answer('数据');
		await older;
		expect(views.filter((view) => view.state === 'done')).toEqual([
			{ state: 'done', query: '数据量', result: 'results for 数据量' },
		]);
	});

	it('does not search while an IME composition is open, and searches its text on compositionend', () => {
		const { clock, advance } = manualClock();
		const held = heldSearch();
		const box = searchBox();
		new SearchController({
			input: box,
			search: held.search,
			render: () => undefined,
			count: () => 0,
			status: { textContent: '' },
			strings,
			debounceMs: 120,
			clock,
		});
		box.dispatchEvent(new Event('compositionstart'));
		box.type('shu', true);
		box.type('shuju');
		advance(500);
		expect(held.asked).toEqual([]);
		box.value = '数据';
		box.dispatchEvent(new Event('compositionend'));
		advance(120);
		expect(held.asked).toEqual(['数据']);
	});

	it('ignores input events that say they are composing, even without compositionstart', () => {
		const box = searchBox();
		const typed = vi.fn();
		onTyped(box, typed);
		box.type('shu', true);
		expect(typed).not.toHaveBeenCalled();
		box.type('书');
		expect(typed).toHaveBeenCalledTimes(1);
	});

	it('announces the number of answers, nothing for an empty box, and when search is unavailable', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const held = heldSearch();
		const box = searchBox();
		const status = { textContent: '' as string | null };
		const controller = new SearchController({
			input: box,
			search: held.search,
			render: () => undefined,
			count: (result) => (result === 'results for ' ? undefined : 3),
			status,
			strings,
			debounceMs: 0,
		});
		box.value = '模型';
		const found = controller.run();
		held.answer('模型');
		await found;
		expect(status.textContent).toBe('3 answers');
		box.value = '';
		const empty = controller.run();
		held.answer('');
		await empty;
		expect(status.textContent).toBe('');
		box.value = 'GPT';
		const failed = controller.run();
		held.fail('GPT');
		await failed;
		expect(status.textContent).toBe('Search is unavailable.');
	});

	it('shows loading until the engine first answers, and again after a failure, warning once per failure', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const held = heldSearch();
		let query = 'a';
		const views: string[] = [];
		const search = new LatestSearch({
			read: () => query,
			search: held.search,
			show: (view) => views.push(`${view.state} ${view.query}`),
			debounceMs: 0,
		});
		const first = search.run();
		held.answer('a');
		await first;
		query = 'b';
		const second = search.run();
		held.fail('b');
		await second;
		query = 'c';
		const third = search.run();
		held.answer('c');
		await third;
		expect(views).toEqual(['loading a', 'done a', 'failed b', 'loading c', 'done c']);
		expect(warn).toHaveBeenCalledTimes(1);
	});

	it('does not search again on refresh when the outcome for the box’s text is already shown', async () => {
		const held = heldSearch();
		let query = '模型';
		const search = new LatestSearch({ read: () => query, search: held.search, show: () => undefined, debounceMs: 0 });
		const first = search.run();
		held.answer('模型');
		await first;
		search.refresh();
		expect(held.asked).toEqual(['模型']);
		query = '模型训练';
		search.refresh();
		expect(held.asked).toEqual(['模型', '模型训练']);
	});

	it('drops a scheduled search and the outcome of one in flight when cancelled', async () => {
		const { clock, advance } = manualClock();
		const held = heldSearch();
		const show = vi.fn();
		let query = 'a';
		const search = new LatestSearch({ read: () => query, search: held.search, show, debounceMs: 100, clock });
		const running = search.run();
		show.mockClear();
		query = 'b';
		search.schedule();
		search.cancel();
		advance(100);
		held.answer('a');
		await running;
		expect(held.asked).toEqual(['a']);
		expect(show).not.toHaveBeenCalled();
	});
});
