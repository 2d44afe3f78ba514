/**
 * Page chrome: the parts of a scraped web page that are not the transcript. Each rule
 * returns the reason a line is dropped, which the report shows beside the line.
 */

const IMAGE_PLACEHOLDER =
	/^(?:!\[[^\]]*\]\([^)]*\)|[^\s/]{0,64}\.(?:png|jpe?g|gif|webp|svg|avif)|图片|\[图片\]|image|\[image\])$/iu;

/** Lines that end the article body on the sites transcripts are scraped from. */
const FOOTER_TEXT = [
	/^如有侵权/u,
	/^登录后参与评论/u,
	/^\d+\s*条评论$/u,
	/^评论$/u,
	/^推荐阅读$/u,
	/^相关(?:产品与服务|文章|推荐|阅读)$/u,
	/^(?:分享|分享到|点赞|收藏|在看|赞赏)$/u,
	/^(?:copyright\b|©)/iu,
	/all rights reserved/iu,
	/^(?:comments?|leave a (?:comment|reply)|share this|related (?:posts|articles))$/iu,
];

export function imagePlaceholderReason(text: string): string | undefined {
	return IMAGE_PLACEHOLDER.test(text) ? 'image placeholder' : undefined;
}

export function isFooterText(text: string): boolean {
	return FOOTER_TEXT.some((pattern) => pattern.test(text));
}

/** `社区首页 >专栏 >Title`: a breadcrumb trail of at least two steps. */
export function isBreadcrumb(text: string): boolean {
	return text.split(/\s*[>›»]\s*/u).filter((part) => part !== '').length >= 3;
}

const SENTENCE_PUNCTUATION = /[。！？；，,.!?;]/u;

/**
 * Whether a line before the first question reads as the article's own prose (its intro)
 * rather than navigation, counters or buttons: long enough to be a sentence and punctuated
 * like one.
 */
export function isProse(text: string): boolean {
	const length = [...text].length;
	return (length >= 30 && SENTENCE_PUNCTUATION.test(text)) || length >= 80;
}
