/**
 * The answers for the search index, as data: written into the build, read and then removed
 * by src/integrations/pagefind.ts. An endpoint, because pages are where the build's one
 * reading of the content (the `episodes` collection) is available; the indexer never parses
 * the published HTML back into data.
 */
import type { APIRoute } from 'astro';
import { answerRecords } from '../search/records.ts';
import { loadEpisodes } from '../site/content.ts';

export const GET: APIRoute = async () => Response.json(answerRecords(await loadEpisodes()));
