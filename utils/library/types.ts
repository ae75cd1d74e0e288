import type { KeyFacts } from '../key-facts/types';
import type { RelatedLink } from '../related-links/types';

/** One article in the library (issue #5). Stored in IndexedDB (utils/library/db.ts). */
export interface SavedArticle {
  /** `urlKey(url)` (utils/url.ts): saving the same article again updates this record. */
  id: string;
  /** The URL to open: canonical when the page gave one, else the page's URL. */
  url: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: string | null;
  /** Sanitized clean article HTML; null for a link saved without its content yet. */
  html: string | null;
  /** Plain text, blocks separated by a blank line; null for a link-only item. */
  text: string | null;
  wordCount: number;
  readingMinutes: number;
  keyFacts?: KeyFacts;
  relatedLinks?: RelatedLink[];
  tags: string[];
  /** Epoch milliseconds. Imports keep the date the other service had. */
  savedAt: number;
  updatedAt: number;
  archived: boolean;
  favorite: boolean;
  /** Epoch ms when the reader reached the end; null while unread. */
  readAt: number | null;
  /** Reading position, 0 to 1. */
  progress: number;
  /** Highlights brought in from another service (Omnivore's markdown), verbatim. */
  highlights?: string[];
  /** Where the item came from. */
  source: 'lede' | 'pocket' | 'instapaper' | 'omnivore' | 'link';
}

/** An item read from an import file, before it meets the library. */
export interface ImportItem {
  url: string;
  title?: string;
  tags: string[];
  savedAt?: number;
  archived?: boolean;
  favorite?: boolean;
  progress?: number;
  readAt?: number | null;
  excerpt?: string | null;
  siteName?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
  /** Article HTML when the export carries it (Omnivore, Lede); else the item is link-only. */
  html?: string | null;
  text?: string | null;
  highlights?: string[];
  /** A full record, from Lede's own export: imported as is. */
  record?: SavedArticle;
  source: SavedArticle['source'];
}

/** A line or entry of an import file that could not be read, and why. */
export interface ImportProblem {
  where: string;
  reason: string;
  /** The item is imported all the same, with the field the reason names left out or replaced
   * (a date out of range, key facts not in Lede's format, an unclosed quote read as text). */
  kept?: boolean;
}

export interface ParsedImport {
  format: 'pocket-html' | 'pocket-csv' | 'instapaper-csv' | 'omnivore-zip' | 'lede-json';
  items: ImportItem[];
  problems: ImportProblem[];
}
