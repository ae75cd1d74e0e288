import type { ImportItem, ImportProblem, ParsedImport, SavedArticle } from '../types';
import { ImportError } from './errors';
import { checkRecordCount, IMPORT_LIMITS, type ImportLimits } from './limits';
import { checkSavedArticle } from './schema';

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

/**
 * Lede's JSON export: every record comes back as it was (`item.record`), so export then import
 * is lossless. The file may have been edited or crafted, so each record is checked against the
 * format (schema.ts): one that is no article is reported unreadable; one with a bad date, bad key
 * facts or bad related links is kept with that part mended, and the plan says so. Its `html` is
 * as untrusted as any import's: the caller sanitizes before storing.
 */
export function parseLedeJson(data: unknown, limits: Pick<ImportLimits, 'records'> = IMPORT_LIMITS, now: number = Date.now()): ParsedImport {
  if (!isObject(data) || data.format !== LEDE_FORMAT) {
    throw new ImportError('unknown-format', 'This JSON file is not a Lede library export (it has no "format": "lede-library"). Nothing was imported.');
  }
  const version = data.version;
  // A whole number from 1: `"1"` or `0.5` is no version Lede ever wrote, not version 1.
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ImportError('unknown-format', `This JSON file is not a Lede library export Lede knows: its format version is ${JSON.stringify(version) ?? 'missing'}, where Lede writes a whole number. Nothing was imported.`);
  }
  if (version > LEDE_VERSION) {
    throw new ImportError('unknown-format', `This library was exported by a newer Lede (format version ${version}); update Lede to import it. Nothing was imported.`);
  }
  if (!Array.isArray(data.articles)) {
    throw new ImportError('malformed', 'This Lede export has no list of articles. Nothing was imported.');
  }
  checkRecordCount(data.articles.length, limits);
  const items: ImportItem[] = [];
  const problems: ImportProblem[] = [];
  data.articles.forEach((raw: unknown, index) => {
    const where = `article ${index + 1}`;
    const checked = checkSavedArticle(raw, now);
    if ('reason' in checked) {
      problems.push({ where, reason: checked.reason });
      return;
    }
    const { record, repairs } = checked;
    for (const reason of repairs) problems.push({ where, reason, kept: true });
    items.push({ url: record.url, tags: record.tags, record, source: record.source });
  });
  return { format: 'lede-json', items, problems };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
