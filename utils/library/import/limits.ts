import { ImportError } from './errors';

/**
 * How much one import may hold (issue #16). Without limits a 1 MB zip that unpacks to 1 GB (one
 * CSV of NUL bytes) killed the page, or ended with a wrong message ("The file is empty."). The
 * limits are set from what real exports weigh, with room to spare:
 *
 * - An Omnivore export of 10,000 articles with their content: a cleaned article is 10–40 KB of
 *   HTML (Omnivore adds a `data-omnivore-anchor-idx` to every element), its metadata ~1 KB, its
 *   highlights less, so 200–400 MB unpacked; `MAX_UNPACKED_BYTES` (512 MiB) takes it whole.
 * - The largest single file of a real export is a CSV: ~150 bytes a row, so a 100,000-row Pocket
 *   export is ~15 MB; one article's HTML is rarely past 2 MB. `MAX_ENTRY_BYTES` (64 MiB) is four
 *   times the CSV, and keeps any one string far from what a JS engine can hold.
 * - A zip holds one to three files per article (content, highlights, an image at most), so
 *   `MAX_ZIP_ENTRIES` (100,000) is three per article of a 30,000-article library.
 * - `MAX_IMPORT_RECORDS` (100,000): the largest libraries people move are tens of thousands of
 *   links; past that an import is minutes of indexing, and a file that size is more likely a
 *   bomb than a library. Split such a file and import the parts.
 * - `MAX_IMPORT_FILE_BYTES` (500 MiB): the file itself, zip or not. A Lede JSON export of
 *   10,000 articles with HTML, text and key facts is ~400 MB; the file becomes one string, and
 *   V8 cannot make a string of more than 2^29 - 24 characters (just under 512 MiB).
 */
const MiB = 1024 * 1024;

export const MAX_UNPACKED_BYTES = 512 * MiB;
export const MAX_ENTRY_BYTES = 64 * MiB;
export const MAX_ZIP_ENTRIES = 100_000;
export const MAX_IMPORT_RECORDS = 100_000;
export const MAX_IMPORT_FILE_BYTES = 500 * MiB;

export interface ImportLimits {
  /** Bytes all read entries of a zip may unpack to, together. */
  unpackedBytes: number;
  /** Bytes one entry of a zip may unpack to. */
  entryBytes: number;
  /** Entries a zip may have, read or not. */
  zipEntries: number;
  /** Articles (rows, links, records) one import may hold. */
  records: number;
  /** Bytes of the file itself. */
  fileBytes: number;
}

export const IMPORT_LIMITS: Readonly<ImportLimits> = {
  unpackedBytes: MAX_UNPACKED_BYTES,
  entryBytes: MAX_ENTRY_BYTES,
  zipEntries: MAX_ZIP_ENTRIES,
  records: MAX_IMPORT_RECORDS,
  fileBytes: MAX_IMPORT_FILE_BYTES,
};

/** `512 MB`, `64 MB`, `1.5 KB`: sizes in the messages, in the units people see in a file manager. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : Number(value.toFixed(value < 10 ? 1 : 0))} ${units[unit]}`;
}

/** Throws when an import holds more articles than `limits.records`. */
export function checkRecordCount(count: number, limits: Pick<ImportLimits, 'records'>, what = 'articles'): void {
  if (count <= limits.records) return;
  const max = limits.records.toLocaleString('en');
  throw new ImportError(
    'too-large',
    `This file holds more than ${max} ${what}, and Lede imports up to ${max} at a time: split it and import the parts (or it is not a real export). Nothing was imported.`,
  );
}
