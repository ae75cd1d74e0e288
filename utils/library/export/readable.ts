import * as v from 'valibot';
import { isLibraryDate } from '../import/fields';
import { isLanguageTag, KeyFactsSchema, RelatedLinkSchema, SOURCES } from '../import/schema';
import type { SavedArticle } from '../types';

/**
 * A stored record as the exporters write it (issue #16): one bad record must never break an
 * export. A library imported before the importers checked dates holds `savedAt: 1e20`, and the
 * Markdown export of the whole library threw `RangeError: Invalid time value`. Every field comes
 * out of its type; what is not readable is left out: a date that is no date becomes NaN, which
 * the exporters write as absent (`hasDate`), key facts or related links not in the format are
 * dropped, metadata that is not text becomes null. A record that is fine comes out equal.
 */
export function readableArticle(record: SavedArticle, now: number = Date.now()): SavedArticle {
  const r = record as unknown as Record<string, unknown>;
  const url = text(r.url) ?? '';
  const out: SavedArticle = {
    id: text(r.id) ?? url,
    url,
    title: text(r.title) ?? url,
    siteName: text(r.siteName),
    byline: text(r.byline),
    publishedTime: text(r.publishedTime),
    lang: isLanguageTag(r.lang) ? r.lang : null,
    dir: r.dir === 'ltr' || r.dir === 'rtl' ? r.dir : null,
    excerpt: text(r.excerpt),
    leadImage: text(r.leadImage),
    html: text(r.html),
    text: text(r.text),
    wordCount: count(r.wordCount),
    readingMinutes: count(r.readingMinutes),
    tags: Array.isArray(r.tags) ? r.tags.filter((t): t is string => typeof t === 'string') : [],
    savedAt: date(r.savedAt, now),
    updatedAt: date(r.updatedAt, now),
    archived: r.archived === true,
    favorite: r.favorite === true,
    readAt: r.readAt === null || r.readAt === undefined ? null : date(r.readAt, now),
    progress: typeof r.progress === 'number' && Number.isFinite(r.progress) ? Math.min(1, Math.max(0, r.progress)) : 0,
    source: SOURCES.includes(r.source as SavedArticle['source']) ? (r.source as SavedArticle['source']) : 'lede',
  };
  if (v.is(KeyFactsSchema, r.keyFacts)) out.keyFacts = r.keyFacts;
  if (Array.isArray(r.relatedLinks)) {
    const links = r.relatedLinks.filter((link) => v.is(RelatedLinkSchema, link));
    if (links.length || !r.relatedLinks.length) out.relatedLinks = links;
  }
  if (Array.isArray(r.highlights)) out.highlights = r.highlights.filter((h): h is string => typeof h === 'string');
  return out;
}

/** A date the exporters can write; NaN (from `readableArticle`) is written as absent. */
export function hasDate(ms: number | null): ms is number {
  return ms !== null && Number.isFinite(ms);
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}

function date(value: unknown, now: number): number {
  return isLibraryDate(value, now) ? value : NaN;
}
