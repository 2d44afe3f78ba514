import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
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

/**
 * Serves a built site on a free loopback port, the way a static host does: folders answer
 * with their index.html, unknown paths with 404.html and status 404. Used by the browser
 * tests and the screenshot script; `npm start` uses `astro preview` instead.
 */
export async function serveStatic(
	dir: string,
	options: ServeOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
	const trimmed = (options.prefix ?? '').replace(/^\/+|\/+$/gu, '');
	const prefix = trimmed === '' ? '/' : `/${trimmed}/`;
	const assets = sirv(dir, { dev: true, etag: false });
	const notFoundPage = join(dir, '404.html');
	const notFound = existsSync(notFoundPage) ? readFileSync(notFoundPage) : Buffer.from('Not found');
	const sendNotFound = (response: ServerResponse): void => {
		response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
		response.end(notFound);
	};
	const server: Server = createServer((request, response) => {
		const url = request.url ?? '/';
		if (prefix !== '/') {
			// `/transcripts` without its slash is the site's root too, as on most static hosts.
			if (url === prefix.slice(0, -1) || url.startsWith(`${prefix.slice(0, -1)}?`)) {
				response.writeHead(301, { location: `${prefix}${url.slice(prefix.length - 1)}` });
				response.end();
				return;
			}
			if (!url.startsWith(prefix)) {
				sendNotFound(response);
				return;
			}
			request.url = url.slice(prefix.length - 1);
		}
		assets(request, response, () => {
			sendNotFound(response);
		});
	});
	await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${prefix}`,
		close: () =>
			new Promise((closed) =>
				server.close(() => {
					closed();
				}),
			),
	};
}
