import type { ReadResult } from './article';
import { extractArticle } from './extract';
import { extractKeyFacts } from './key-facts';
import { findRelatedLinks } from './related-links';

/** Everything Lede reads off a page: the article, its key facts and its related links. The
 * content script and the Node runner both call this one function. */
export function readPage(doc: Document, url: string): ReadResult {
  const result = extractArticle(doc, url);
  if (!result.ok) return result;
  const article = result.article;
  article.keyFacts = extractKeyFacts({ text: article.text, title: article.title, lang: article.lang });
  article.relatedLinks = findRelatedLinks(doc, article);
  return result;
}
