import { LEDE_FORMAT, LEDE_VERSION, type LedeLibraryFile } from '../import/lede';
import type { SavedArticle } from '../types';
import { hasDate, readableArticle } from './readable';

/**
 * Lede's own export: every record as stored, so importing the file gives back the same library
 * (utils/library/import/lede.ts reads it). No indentation: a large library is tens of MB.
 * What a record holds that is not in the format is left out (readable.ts), a bad date as an
 * absent one, which the import replaces by its own date and says so.
 */
export function exportLedeJson(articles: readonly SavedArticle[], now: number = Date.now()): string {
  const file: LedeLibraryFile = {
    format: LEDE_FORMAT,
    version: LEDE_VERSION,
    exportedAt: new Date(now).toISOString(),
    articles: articles.map(writable),
  };
  return JSON.stringify(file);
}

function writable(record: SavedArticle): SavedArticle {
  const article: Partial<SavedArticle> = readableArticle(record);
  if (!hasDate(article.savedAt!)) delete article.savedAt;
  if (!hasDate(article.updatedAt!)) delete article.updatedAt;
  if (article.readAt !== null && !hasDate(article.readAt!)) delete article.readAt;
  return article as SavedArticle;
}

