/**
 * Putting text on the clipboard: as plain text, or as plain text and HTML together (a quote
 * with its citation pastes formatted into a document and plain into a chat). Resolves to
 * whether it worked: a browser may refuse (no permission, not a secure context).
 */
export async function copyText(text: string, html?: string): Promise<boolean> {
	try {
		if (html !== undefined && typeof ClipboardItem === 'function') {
			await navigator.clipboard.write([
				new ClipboardItem({
					'text/plain': new Blob([text], { type: 'text/plain' }),
					'text/html': new Blob([html], { type: 'text/html' }),
				}),
			]);
		} else {
			await navigator.clipboard.writeText(text);
		}
		return true;
	} catch {
		return false;
	}
}
