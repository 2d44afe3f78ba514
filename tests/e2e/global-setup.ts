import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serve-static.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the built site is served, ending in `/`. */
		baseUrl: string;
		/** The folder the site was built into. */
		siteDir: string;
	}
}

const root = resolve(import.meta.dirname, '../..');

/**
 * Builds the site once into a temporary folder, so the tests never read a stale `dist/`.
 * `E2E_SITE_DIR=dist` reuses a build instead, for quick iterations on the tests alone.
 */
export function buildSite(): { dir: string; cleanup: () => void } {
	const reuse = process.env['E2E_SITE_DIR'];
	if (reuse !== undefined && reuse !== '') return { dir: resolve(root, reuse), cleanup: () => undefined };
	const dir = mkdtempSync(join(tmpdir(), 'e2e-site-'));
	// process.execPath is the Node that runs the tests: Node 24 from node_modules under npm test.
	const result = spawnSync(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dir],
		{
			cwd: root,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		},
	);
	if (result.status !== 0) {
		throw new Error(`The site did not build (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
	}
	return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const site = buildSite();
	const server = await serveStatic(site.dir);
	project.provide('baseUrl', server.url);
	project.provide('siteDir', site.dir);
	return async () => {
		await server.close();
		site.cleanup();
	};
}
