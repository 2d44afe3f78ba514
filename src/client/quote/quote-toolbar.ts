/**
 * The toolbar offered for a selection inside one answer: "copy link to this quote" and "copy
 * as citation". Its buttons and words come from the page's `<template data-quote-toolbar>`
 * (QuoteToolbar.astro), in the page's language. Loaded on the first selection in an answer.
 *
 * The quote is widened to whole words first (text-fragments-polyfill's generator, which uses
 * the browser's own word segmentation, Chinese included), because browsers match a text
 * fragment only at word boundaries and fail silently otherwise; the selection is widened with
 * it, so the reader sees what will be quoted.
 */
import {
	generateFragmentFromRange,
	GenerateFragmentStatus,
} from 'text-fragments-polyfill/dist/fragment-generation-utils.js';
import { collapseWhiteSpace } from '../../model/white-space.ts';
import { announce } from '../announce.ts';
import { copyText } from '../share/clipboard.ts';
import { citation } from './citation.ts';
import { quoteUrl } from './text-fragment.ts';

let toolbar: HTMLElement | undefined;
let current: { range: Range; answer: HTMLElement } | undefined;

export function showQuoteToolbar(range: Range, answer: HTMLElement): void {
	toolbar ??= createToolbar();
	if (!toolbar) return;
	current = { range: range.cloneRange(), answer };
	// Right after the answer in the document, so that Tab reaches it from there.
	if (toolbar.previousElementSibling !== answer) answer.after(toolbar);
	toolbar.hidden = false;
	const box = range.getBoundingClientRect();
	const origin = (toolbar.offsetParent ?? document.body).getBoundingClientRect();
	const width = toolbar.offsetWidth;
	const left = Math.min(
		Math.max(8, box.left + box.width / 2 - width / 2),
		document.documentElement.clientWidth - width - 8,
	);
	toolbar.style.left = `${left - origin.left}px`;
	toolbar.style.top = `${box.bottom - origin.top + 8}px`;
}

export function hideQuoteToolbar(): void {
	if (toolbar && !toolbar.contains(document.activeElement)) toolbar.hidden = true;
}

function createToolbar(): HTMLElement | undefined {
	const template = document.querySelector<HTMLTemplateElement>('template[data-quote-toolbar]');
	const element = template?.content.firstElementChild?.cloneNode(true);
	if (!(element instanceof HTMLElement)) return undefined;
	element.hidden = true;
	// Pressing a button must not take the selection away before it is read.
	element.addEventListener('mousedown', (event) => {
		event.preventDefault();
	});
	element.addEventListener('click', (event) => {
		const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-quote]') : null;
		if (button && current) void act(button, current.range, current.answer);
	});
	element.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') element.hidden = true;
	});
	return element;
}

async function act(button: HTMLButtonElement, range: Range, answer: HTMLElement): Promise<void> {
	const widened = range.cloneRange();
	const generated = generateFragmentFromRange(widened);
	const fragment = generated.status === GenerateFragmentStatus.SUCCESS ? generated.fragment : undefined;
	const selection = getSelection();
	selection?.removeAllRanges();
	selection?.addRange(widened);
	// The selection's text, not the range's: it has the break between two paragraphs, which
	// Range.toString() drops ("are.No database").
	const quote = collapseWhiteSpace(selection?.toString() ?? widened.toString());

	const share = answer.querySelector<HTMLButtonElement>('.answer-share[data-url]');
	const answerUrl = new URL(share?.dataset['url'] ?? `#${answer.id}`, location.href).href;
	const link = quoteUrl(answerUrl, quote, fragment);
	const copied = button.dataset['quote'] === 'cite' ? await copyCitation(answer, quote, link) : await copyText(link);
	const message = (copied ? button.dataset['done'] : button.dataset['failed']) ?? '';
	announce(message);
	const label = button.dataset['label'] ?? button.textContent;
	button.dataset['label'] = label;
	button.textContent = message;
	window.setTimeout(() => {
		button.textContent = label;
	}, 2000);
}

function copyCitation(answer: HTMLElement, quote: string, link: string): Promise<boolean> {
	const source = document.querySelector<HTMLElement>('template[data-quote-toolbar]')?.dataset ?? {};
	const { text, html } = citation({
		quote,
		speaker: answer.dataset['speaker'] ?? '',
		role: answer.querySelector('.answer-role')?.textContent.trim() || undefined,
		episode: source['episode'] ?? document.title,
		show: source['show'] || undefined,
		date: source['date'] || undefined,
		link,
	});
	return copyText(text, html);
}
