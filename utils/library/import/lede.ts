import type { ImportItem, ImportProblem, ParsedImport, SavedArticle } from '../types';
import { ImportError } from './errors';
import { checkUrl } from './fields';

/** Lede's own export, written by utils/library/export/lede-json.ts. */
export const LEDE_FORMAT = 'lede-library';
export const LEDE_VERSION = 1;

export interface LedeLibraryFile {
  format: typeof LEDE_FORMAT;
  version: typeof LEDE_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  articles: SavedArticle[];
}

const SOURCES = new Set<SavedArticle['source']>(['lede', 'pocket', 'instapaper', 'omnivore', 'link']);
const NULLABLE_STRINGS = ['siteName', 'byline', 'publishedTime', 'lang', 'excerpt', 'leadImage', 'html', 'text'] as const;

/**
 * Lede's JSON export: every record comes back as it was (`item.record`), so export then import
 * is lossless. The file may have been edited or crafted, so each record is checked, and its
 * `html` is as untrusted as any import's: the caller sanitizes before storing.
 */
export function parseLedeJson(data: unknown): ParsedImport {
  if (!isObject(data) || data.format !== LEDE_FORMAT) {
    throw new ImportError('unknown-format', 'This JSON file is not a Lede library export (it has no "format": "lede-library"). Nothing was imported.');
  }
  if (typeof data.version !== 'number' || data.version > LEDE_VERSION) {
    throw new ImportError('unknown-format', `This library was exported by a newer Lede (format version ${String(data.version)}); update Lede to import it. Nothing was imported.`);
  }
  if (!Array.isArray(data.articles)) {
    throw new ImportError('malformed', 'This Lede export has no list of articles. Nothing was imported.');
  }
  const items: ImportItem[] = [];
  const problems: ImportProblem[] = [];
  data.articles.forEach((raw: unknown, index) => {
    const where = `article ${index + 1}`;
    const checked = checkRecord(raw);
    if (typeof checked === 'string') {
      problems.push({ where, reason: checked });
      return;
    }
    items.push({ url: checked.url, tags: checked.tags, record: checked, source: checked.source });
  });
  return { format: 'lede-json', items, problems };
}

/** The record, or why it can't be one. Absent optional strings become null (older exports). */
function checkRecord(raw: unknown): SavedArticle | string {
  if (!isObject(raw)) return 'not an article record';
  const url = typeof raw.url === 'string' ? checkUrl(raw.url) : { reason: 'no URL' };
  if ('reason' in url) return url.reason;
  if (typeof raw.id !== 'string' || !raw.id) return 'no id';
  if (typeof raw.title !== 'string') return 'no title';
  if (!Array.isArray(raw.tags) || !raw.tags.every((t) => typeof t === 'string')) return 'tags are not a list of words';
  for (const key of ['savedAt', 'updatedAt', 'wordCount', 'readingMinutes', 'progress'] as const) {
    if (typeof raw[key] !== 'number' || !Number.isFinite(raw[key])) return `no ${key}`;
  }
  for (const key of ['archived', 'favorite'] as const) {
    if (typeof raw[key] !== 'boolean') return `no ${key}`;
  }
  if (raw.readAt !== undefined && raw.readAt !== null && typeof raw.readAt !== 'number') return 'readAt is not a date';
  if (typeof raw.source !== 'string' || !SOURCES.has(raw.source as SavedArticle['source'])) return `unknown source "${String(raw.source)}"`;
  if (raw.dir !== undefined && raw.dir !== null && raw.dir !== 'ltr' && raw.dir !== 'rtl') return `unknown text direction "${String(raw.dir)}"`;
  const record = { ...raw } as Record<string, unknown>;
  for (const key of NULLABLE_STRINGS) {
    if (record[key] === undefined) record[key] = null;
    else if (record[key] !== null && typeof record[key] !== 'string') return `${key} is not text`;
  }
  if (record.dir === undefined) record.dir = null;
  if (record.readAt === undefined) record.readAt = null;
  return record as unknown as SavedArticle;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
