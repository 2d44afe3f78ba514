/**
 * The one guard on paths the importer makes from text: an episode slug (from a title, a file
 * name, a feed item or `--episode`), a question file's name (from its id), a feed's state file
 * name. Each such name must be one plain folder or file name that stays inside the folder it
 * is joined to, whatever the transcript, the feed or the flags say; anything else is refused
 * with `UnsafePath` before a byte is written.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { ImportError } from './errors.ts';

/** The longest file name most file systems take (ext4, APFS, NTFS count 255 bytes or UTF-16 units). */
const MAX_NAME_BYTES = 255;

// Device names Windows reserves in every folder, with or without an extension (`nul.md`).
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/iu;

// eslint-disable-next-line no-control-regex -- control characters are what this looks for.
const CONTROL = /[\u0000-\u001F\u007F]/u;

/** Is `name` a Windows device name (`con`, `nul.md`), which Windows opens as the device, not a file? */
export const isWindowsReservedName = (name: string): boolean => WINDOWS_RESERVED.test(name);

/** Why `name` is not one plain name for a file or folder, or undefined when it is. */
export function unsafeNameReason(name: string): string | undefined {
	if (name === '') return 'it is empty';
	if (CONTROL.test(name)) return 'it holds a control character (such as NUL)';
	// NFKC first: `．．` and `／` are `..` and `/` to some file systems and tools.
	const plain = name.normalize('NFKC');
	if (plain === '.' || plain === '..') return 'it names the folder itself or its parent';
	if (/[/\\]/u.test(plain)) return 'it holds a path separator (`/` or `\\`)';
	if (/^[A-Za-z]:/u.test(plain) || plain.includes(':')) return 'it holds a `:` (a Windows drive letter or stream)';
	if (isWindowsReservedName(plain)) return 'it is a device name Windows reserves (CON, NUL, COM1, …)';
	if (/[. ]$/u.test(name)) return 'it ends in a dot or a space, which Windows drops';
	if (new TextEncoder().encode(name).length > MAX_NAME_BYTES) return `it is longer than ${MAX_NAME_BYTES} bytes`;
	return undefined;
}

/**
 * `root` joined with `names`, each one plain name, refused with `UnsafePath` when one could
 * leave `root` (`..`, `/`, `\`, a drive letter, NUL, a look-alike of those), is a Windows
 * device name, or is too long for a file system; `what` says in the error what the name is.
 */
export function insideContentFolder(root: string, names: readonly string[], what: string): string {
	for (const name of names) {
		const reason = unsafeNameReason(name);
		if (reason !== undefined) {
			throw new ImportError(
				'UnsafePath',
				`The ${what} \`${name.slice(0, 80)}\` is not a safe file or folder name: ${reason}. Nothing was written. ` +
					'Give the episode a plain name with --episode (lowercase ASCII words joined by hyphens), or change the text it was made from.',
				{ file: root },
			);
		}
	}
	const base = resolve(root);
	const path = resolve(base, ...names);
	const inside = relative(base, path);
	if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
		throw new ImportError(
			'UnsafePath',
			`The ${what} \`${names.join('/')}\` would point outside ${root}. Nothing was written.`,
			{ file: root },
		);
	}
	return path;
}
