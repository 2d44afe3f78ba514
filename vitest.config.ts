import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					// global-setup.ts builds the two sites every file reads (the default one and the variant
					// with BASE_PATH, SITE_URL, EDIT_BASE_URL and CONTENT_DIR) and starts the one Chromium they
					// connect to, so the files share no state but those read-only folders and the browser,
					// where each test opens contexts of its own.
					globalSetup: ['tests/e2e/global-setup.ts'],
					fileParallelism: true,
					// The browser tests are bound by CPU (Chromium's renderers, axe, Pagefind's wasm): on 2 cores,
					// 2 files at a time measured fastest (73 s for npm test, against 86 s with 1 and 77 s with 3).
					maxWorkers: 2,
					testTimeout: 30_000,
					hookTimeout: 60_000,
					// The first search fetches Pagefind's index and wasm; on a busy CI machine that takes
					// more than the default second, which is a slow machine, not a broken page.
					expect: { poll: { timeout: 10_000 } },
				},
			},
		],
	},
});
