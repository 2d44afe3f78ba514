import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/**
 * Finds a Chromium to drive. In order: `CHROMIUM_PATH`, the system's Chromium (Debian's
 * `chromium` package, which .ci/run installs), then the Chromium that ships inside the
 * `@sparticuz/chromium` npm package, so that `npm test` works on a machine with neither.
 * There is no skipping: without a browser the browser tests fail and say how to get one.
 * Used by the browser tests and the screenshot script.
 */
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

// Flags for a headless browser in a sandboxed container with no network but loopback.
const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-dev-shm-usage',
];

async function packagedChromium(): Promise<string | undefined> {
	try {
		const { default: packaged } = await import('@sparticuz/chromium');
		return await packaged.executablePath();
	} catch {
		return undefined;
	}
}

export async function findChromium(): Promise<string> {
	const fromEnv = process.env['CHROMIUM_PATH'];
	if (fromEnv !== undefined && fromEnv !== '') {
		if (!existsSync(fromEnv))
			throw new Error(
				`CHROMIUM_PATH is set to \`${fromEnv}\`, which does not exist. Point it at a Chromium binary or unset it.`,
			);
		return fromEnv;
	}
	const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
	if (system !== undefined) return system;
	const packaged = await packagedChromium();
	if (packaged !== undefined) return packaged;
	throw new Error(
		'No Chromium found for the browser tests: none at CHROMIUM_PATH, none of ' +
			`${SYSTEM_CHROMIUM.join(', ')}, and @sparticuz/chromium could not be unpacked. ` +
			'Install one (`apt-get install -y chromium`) or run `npm install` to get the packaged one.',
	);
}

/** How to start the Chromium that `findChromium` finds: headless, with the container's flags. */
export async function chromiumLaunchOptions(): Promise<LaunchOptions> {
	return { executablePath: await findChromium(), headless: true, args: ARGS };
}

export async function launchChromium(): Promise<Browser> {
	return chromium.launch(await chromiumLaunchOptions());
}
