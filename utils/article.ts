import type { MessageKey } from './i18n';
import type { KeyFacts } from './key-facts/types';
import type { RelatedLink } from './related-links/types';

/** A clean article, as extracted from a page. `html` is NOT sanitized: render it only through
 * `components/ArticleBody` (DOMPurify at the sink, see utils/sanitize.ts). */
export interface Article {
  /** The page the article was read from. */
  url: string;
  /** `<link rel=canonical>` or og:url when the page gives one; what the library dedupes on. */
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 when the page gives a machine-readable date, else the page's own text. */
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: string | null;
  html: string;
  /** Plain text, blocks separated by a blank line. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  keyFacts?: KeyFacts;
  relatedLinks?: RelatedLink[];
  /** Set when the person picked a block as the article on this site (issue #12): its selector,
   * and whether this page has it (else the article is Lede's own reading). */
  pick?: { selector: string; found: boolean };
}

/** Why a page gave no article. The popup shows `message`; `reason` is for code and tests. */
export type NotArticleReason =
  | 'restricted' // a browser page where extensions may not run scripts
  | 'not-html' // a PDF, an image, a feed
  | 'no-content' // Readability found no article body
  | 'too-short' // a body too short to be an article
  | 'too-long' // text far longer than any article (a log, a dump, a generated page)
  | 'not-article' // a home page, a search page, a list of links
  | 'error'; // something broke; the message says what

/** A message as a locale key and its substitutions: what code without `browser.i18n` (the
 * extraction, which Node tools run too) gives, for the content script to put in the UI's words. */
export interface Words {
  key: MessageKey;
  subs?: string[];
}

export type ReadResult =
  | { ok: true; article: Article }
  | { ok: false; reason: NotArticleReason; message: string; words?: Words };

/** `message` in the UI's words where the caller has them (the service worker, the views), in
 * English with `words` where it does not (the extraction). */
export function notArticle(reason: NotArticleReason, message: string, words?: Words): ReadResult {
  return words ? { ok: false, reason, message, words } : { ok: false, reason, message };
}
