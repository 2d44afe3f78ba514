import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** The site's configuration, read from the environment by astro.config.mjs and src/model/content-root.ts (README, "Configuration"). */
const configuration = [
	'SITE_URL',
	'BASE_PATH',
	'EDIT_BASE_URL',
	'CONTENT_DIR',
	'SEARCH_SHARDS',
	'SEARCH_LANGUAGE',
] as const;

export interface BuildOptions {
	/**
	 * Configuration for this build. Variables left out are unset, whatever the shell running
	 * the tests has, so the default build is always the plain site at `/` from `content/`.
	 */
	env?: Partial<Record<(typeof configuration)[number], string>>;
}

export interface BuiltSite {
	/** The folder the site was built into. */
	dir: string;
	/** Removes the folder. */
	cleanup: () => void;
}

/**
 * Builds the site into a new folder under tmp/, so the tests never read a stale `dist/`.
 * `E2E_SITE_DIR=dist` reuses a build instead of the default one (no `env`), for quick
 * iterations on the tests alone. Used by the browser tests and the screenshot script.
 * Asynchronous, so that two builds can run at once.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuiltSite> {
	const reuse = process.env['E2E_SITE_DIR'];
	if (options.env === undefined && reuse !== undefined && reuse !== '') {
		return { dir: resolve(root, reuse), cleanup: () => undefined };
	}
	// Inside the project (tmp/ is ignored by git and the linters): for an outDir elsewhere, Astro
	// writes its prerender chunks to the project's .astro/ instead, and two builds at once would
	// overwrite each other's.
	mkdirSync(join(root, 'tmp'), { recursive: true });
	const dir = mkdtempSync(join(root, 'tmp', 'e2e-site-'));
	const cache = mkdtempSync(join(tmpdir(), 'e2e-cache-'));
	const inherited = Object.entries(process.env).filter(
		([name]) => !(configuration as readonly string[]).includes(name),
	);
	const env: NodeJS.ProcessEnv = {
		...Object.fromEntries(inherited),
		ASTRO_TELEMETRY_DISABLED: '1',
		ASTRO_CACHE_DIR: cache,
	};
	// Vitest sets BASE_URL (`/`) in its environment; astro.config.mjs refuses one that disagrees with BASE_PATH.
	delete env['BASE_URL'];
	Object.assign(env, options.env);
	const astro = join(root, 'node_modules/astro/bin/astro.mjs');
	// process.execPath is the Node that runs the caller: Node 24 from node_modules under npm scripts.
	const result = await run(process.execPath, [astro, 'build', '--outDir', dir], { cwd: root, env }).finally(() => {
		rmSync(cache, { recursive: true, force: true });
	});
	if (result.status !== 0) {
		rmSync(dir, { recursive: true, force: true });
		const settings = Object.entries(options.env ?? {})
			.map(([name, value]) => `${name}=${value}`)
			.join(' ');
		throw new Error(
			`The site did not build${settings ? ` with ${settings}` : ''} (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
		);
	}
	return {
		dir,
		cleanup: () => {
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** Runs a command to its end, keeping what it printed for the error message. */
function run(
	command: string,
	args: readonly string[],
	options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ status: number | null; stdout: string; stderr: string }> {
	return new Promise((done, fail) => {
		const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.on('error', fail);
		child.on('close', (status) => {
			done({ status, stdout, stderr });
		});
	});
}
