/**
 * `_redirects` at the top of the site, for the static hosts that read it (Netlify,
 * Cloudflare Pages): old question URLs to the questions that replaced them. A dynamic route,
 * because Astro does not route files whose names start with `_`.
 */
import type { APIRoute } from 'astro';
import { loadEpisodes } from '../site/content.ts';
import { questionRedirects, redirectsFile } from '../site/moved-links.ts';
import { questionUrl } from '../site/urls.ts';

export function getStaticPaths() {
	return [{ params: { redirects: '_redirects' } }];
}

export const GET: APIRoute = async () =>
	new Response(redirectsFile(questionRedirects(await loadEpisodes(), questionUrl)), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
