/**
 * Import of other services' exports into the library (issue #5): one entry point,
 * `parseImportFile(name, bytes)`, that recognizes the format and returns the items it read plus
 * the entries it could not read, then `planImport` (what will happen) and `toSavedArticle`.
 * Everything here is pure: no browser.*, no IndexedDB; it runs in extension pages and in Node.
 * A file that can't be read as a whole throws `ImportError` before anything is returned, so a
 * refused file changes nothing.
 */
import type { ParsedImport } from '../types';
import { Columns, parseCsv } from './csv';
import { decodeText } from './decode';
import { ImportError } from './errors';
import { parseInstapaperCsv } from './instapaper';
import { LEDE_FORMAT, parseLedeJson } from './lede';
import { checkRecordCount, formatBytes, IMPORT_LIMITS, type ImportLimits } from './limits';
import { parseOmnivore } from './omnivore';
import { looksLikePocketHtml, parsePocketCsv, parsePocketHtml } from './pocket';
import { isZip, parseZipImport, type ImportStats } from './zip';

export { ImportError, type ImportErrorCode } from './errors';
export { parseCsv, type CsvRow, type CsvTable } from './csv';
export { parsePocketCsv, parsePocketHtml } from './pocket';
export { parseInstapaperCsv } from './instapaper';
export { parseOmnivore, splitHighlights } from './omnivore';
export { LEDE_FORMAT, LEDE_VERSION, parseLedeJson, type LedeLibraryFile } from './lede';
export { htmlToText } from './html-text';
export { importItemId, planImport, toSavedArticle, type ImportPlan } from './plan';
export {
  IMPORT_LIMITS,
  MAX_ENTRY_BYTES,
  MAX_IMPORT_FILE_BYTES,
  MAX_IMPORT_RECORDS,
  MAX_UNPACKED_BYTES,
  MAX_ZIP_ENTRIES,
  type ImportLimits,
} from './limits';
export { INFLATE_STEP, type ImportStats } from './zip';
export { isSavedArticle, savedArticleIssues, checkSavedArticle } from './schema';

/** The file types the import picker offers. */
export const IMPORT_ACCEPT = '.csv,.html,.htm,.zip,.json,text/csv,text/html,application/zip,application/json';

export interface ImportOptions {
  /** Lower limits than limits.ts's (tests, the bench). */
  limits?: Partial<ImportLimits>;
  /** Filled in as a zip is unpacked. */
  stats?: ImportStats;
}

export function parseImportFile(name: string, bytes: Uint8Array, options: ImportOptions = {}): ParsedImport {
  const limits: ImportLimits = { ...IMPORT_LIMITS, ...options.limits };
  if (!bytes.length) throw new ImportError('empty', `“${name}” is empty.`);
  if (bytes.length > limits.fileBytes) {
    throw new ImportError('too-large', `“${name}” is ${formatBytes(bytes.length)}, more than the ${formatBytes(limits.fileBytes)} Lede imports at once. Nothing was imported.`);
  }
  const parsed = parseBytes(name, bytes, limits, options.stats);
  checkRecordCount(parsed.items.length, limits);
  return parsed;
}

function parseBytes(name: string, bytes: Uint8Array, limits: ImportLimits, stats?: ImportStats): ParsedImport {
  if (isZip(bytes)) return parseZipImport(name, bytes, (n, text) => parseCsvImport(n, text, limits), limits, stats);
  if (/\.zip$/i.test(name)) {
    throw new ImportError('malformed', `“${name}” is not a zip file, or its start is damaged. Nothing was imported.`);
  }
  const text = decodeText(bytes);
  const start = text.trimStart();
  if (!start) throw new ImportError('empty', `“${name}” is empty.`);
  if (/\.json$/i.test(name) || start.startsWith('{') || start.startsWith('[')) return parseJsonImport(name, text, limits);
  if (/\.html?$/i.test(name) || start.startsWith('<')) {
    if (!/\.html?$/i.test(name) && !looksLikePocketHtml(text)) throw unknownFormat(name);
    return parsePocketHtml(text, limits);
  }
  return parseCsvImport(name, text, limits);
}

/** Pocket or Instapaper, told apart by their columns (read by name, in any order). */
function parseCsvImport(name: string, text: string, limits: Pick<ImportLimits, 'records'> = IMPORT_LIMITS): ParsedImport {
  const table = parseCsv(text, undefined, limits.records);
  const cols = new Columns(table.header);
  if (!cols.has('url')) {
    const found = table.header.filter(Boolean).slice(0, 8).map((h) => `“${h}”`).join(', ');
    throw new ImportError(
      'no-url-column',
      `“${name}” has no URL column, so Lede can’t tell which page each line is${found ? ` (its columns: ${found})` : ''}. Nothing was imported.`,
    );
  }
  if (cols.has('selection', 'folder') || (/instapaper/i.test(name) && !cols.has('time_added', 'cursor'))) {
    return parseInstapaperCsv(table);
  }
  // Pocket's columns, or any CSV with a URL column (and perhaps title, tags): read the same way.
  return parsePocketCsv(table);
}

/** Lede's own export, or one `metadata_*.json` taken out of an Omnivore zip (links only then). */
function parseJsonImport(name: string, text: string, limits: Pick<ImportLimits, 'records'> = IMPORT_LIMITS): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const cut = /end of (?:JSON )?input|unterminated|unexpected end/i.test(reason);
    throw new ImportError(
      cut ? 'truncated' : 'malformed',
      `“${name}” is not valid JSON${cut ? ': it stops before its end, so it looks cut off' : ` (${reason})`}. Nothing was imported.`,
    );
  }
  if (Array.isArray(data) && data.length && data.every((e) => e && typeof e === 'object' && 'url' in e && 'slug' in e)) {
    return parseOmnivore({ metadata: [{ name, entries: data }], content: new Map(), highlights: new Map() }, limits);
  }
  if (data && typeof data === 'object' && !Array.isArray(data) && (data as { format?: unknown }).format === LEDE_FORMAT) {
    return parseLedeJson(data, limits);
  }
  throw new ImportError(
    'unknown-format',
    `“${name}” is JSON but not a Lede library export nor an Omnivore metadata file. Nothing was imported.`,
  );
}

function unknownFormat(name: string): ImportError {
  return new ImportError(
    'unknown-format',
    `Lede can’t read “${name}”: it imports Pocket (HTML or CSV), Instapaper (CSV), Omnivore (zip) and Lede (JSON) exports.`,
  );
}
