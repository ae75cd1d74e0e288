import type { Article } from '../article';
import type { RelatedLink } from './types';

export type RelatedInput = Pick<Article, 'url' | 'canonicalUrl' | 'title' | 'text' | 'keyFacts'>;

/** Links worth reading next, harvested from the original page `doc` (issue #4). Placeholder. */
export function findRelatedLinks(_doc: Document, _article: RelatedInput): RelatedLink[] {
  return [];
}
