import { isWebUrl } from '../../url';

/** Field readers shared by the import formats: each takes what a service wrote and returns the
 * library's value, or says why it can't. */

/** A web address the library can open; else the reason, for an ImportProblem. */
export function checkUrl(raw: string | undefined): { url: string } | { reason: string } {
  const value = (raw ?? '').trim();
  if (!value) return { reason: 'no URL' };
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return { reason: `not a web address: "${clip(value)}"` };
  }
  if (!isWebUrl(value)) {
    return { reason: `not a web page address (${parsed.protocol}): "${clip(value)}"` };
  }
  return { url: value };
}

/** Epoch seconds, epoch milliseconds or an ISO date, to epoch ms; undefined when absent or unreadable. */
function parseTimestamp(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) && raw > 0 ? toMs(raw) : undefined;
  if (typeof raw !== 'string') return undefined;
  const value = raw.trim();
  if (!value) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(value)) {
    const n = Number(value);
    return n > 0 ? toMs(n) : undefined;
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  // V8's Date.parse reads nearly anything ("-5" is May 2001): a date must name its year.
  const year = /(?:^|\D)(\d{4})(?!\d)/.exec(value)?.[1];
  return year && Math.abs(new Date(ms).getUTCFullYear() - Number(year)) <= 1 ? ms : undefined;
}

/** The earliest date an import keeps. Read-it-later services began in 2007 (Instapaper), the
 * web in 1991: a date before 1990 is a misread field, not a save. */
export const EARLIEST_DATE = Date.UTC(1990, 0, 1);
/** How far past this machine's clock a date may be: the exporting machine's clock may run ahead. */
const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;

/** A date the library can store and every view and export can write: a finite epoch ms from
 * 1990 to a day past `now`. (1e20 was stored from a Pocket file, and the Markdown export of
 * the whole library then threw `RangeError: Invalid time value`, issue #16.) */
export function isLibraryDate(ms: unknown, now: number = Date.now()): ms is number {
  return typeof ms === 'number' && Number.isFinite(ms) && ms >= EARLIEST_DATE && ms <= now + CLOCK_SLACK_MS;
}

/**
 * A date field of an import file: epoch ms; undefined when the field is absent or empty (or 0,
 * which exporters write for "unknown"); else why it can't be used, for an ImportProblem. The
 * callers then use the import time and keep the item: its link and title are worth more than a
 * wrong date.
 */
export function readDate(raw: unknown, field: string, now: number = Date.now()): number | { reason: string } | undefined {
  if (raw === undefined || raw === null || raw === 0) return undefined;
  if (typeof raw === 'string' && (!raw.trim() || raw.trim() === '0')) return undefined;
  const ms = parseTimestamp(raw);
  if (ms !== undefined && isLibraryDate(ms, now)) return ms;
  const shown = typeof raw === 'string' ? `"${clip(raw.trim(), 40)}"` : typeof raw === 'number' ? String(raw) : `a ${Array.isArray(raw) ? 'list' : typeof raw}`;
  return { reason: `${field} ${shown} is not a date between 1990 and today, so the import date is used` };
}

/** Below 1e11 a number is seconds (1e11 s is the year 5138; 1e11 ms is 1973). */
function toMs(n: number): number {
  return Math.round(n < 1e11 ? n * 1000 : n);
}

/** Tags trimmed, empty ones dropped, duplicates (ignoring case) kept once, in file order. */
export function cleanTags(tags: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** One line of text, for a title: collapsed whitespace; undefined when empty. */
export function cleanTitle(raw: string | undefined | null): string | undefined {
  const title = (raw ?? '').replace(/\s+/g, ' ').trim();
  return title || undefined;
}

export function clip(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
