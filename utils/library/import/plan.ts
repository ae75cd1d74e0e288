import { countWords, excerptOf, readingMinutes } from '../../extract/text';
import { hostOf, urlKey } from '../../url';
import type { ImportItem, ImportProblem, ParsedImport, SavedArticle } from '../types';
import { htmlToText } from './html-text';
import { checkUrl, isLibraryDate } from './fields';

/** What an import will do, shown before it is done (issue #5: "N new, N already saved, N unreadable"). */
export interface ImportPlan {
  /** Not in the library yet: these are added. */
  new: ImportItem[];
  /** Already saved (same `urlKey`): left as they are. */
  existing: ImportItem[];
  /** Entries of the file that could not be read, with the reason. */
  unreadable: ImportProblem[];
  /** Items that appear a second time in the same file (the same id, or the same page by
   * `urlKey` under another id): the first one is kept. */
  duplicates: ImportItem[];
}

/** The library id an item will have: a Lede record keeps its own, others are keyed by URL. */
export function importItemId(item: ImportItem): string {
  return item.record?.id ?? urlKey(item.url);
}

export function planImport(parsed: ParsedImport, existingIds: ReadonlySet<string>): ImportPlan {
  const plan: ImportPlan = { new: [], existing: [], unreadable: [...parsed.problems], duplicates: [] };
  const seen = new Set<string>();
  // A Lede record keeps its own id, which need not be its URL's key (a link saved before its page
  // named a canonical URL), so two records of one page can come under two ids: one article.
  const seenPages = new Set<string>();
  parsed.items.forEach((item, index) => {
    // Parsers only return web addresses; this guards items built by other code.
    const checked = checkUrl(item.url);
    if ('reason' in checked) {
      plan.unreadable.push({ where: `item ${index + 1}`, reason: checked.reason });
      return;
    }
    const id = importItemId(item);
    const page = urlKey(item.url);
    if (seen.has(id) || seenPages.has(page)) plan.duplicates.push(item);
    else if (existingIds.has(id) || existingIds.has(page)) plan.existing.push(item);
    else plan.new.push(item);
    seen.add(id);
    seenPages.add(page);
  });
  return plan;
}

/**
 * The library record for an imported item. A Lede export's record comes back unchanged (the
 * lossless round trip). Otherwise the dates, tags and states the other service had are kept;
 * text, word count and reading time come from the HTML when the export has it, and an item
 * without HTML is link-only (html and text null, fetched when first opened).
 *
 * `html` is NOT sanitized here: it comes from a file and is untrusted, so the caller runs it
 * through `sanitizeHtml()` (utils/sanitize.ts) before storing, like every article.
 */
export function toSavedArticle(item: ImportItem, now: number): SavedArticle {
  if (item.record) return item.record;
  const html = item.html?.trim() ? item.html : null;
  const text = item.text ?? (html ? htmlToText(html) : null);
  const hasText = !!text?.trim();
  const article: SavedArticle = {
    id: urlKey(item.url),
    url: item.url,
    title: item.title || fallbackTitle(item.url),
    siteName: item.siteName ?? (hostOf(item.url) || null),
    byline: item.byline ?? null,
    publishedTime: item.publishedTime ?? null,
    lang: null,
    dir: null,
    excerpt: item.excerpt ?? (text ? excerptOf(text) : null),
    leadImage: null,
    html,
    text: html || hasText ? (text ?? '') : null,
    wordCount: hasText ? countWords(text!) : 0,
    readingMinutes: hasText ? readingMinutes(text!) : 0,
    tags: [...item.tags],
    // The parsers only give dates in range (fields.ts); this guards items built by other code.
    savedAt: isLibraryDate(item.savedAt, now) ? item.savedAt : now,
    updatedAt: now,
    archived: item.archived ?? false,
    favorite: item.favorite ?? false,
    readAt: item.readAt === null || item.readAt === undefined ? null : isLibraryDate(item.readAt, now) ? item.readAt : now,
    progress: clamp01(item.progress ?? 0),
    source: item.source,
  };
  if (item.highlights?.length) article.highlights = [...item.highlights];
  return article;
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

/** A link saved without a title is shown by its address: host and path, without the scheme. */
function fallbackTitle(url: string): string {
  try {
    const u = new URL(url);
    const path = decodeURIComponent(u.pathname).replace(/\/+$/, '');
    return `${hostOf(u)}${path}`;
  } catch {
    return url;
  }
}
