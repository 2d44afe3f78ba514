import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue #12, part 6: what is installed is what was reviewed. The lockfile is committed and
 * agrees with package.json, CI installs from it with `npm ci`, and only the packages in
 * package.json's `allowScripts` run install scripts. The advisory check (`npm run
 * check:audit`) needs the registry's audit service, so it is a command of its own
 * (docs/security.md says why).
 */

const root = resolve(import.meta.dirname, '../..');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(root, file), 'utf8')) as T;

interface PackageJson {
	dependencies?: Record<string, string>;
	devDependencies?: Record<string, string>;
	allowScripts?: Record<string, boolean>;
}

interface LockEntry {
	version?: string;
	dependencies?: Record<string, string>;
	devDependencies?: Record<string, string>;
	hasInstallScript?: boolean;
}

interface Lockfile {
	lockfileVersion: number;
	packages: Record<string, LockEntry>;
}

/** `node_modules/a/node_modules/@b/c` → `@b/c`. */
const packageName = (path: string): string => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** The packages of a lockfile that run a script when installed, by name. */
function packagesWithInstallScripts(lock: Lockfile): string[] {
	return [
		...new Set(
			Object.entries(lock.packages)
				.filter(([path, entry]) => path !== '' && entry.hasInstallScript === true)
				.map(([path]) => packageName(path)),
		),
	].sort();
}

const pkg = readJson<PackageJson>('package.json');
const lock = readJson<Lockfile>('package-lock.json');

describe('the supply chain', () => {
	it('commits package-lock.json, in the lockfile format of npm 7 and later', () => {
		const tracked = execFileSync('git', ['ls-files', '--', 'package-lock.json'], { cwd: root, encoding: 'utf8' });
		expect(tracked.trim(), 'package-lock.json is not in git: commit it').toBe('package-lock.json');
		expect(lock.lockfileVersion).toBe(3);
	});

	it('locks exactly the dependencies package.json asks for, each pinned to one version', () => {
		const locked = lock.packages[''];
		expect(locked?.dependencies ?? {}).toEqual(pkg.dependencies ?? {});
		expect(locked?.devDependencies ?? {}).toEqual(pkg.devDependencies ?? {});
		const ranges = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(
			([, version]) => !/^\d+\.\d+\.\d+(?:-[\w.]+)?$/u.test(version),
		);
		expect(ranges, 'package.json pins exact versions (npm install -E)').toEqual([]);
	});

	it('installs in CI from the lockfile with npm ci, never npm install', () => {
		const commands = readFileSync(join(root, '.ci/run'), 'utf8')
			.split('\n')
			.filter((line) => !line.trimStart().startsWith('#'));
		expect(commands.some((line) => /^\s*npm ci\b/u.test(line))).toBe(true);
		expect(commands.filter((line) => /\bnpm (?:install|i|add)\b/u.test(line))).toEqual([]);
	});

	it('runs install scripts only of the packages allowed in package.json, and allows no others', () => {
		const allowed = Object.entries(pkg.allowScripts ?? {})
			.filter(([, allow]) => allow)
			.map(([name]) => name)
			.sort();
		const withScripts = packagesWithInstallScripts(lock);
		expect(
			withScripts.filter((name) => !allowed.includes(name)),
			'these packages run install scripts that nobody approved: review them, then add them to allowScripts (npm approve-scripts) or drop them',
		).toEqual([]);
		expect(
			allowed.filter((name) => !withScripts.includes(name)),
			'allowScripts names packages that run no install script any more: remove them',
		).toEqual([]);
	});
});
