/**
 * <theme-select>: lets the reader pick light, dark or the system's theme, and remembers it.
 * ThemeScript.astro applies the stored choice before the first paint on every page; this
 * element only changes and stores it. Without JavaScript it stays hidden, since it could do
 * nothing, and the system's theme applies.
 */

export const THEME_KEY = 'theme';
export type ThemeChoice = 'auto' | 'light' | 'dark';

function isChoice(value: string | null): value is ThemeChoice {
	return value === 'auto' || value === 'light' || value === 'dark';
}

export function storedChoice(): ThemeChoice {
	try {
		const value = localStorage.getItem(THEME_KEY);
		return isChoice(value) ? value : 'auto';
	} catch {
		return 'auto';
	}
}

export function applyChoice(choice: ThemeChoice): void {
	try {
		if (choice === 'auto') localStorage.removeItem(THEME_KEY);
		else localStorage.setItem(THEME_KEY, choice);
	} catch {
		// Storage can be off (private windows); the choice then lasts for this page only.
	}
	const dark = choice === 'dark' || (choice === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
	document.documentElement.dataset['theme'] = dark ? 'dark' : 'light';
}

class ThemeSelect extends HTMLElement {
	connectedCallback(): void {
		const select = this.querySelector('select');
		if (!select) return;
		select.value = storedChoice();
		select.addEventListener('change', () => {
			if (isChoice(select.value)) applyChoice(select.value);
		});
		this.hidden = false;
	}
}

if (!customElements.get('theme-select')) customElements.define('theme-select', ThemeSelect);
