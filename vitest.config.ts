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
					// One build of the site serves most browser tests; base-path.test.ts and shows.test.ts
					// build their own variants (BASE_PATH, CONTENT_DIR) with buildSite from global-setup.ts.
					globalSetup: ['tests/e2e/global-setup.ts'],
					fileParallelism: false,
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
