/**
 * robots.txt, generated so that it names the sitemap at the configured `site` and base path.
 * Crawlers read robots.txt only at the root of a host: a site deployed under a sub-path needs
 * this file copied to the root (or its Sitemap line added to the root's own robots.txt).
 */
import type { APIRoute } from 'astro';
import { absoluteUrl, sitemapUrl } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapUrl(), site)}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
