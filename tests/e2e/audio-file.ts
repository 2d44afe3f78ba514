import type { BrowserContext } from 'playwright-core';

/** Where the fixture episode with audio (tests/fixtures/site/content/episodes/timed-3) says its audio is. */
export const AUDIO_URL = 'https://media.example.org/timed-talk-3.wav';

/** 45 s of quiet tone: long enough for every time in the fixture (the last answer ends at 41.25 s). */
const SECONDS = 45;
const RATE = 8000;

/**
 * A WAV file (8-bit mono PCM, 8 kHz: 360 KB) of a faint 440 Hz tone. Made here rather than
 * kept in the repository; every Chromium plays WAV, with or without proprietary codecs.
 */
export function makeWav(seconds = SECONDS, rate = RATE): Buffer {
	const samples = seconds * rate;
	const wav = Buffer.alloc(44 + samples);
	wav.write('RIFF', 0, 'ascii');
	wav.writeUInt32LE(36 + samples, 4);
	wav.write('WAVE', 8, 'ascii');
	wav.write('fmt ', 12, 'ascii');
	wav.writeUInt32LE(16, 16); // the fmt chunk's size
	wav.writeUInt16LE(1, 20); // PCM
	wav.writeUInt16LE(1, 22); // mono
	wav.writeUInt32LE(rate, 24);
	wav.writeUInt32LE(rate, 28); // bytes per second
	wav.writeUInt16LE(1, 32); // bytes per sample frame
	wav.writeUInt16LE(8, 34); // bits per sample
	wav.write('data', 36, 'ascii');
	wav.writeUInt32LE(samples, 40);
	for (let index = 0; index < samples; index++) {
		wav[44 + index] = 128 + Math.round(8 * Math.sin((2 * Math.PI * 440 * index) / rate));
	}
	return wav;
}

/**
 * Serves the episode's audio to every page of `context` without a network, the way a web
 * server does: whole, or the byte range the browser asks for (Chromium's media player reads
 * ranges to seek). Returns the requests made for it, as `Range` headers (`''` for none), so
 * that a test can tell whether anything was loaded.
 */
export async function serveAudio(context: BrowserContext, wav = makeWav()): Promise<string[]> {
	const requests: string[] = [];
	await context.route(AUDIO_URL, async (route) => {
		const range = route.request().headers()['range'] ?? '';
		requests.push(range);
		const match = /^bytes=(\d+)-(\d*)$/u.exec(range);
		const headers = { 'content-type': 'audio/wav', 'accept-ranges': 'bytes' };
		if (!match) {
			await route.fulfill({ status: 200, headers, body: wav });
			return;
		}
		const start = Number(match[1]);
		const end = Math.min(match[2] ? Number(match[2]) : wav.length - 1, wav.length - 1);
		if (start >= wav.length) {
			await route.fulfill({ status: 416, headers: { 'content-range': `bytes */${wav.length}` } });
			return;
		}
		await route.fulfill({
			status: 206,
			headers: { ...headers, 'content-range': `bytes ${start}-${end}/${wav.length}` },
			body: wav.subarray(start, end + 1),
		});
	});
	return requests;
}
