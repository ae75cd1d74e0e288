import { urlKey } from '../../url';
import type { ImportItem, ImportProblem, ParsedImport } from '../types';
import { Columns, csvProblems, type CsvTable } from './csv';
import { decodeEntities } from './entities';
import { ImportError } from './errors';
import { checkUrl, cleanTags, cleanTitle, readDate } from './fields';
import { checkRecordCount, IMPORT_LIMITS, type ImportLimits } from './limits';

/**
 * Pocket's CSV export: `title,url,time_added,cursor,tags,status` (older files lack `cursor`).
 * Tags are separated by `|`, `status` is `unread` or `archive`, `time_added` is epoch seconds.
 * Pocket exports links only, so every item is link-only.
 */
export function parsePocketCsv(table: CsvTable): ParsedImport {
  const cols = new Columns(table.header);
  const items: ImportItem[] = [];
  const problems: ImportProblem[] = csvProblems(table);
  for (const row of table.rows) {
    const checked = checkUrl(cols.get(row, 'url'));
    if ('reason' in checked) {
      problems.push({ where: `line ${row.line}`, reason: checked.reason });
      continue;
    }
    const status = (cols.get(row, 'status') ?? '').trim().toLowerCase();
    const item: ImportItem = {
      url: checked.url,
      tags: cleanTags((cols.get(row, 'tags') ?? '').split('|')),
      archived: status === 'archive' || status === 'archived',
      source: 'pocket',
    };
    const title = cleanTitle(cols.get(row, 'title'));
    if (title) item.title = title;
    const savedAt = readDate(cols.get(row, 'time_added'), 'time_added');
    if (typeof savedAt === 'number') item.savedAt = savedAt;
    else if (savedAt) problems.push({ where: `line ${row.line}`, reason: savedAt.reason, kept: true });
    items.push(item);
  }
  return { format: 'pocket-csv', items, problems };
}

const TOKEN = /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>|<a\b([^>]*)>([\s\S]*?)(<\/a\s*>|$)/gi;
const ATTR = /([^\s"'=<>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

/**
 * Pocket's HTML export (`ril_export.html`): `<h1>Unread</h1><ul><li><a href time_added tags>`,
 * then `<h1>Read Archive</h1>` and its list. Read with a tokenizer, not a DOM, so it runs
 * anywhere; the format is generated and regular. Tags here are comma-separated.
 */
export function parsePocketHtml(html: string, limits: Pick<ImportLimits, 'records'> = IMPORT_LIMITS): ParsedImport {
  if (!/<\/(?:html|body)\s*>/i.test(html)) {
    throw new ImportError('truncated', 'This Pocket export stops before its end (no closing </html>): it looks cut off. Nothing was imported; export it again and retry.');
  }
  const items: ImportItem[] = [];
  const problems: ImportProblem[] = [];
  let archived = false;
  let line = 1;
  let scanned = 0;
  let links = 0;
  for (const match of html.matchAll(TOKEN)) {
    line += countNewlines(html, scanned, match.index);
    scanned = match.index;
    const [, heading, attrText, inner, close] = match;
    if (heading !== undefined) {
      archived = /archive/i.test(stripTags(heading));
      continue;
    }
    checkRecordCount(++links, limits, 'links');
    if (!close) {
      throw new ImportError('truncated', `This Pocket export stops in the middle of a link (line ${line}): it looks cut off. Nothing was imported.`);
    }
    const attrs = readAttributes(attrText ?? '');
    const checked = checkUrl(attrs.get('href'));
    if ('reason' in checked) {
      problems.push({ where: `line ${line}`, reason: checked.reason });
      continue;
    }
    const item: ImportItem = {
      url: checked.url,
      tags: cleanTags((attrs.get('tags') ?? '').split(',')),
      archived,
      source: 'pocket',
    };
    const title = cleanTitle(stripTags(inner ?? ''));
    // Pocket writes the URL as the title when it had none: that is no title.
    if (title && title !== checked.url) item.title = title;
    const savedAt = readDate(attrs.get('time_added'), 'time_added');
    if (typeof savedAt === 'number') item.savedAt = savedAt;
    else if (savedAt) problems.push({ where: `line ${line}`, reason: savedAt.reason, kept: true });
    items.push(item);
  }
  if (!items.length && !problems.length) {
    throw new ImportError('no-items', 'This HTML file has no saved links in it (Pocket’s export lists them as links under “Unread” and “Read Archive”). Nothing was imported.');
  }
  return { format: 'pocket-html', items, problems };
}

/**
 * Highlights from Pocket's zip export (`annotations/part_000000.json`: `[{url, title,
 * highlights: [{quote, created_at}]}]`), attached to the items of the same page as Markdown
 * quotes, the form Omnivore's highlights have. Returns what could not be attached, and why.
 */
export function attachPocketHighlights(items: ImportItem[], files: Array<{ name: string; data: unknown }>): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (!files.length) return problems;
  const byKey = new Map(items.map((item) => [urlKey(item.url), item]));
  for (const { name, data } of files) {
    if (!Array.isArray(data)) {
      problems.push({ where: name, reason: 'not a list of highlights, so its highlights were not imported' });
      continue;
    }
    data.forEach((entry: unknown, index) => {
      const e = (entry && typeof entry === 'object' ? entry : {}) as { url?: unknown; highlights?: unknown };
      const item = typeof e.url === 'string' ? byKey.get(urlKey(e.url)) : undefined;
      const quotes = Array.isArray(e.highlights)
        ? e.highlights.flatMap((h: unknown) => (h && typeof h === 'object' && 'quote' in h && typeof h.quote === 'string' && h.quote.trim() ? [h.quote.trim()] : []))
        : [];
      if (!item) {
        if (quotes.length) problems.push({ where: `${name}, entry ${index + 1}`, reason: 'highlights of a page that is not in the export’s list' });
        return;
      }
      item.highlights = [...(item.highlights ?? []), ...quotes.map((q) => `> ${q.replace(/\r?\n/g, '\n> ')}`)];
    });
  }
  return problems;
}

/** Is this HTML Pocket's export? Its title, or its headings. */
export function looksLikePocketHtml(html: string): boolean {
  return /<title>\s*Pocket Export\s*<\/title>/i.test(html) || /<h1\b[^>]*>\s*(?:Unread|Read Archive)\s*<\/h1>/i.test(html);
}

function readAttributes(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const [, name, dq, sq, bare] of text.matchAll(ATTR)) {
    const key = name!.toLowerCase();
    if (!attrs.has(key)) attrs.set(key, decodeEntities(dq ?? sq ?? bare ?? ''));
  }
  return attrs;
}

function stripTags(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''));
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
