import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/build-site.ts';
import { chromiumLaunchOptions } from '../../scripts/chromium.ts';
import { serveStatic } from '../../scripts/serve-static.ts';

/**
 * The variant build: every setting the default build leaves alone, in one site. The fixture
 * content (several shows, English and Chinese episodes), deployed under a sub-path as on
 * GitHub Pages for a project, on another host, with edit links.
 */
const VARIANT = {
	contentDir: 'tests/fixtures/site/content',
	basePath: '/transcripts/',
	site: 'https://example.org',
	editBase: 'https://github.com/example/transcripts/edit/main/',
} as const;

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the default build (content/ at `/`, no settings) is served, ending in `/`. */
		baseUrl: string;
		/** The folder the default build was built into. */
		siteDir: string;
		/**
		 * The variant build (`VARIANT` above), served only under its base path, so a link that
		 * forgets the base path is a 404. `url` ends in the base path.
		 */
		variant: { dir: string; url: string; basePath: string; site: string; editBase: string };
		/** The one Chromium of the test run: test files `chromium.connect` to it (tests/e2e/browser.ts). */
		browserEndpoint: string;
	}
}

/**
 * Builds both sites, serves them and starts Chromium before any test file runs, so that the
 * files can run in parallel and share all three. The two builds run at once: on a 2-core
 * machine that took 5–9 s, against 6–11 s for one after the other.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const cleanups: (() => Promise<void> | void)[] = [];
	const teardown = async (): Promise<void> => {
		for (const cleanup of cleanups.reverse()) await cleanup();
	};
	try {
		// Settled, not Promise.all: when one fails, the others are waited for and undone too.
		const [site, variant, browser] = await Promise.allSettled([
			buildSite(),
			buildSite({
				env: {
					CONTENT_DIR: VARIANT.contentDir,
					BASE_PATH: VARIANT.basePath,
					SITE_URL: VARIANT.site,
					EDIT_BASE_URL: VARIANT.editBase,
				},
			}),
			chromiumLaunchOptions().then((options) => chromium.launchServer(options)),
		]);
		if (site.status === 'fulfilled') cleanups.push(site.value.cleanup);
		if (variant.status === 'fulfilled') cleanups.push(variant.value.cleanup);
		if (browser.status === 'fulfilled') cleanups.push(() => browser.value.close());

		const siteDir = valueOf(site).dir;
		const variantDir = valueOf(variant).dir;
		const browserEndpoint = valueOf(browser).wsEndpoint();
		const server = await serveStatic(siteDir);
		cleanups.push(server.close);
		const variantServer = await serveStatic(variantDir, { prefix: VARIANT.basePath });
		cleanups.push(variantServer.close);

		project.provide('baseUrl', server.url);
		project.provide('siteDir', siteDir);
		project.provide('variant', { ...VARIANT, dir: variantDir, url: variantServer.url });
		project.provide('browserEndpoint', browserEndpoint);
	} catch (error) {
		await teardown();
		throw error;
	}
	return teardown;
}

function valueOf<T>(result: PromiseSettledResult<T>): T {
	if (result.status === 'rejected') throw result.reason;
	return result.value;
}
