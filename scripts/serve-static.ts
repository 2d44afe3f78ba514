import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export interface ServeOptions {
	/**
	 * The path the site is deployed under, like a site built with `BASE_PATH=/transcripts/`:
	 * files are served at `/transcripts/…`, and every other path is a 404. Default `/`.
	 */
	prefix?: string;
}

/** One built site and the path it is deployed under, for `serveStaticSites`. */
export interface ServedSite {
	dir: string;
	/** As `ServeOptions.prefix`. */
	prefix?: string;
}

export interface StaticServer {
	/** The first site's URL, ending in its prefix. */
	url: string;
	/** Each site's URL, in the order given. */
	urls: string[];
	close: () => Promise<void>;
}

function normalizePrefix(prefix: string | undefined): string {
	const trimmed = (prefix ?? '').replace(/^\/+|\/+$/gu, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** A request handler for one site under its prefix; false when the path is not under it. */
function siteHandler(site: ServedSite): {
	prefix: string;
	notFound: (response: ServerResponse) => void;
	handle: (request: IncomingMessage, response: ServerResponse) => boolean;
} {
	const prefix = normalizePrefix(site.prefix);
	const assets = sirv(site.dir, { dev: true, etag: false });
	const notFoundPage = join(site.dir, '404.html');
	const notFoundBody = existsSync(notFoundPage) ? readFileSync(notFoundPage) : Buffer.from('Not found');
	const notFound = (response: ServerResponse): void => {
		response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
		response.end(notFoundBody);
	};
	const handle = (request: IncomingMessage, response: ServerResponse): boolean => {
		const url = request.url ?? '/';
		if (prefix !== '/') {
			// `/transcripts` without its slash is the site's root too, as on most static hosts.
			if (url === prefix.slice(0, -1) || url.startsWith(`${prefix.slice(0, -1)}?`)) {
				response.writeHead(301, { location: `${prefix}${url.slice(prefix.length - 1)}` });
				response.end();
				return true;
			}
			if (!url.startsWith(prefix)) return false;
			request.url = url.slice(prefix.length - 1);
		}
		assets(request, response, () => {
			notFound(response);
		});
		return true;
	};
	return { prefix, notFound, handle };
}

/**
 * Serves a built site on a free loopback port, the way a static host does: folders answer
 * with their index.html, unknown paths with 404.html and status 404. Used by the browser
 * tests and the screenshot script; `npm start` uses `astro preview` instead.
 */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
	return serveStaticSites([{ dir, ...options }]);
}

/**
 * Serves several built sites from one origin, each under its own prefix, like the shards of
 * one archive deployed on one host (`/shows/harbour/`, `/shows/forest/`; docs/deploy.md,
 * "Several builds, one search"). A path under no prefix gets the first site's 404 page.
 */
export async function serveStaticSites(sites: readonly ServedSite[]): Promise<StaticServer> {
	const handlers = sites.map(siteHandler);
	const first = handlers[0];
	if (!first) throw new Error('serveStaticSites was given no site to serve.');
	// The longest prefix first, so a site under `/a/b/` is not served by one under `/a/`.
	const byPrefix = [...handlers].sort((a, b) => b.prefix.length - a.prefix.length);
	const server: Server = createServer((request, response) => {
		if (!byPrefix.some((handler) => handler.handle(request, response))) first.notFound(response);
	});
	await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
	const { port } = server.address() as AddressInfo;
	const urls = handlers.map((handler) => `http://127.0.0.1:${port}${handler.prefix}`);
	return {
		url: urls[0] ?? '',
		urls,
		close: () =>
			new Promise((closed) =>
				server.close(() => {
					closed();
				}),
			),
	};
}
