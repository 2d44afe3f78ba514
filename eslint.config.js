// Type-aware linting for the TypeScript sources; Prettier owns formatting, astro check the
// .astro files. Warnings fail `npm run check` (--max-warnings 0).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{ ignores: ['dist/', 'node_modules/', 'tmp/', '.astro/', 'tests/fixtures/', '**/*.astro', '**/*.mjs'] },
	js.configs.recommended,
	tseslint.configs.strictTypeChecked,
	{
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			// Template literals with numbers are how messages and ids are written here.
			'@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
			// `[...text].length` counts code points on purpose: a CJK character is one, not two.
			'@typescript-eslint/no-misused-spread': 'off',
			// `querySelector<T>(…)`-style helpers mirror the DOM API they wrap.
			'@typescript-eslint/no-unnecessary-type-parameters': 'off',
		},
	},
	{ files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
);
