import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * Serves a built site on a free loopback port, the way a static host does: folders answer
 * with their index.html, unknown paths with 404.html and status 404. Used by the browser
 * tests and the screenshot script; `npm start` uses `astro preview` instead.
 */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
	const assets = sirv(dir, { dev: true, etag: false });
	const notFoundPage = join(dir, '404.html');
	const notFound = existsSync(notFoundPage) ? readFileSync(notFoundPage) : Buffer.from('Not found');
	const server: Server = createServer((request, response) => {
		assets(request, response, () => {
			response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			response.end(notFound);
		});
	});
	await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/`,
		close: () => new Promise((closed) => server.close(() => closed())),
	};
}
