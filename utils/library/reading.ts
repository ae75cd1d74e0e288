import type { Article } from '../article';
import type { Card } from './db';
import type { SavedArticle } from './types';

/** Pure helpers of the offline reader (reader.html?id=ID). */

/** A saved record as the views show an article. A link-only record has an empty body. */
export function articleOfRecord(record: SavedArticle): Article {
  return {
    url: record.url,
    canonicalUrl: record.url,
    title: record.title,
    byline: record.byline,
    siteName: record.siteName,
    publishedTime: record.publishedTime,
    lang: record.lang,
    dir: record.dir,
    excerpt: record.excerpt,
    leadImage: record.leadImage,
    html: record.html ?? '',
    text: record.text ?? '',
    wordCount: record.wordCount,
    readingMinutes: record.readingMinutes,
    ...(record.keyFacts ? { keyFacts: record.keyFacts } : {}),
    ...(record.relatedLinks ? { relatedLinks: record.relatedLinks } : {}),
  };
}

/** How far down the article the reader is, 0 to 1: 1 once the bottom of the page is in view. */
export function scrollFraction(scrollY: number, viewport: number, height: number): number {
  const scrollable = height - viewport;
  if (scrollable <= 0) return 1;
  return Math.min(1, Math.max(0, scrollY / scrollable));
}

/** Where to scroll to show a saved position again. */
export function scrollTarget(progress: number, viewport: number, height: number): number {
  return Math.max(0, Math.round(progress * (height - viewport)));
}

/** "Related in your library" entries, as the view renders them. */
export interface LibraryLink {
  id: string;
  title: string;
  site: string | null;
  href: string;
}

export function libraryLinks(cards: Card[], href: (id: string) => string): LibraryLink[] {
  return cards.map((card) => ({ id: card.id, title: card.title, site: card.siteName, href: href(card.id) }));
}
