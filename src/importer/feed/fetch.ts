/**
 * Where a feed's files come from: the web (`fetch`, with a timeout and a size limit) or,
 * for offline use, a local folder holding the files under their URLs' file names. The one
 * part of the feed import that touches the network; every failure is an `ImportError`
 * (`FetchFailed`) that says what went wrong with which URL.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ImportError } from '../errors.ts';

export interface FetchOptions {
	/** How long to wait for a file, in milliseconds. Default 30 s. */
	timeoutMs?: number;
	/** The largest file to accept, in bytes. Default 50 MB (a long Podcasting 2.0 JSON with one word per segment runs to a few MB). */
	maxBytes?: number;
	/** The `fetch` to use; tests may pass their own. */
	fetch?: typeof fetch;
}

/** What is fetched: the feed itself, or a file it names (which `--transcripts DIR` can stand in for). */
export type FetchedFile = 'feed' | 'file';

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Reads the file at a URL a feed names. */
export interface FileSource {
	read(url: string): Promise<Uint8Array>;
	/** Where `url` is read from, for messages. */
	describe(url: string): string;
}

function failed(message: string, file: string): ImportError {
	return new ImportError('FetchFailed', message, { file });
}

function formatSize(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
	return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
}

function causeOf(error: unknown): string {
	const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
	if (typeof cause?.code === 'string') return cause.code;
	if (typeof cause?.message === 'string') return cause.message;
	return error instanceof Error ? error.message : String(error);
}

/** Reads a response body, stopping as soon as it passes `maxBytes`. */
async function readBody(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
	const tooLarge = (): ImportError =>
		failed(
			`The file is larger than ${formatSize(maxBytes)}, more than any transcript or feed should be, so it was not read. Check that the URL names a transcript, not the audio.`,
			url,
		);
	const declared = Number(response.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > maxBytes) {
		await response.body?.cancel();
		throw tooLarge();
	}
	if (response.body === null) return new Uint8Array();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for await (const chunk of response.body) {
		size += chunk.byteLength;
		if (size > maxBytes) throw tooLarge();
		chunks.push(chunk);
	}
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.byteLength;
	}
	return bytes;
}

/** Fetches one file over HTTP(S). */
export async function fetchBytes(
	url: string,
	options: FetchOptions = {},
	what: FetchedFile = 'file',
): Promise<Uint8Array> {
	const offline =
		what === 'file'
			? 'put the file in a folder and use --transcripts DIR'
			: 'download the feed with a browser and pass the file';
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		throw failed(`\`${url}\` is not a full URL, so it cannot be fetched. Use a full URL, or ${offline}.`, url);
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
		throw failed(`Only http and https URLs are fetched, not \`${parsed.protocol}\`. Use one, or ${offline}.`, url);
	}
	const signal = AbortSignal.timeout(timeoutMs);
	try {
		const response = await (options.fetch ?? fetch)(parsed, {
			signal,
			redirect: 'follow',
			headers: { accept: '*/*', 'user-agent': 'podcast-transcript-reader (npm run import)' },
		});
		if (!response.ok) {
			await response.body?.cancel();
			const status = `HTTP ${response.status}${response.statusText === '' ? '' : ` ${response.statusText}`}`;
			const hint =
				response.status === 404 || response.status === 410
					? what === 'file'
						? `The feed names a file the server does not have; tell the show, or ${offline}.`
						: 'Check the feed’s URL: podcast apps and directories list it.'
					: `Try again later; if it keeps failing, ${offline}.`;
			throw failed(`The server answered ${status}. ${hint}`, url);
		}
		return await readBody(response, maxBytes, url);
	} catch (error) {
		if (error instanceof ImportError) throw error;
		if (signal.aborted) {
			throw failed(`No complete answer within ${timeoutMs / 1000} s. Try again later, or ${offline}.`, url);
		}
		// fetch rejects with a TypeError whose cause is the network's error; anything else is a bug.
		if (!(error instanceof TypeError && error.cause !== undefined)) throw error;
		throw failed(`Could not reach the server (${causeOf(error)}). Check the URL and the network, or ${offline}.`, url);
	}
}

/** Files from the web. */
export function webSource(options: FetchOptions = {}): FileSource {
	return { read: (url) => fetchBytes(url, options), describe: (url) => url };
}

/** The file name a URL ends in, decoded (`…/ep%201.vtt?x=1` → `ep 1.vtt`); undefined when it names none. */
export function urlFileName(url: string): string | undefined {
	let path: string;
	try {
		path = new URL(url, 'file:///').pathname;
	} catch {
		return undefined;
	}
	let name: string;
	try {
		name = decodeURIComponent(path.split('/').at(-1) ?? '');
	} catch {
		return undefined;
	}
	// A file name, never a path: nothing a feed says may read outside the folder.
	if (name === '' || name === '.' || name === '..' || name !== basename(name) || name.includes('\\')) {
		return undefined;
	}
	return name;
}

/**
 * Files from a local folder, found by the file name their URL ends in: for offline use, or
 * for a feed whose files are not online yet (`--transcripts DIR`).
 */
export function folderSource(folder: string, shownFolder = folder): FileSource {
	return {
		describe: (url) => {
			const name = urlFileName(url);
			return name === undefined ? url : join(shownFolder, name);
		},
		read: async (url) => {
			const name = urlFileName(url);
			if (name === undefined) {
				throw failed(
					`The URL \`${url}\` does not end in a file name to look for in ${shownFolder}. Put the file online, or name it in the feed by a URL that ends in its file name.`,
					url,
				);
			}
			try {
				return await readFile(join(folder, name));
			} catch (error) {
				const code = (error as NodeJS.ErrnoException).code;
				throw failed(
					code === 'ENOENT'
						? `\`${name}\` is not in ${shownFolder}. Put the file the URL names there, under that name.`
						: `\`${name}\` in ${shownFolder} could not be read (${code ?? String(error)}).`,
					url,
				);
			}
		},
	};
}
