import { notArticle, type ReadResult } from './article';
import { extractArticle, type ExtractOptions } from './extract';
import { withShadowContent } from './extract/shadow-content';
import { extractKeyFacts } from './key-facts';
import { findRelatedLinks } from './related-links';

/** Everything Lede reads off a page: the article, its key facts and its related links. The
 * content script and the Node runner both call this one function; `options.picked` is the
 * block the person picked as the article on this site. */
export function readPage(page: Document, url: string, options: ExtractOptions = {}): ReadResult {
  try {
    // Web components' text is read where the page shows it (issue #12); a page with no open
    // shadow root is read as it is.
    const doc = withShadowContent(page);
    const result = extractArticle(doc, url, options);
    if (!result.ok) return result;
    const article = result.article;
    article.keyFacts = extractKeyFacts({ text: article.text, title: article.title, lang: article.lang });
    article.relatedLinks = findRelatedLinks(doc, article);
    return result;
  } catch (error) {
    if (isStackOverflow(error)) return TOO_DEEP;
    throw error;
  }
}

const TOO_DEEP = notArticle('error', 'This page is built too deep (elements nested thousands of levels) for Lede to read.', { key: 'notArticleTooDeep' });

/** A page nested thousands deep overflows the stack of a recursive DOM walk (the browser's own
 * `cloneNode` in jsdom, Readability's): V8 throws a RangeError, Firefox an InternalError. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof Error && /call stack size|too much recursion/i.test(error.message);
}
