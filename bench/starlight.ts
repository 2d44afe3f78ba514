/**
 * The Starlight peer of `npm run bench -- --peers`: a minimal Astro Starlight site holding the
 * same generated archive (one page per question with its answers), installed from the npm
 * registry into a cache folder of its own (never into this project's dependencies) and built
 * with its own Pagefind, so that the bench can time it like this project's build.
 *
 * Pure parts (the package manifest, the site's files) are separate from the one I/O step that
 * installs them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Transcript } from '../src/importer/transcript.ts';

/** The versions the peer is pinned to: Starlight as measured in the project's notes, this project's Astro and Pagefind. */
export interface PeerVersions {
	starlight: string;
	astro: string;
	pagefind: string;
	markdownRemark: string;
}

export class StarlightInstallError extends Error {
	override name = 'StarlightInstallError';
}

/** The peer's package.json: exact versions, Pagefind overridden to this project's so that both index with the same engine. */
export function starlightManifest(versions: PeerVersions): string {
	return `${JSON.stringify(
		{
			name: 'bench-starlight-peer',
			private: true,
			type: 'module',
			dependencies: {
				'@astrojs/markdown-remark': versions.markdownRemark,
				'@astrojs/starlight': versions.starlight,
				astro: versions.astro,
				pagefind: versions.pagefind,
			},
			overrides: { pagefind: versions.pagefind },
		},
		null,
		'\t',
	)}\n`;
}

/** The folder name the install is cached under: one per set of versions. */
export function installKey(versions: PeerVersions): string {
	return `starlight-${versions.starlight}-astro-${versions.astro}-pagefind-${versions.pagefind}`;
}

/**
 * Makes sure `folder` holds an installed Starlight of these versions: installs it with
 * `npm install` the first time (a minute or two, needs the registry), and reuses it after.
 */
export function ensureStarlightInstall(folder: string, versions: PeerVersions): void {
	const manifest = starlightManifest(versions);
	const stamp = join(folder, 'installed-manifest.json');
	if (existsSync(stamp) && readFileSync(stamp, 'utf8') === manifest) return;
	mkdirSync(folder, { recursive: true });
	writeFileSync(join(folder, 'package.json'), manifest);
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const installed = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: folder,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	if (installed.status !== 0)
		throw new StarlightInstallError(
			`\`npm install\` of the Starlight peer in ${folder} failed (exit ${installed.status ?? 'none'}): ` +
				`${installed.stderr || installed.stdout}\nCheck the network to the npm registry, or run without --peers.`,
		);
	writeFileSync(stamp, manifest);
}

const ASTRO_CONFIG = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

// A minimal Starlight site: its defaults (sidebar of every page, Pagefind search), in Chinese.
export default defineConfig({
	integrations: [
		starlight({
			title: 'Bench Show',
			defaultLocale: 'root',
			locales: { root: { label: '简体中文', lang: 'zh-CN' } },
		}),
	],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** A YAML scalar that is the text as it is (JSON strings are YAML double-quoted strings). */
const yamlString = (text: string): string => JSON.stringify(text);

/**
 * The peer site's source files: its configuration, a home page, and one page per question
 * holding every answer to it (the speaker's name as a heading, then the paragraphs), the
 * same text this project's question pages show.
 */
export function starlightSiteFiles(transcripts: readonly Transcript[]): { path: string; content: string }[] {
	const files = [
		{ path: 'astro.config.mjs', content: ASTRO_CONFIG },
		{ path: 'src/content.config.ts', content: CONTENT_CONFIG },
		{ path: 'src/content/docs/index.md', content: '---\ntitle: Bench Show\n---\n\n生成的问答档案。\n' },
	];
	for (const transcript of transcripts) {
		const names = new Map(transcript.speakers.map((speaker) => [speaker.id, speaker.name]));
		for (const question of transcript.questions) {
			const title = question.text.map((line) => line.text).join('');
			const body = question.answers.flatMap((answer) => [
				`## ${names.get(answer.speakerId) ?? answer.speakerId}`,
				...answer.paragraphs.map((paragraph) => paragraph.text),
			]);
			files.push({
				path: `src/content/docs/${transcript.episode.slug}/${question.id}.md`,
				content: `---\ntitle: ${yamlString(title)}\n---\n\n${body.join('\n\n')}\n`,
			});
		}
	}
	return files;
}
