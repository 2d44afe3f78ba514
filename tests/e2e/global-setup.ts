import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/build-site.ts';
import { serveStatic } from '../../scripts/serve-static.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the built site is served, ending in `/`. */
		baseUrl: string;
		/** The folder the site was built into. */
		siteDir: string;
	}
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
