import { LEDE_FORMAT, LEDE_VERSION, type LedeLibraryFile } from '../import/lede';
import type { SavedArticle } from '../types';

/**
 * Lede's own export: every record as stored, so importing the file gives back the same library
 * (utils/library/import/lede.ts reads it). No indentation: a large library is tens of MB.
 */
export function exportLedeJson(articles: readonly SavedArticle[], now: number = Date.now()): string {
  const file: LedeLibraryFile = {
    format: LEDE_FORMAT,
    version: LEDE_VERSION,
    exportedAt: new Date(now).toISOString(),
    articles: [...articles],
  };
  return JSON.stringify(file);
}

