import type { ImportItem, ImportProblem, ParsedImport } from '../types';
import { ImportError } from './errors';
import { checkUrl, cleanTags, cleanTitle, readDate } from './fields';
import { checkRecordCount, IMPORT_LIMITS, type ImportLimits } from './limits';

/**
 * Omnivore's export zip (the service closed in November 2024): `metadata_<from>_to_<to>.json`
 * arrays of `{id, slug, title, author, description, url, savedAt, publishedAt, labels, state,
 * readingProgress}`, the article HTML in `content/<slug>.html` (`contents/` in some exports)
 * and highlights in `highlights/<slug>.md`. Items without a content file are link-only.
 */

export interface OmnivoreFiles {
  /** File name (within the zip) → parsed JSON array of that metadata file. */
  metadata: Array<{ name: string; entries: unknown }>;
  /** slug → article HTML. */
  content: Map<string, string>;
  /** slug → highlights markdown. */
  highlights: Map<string, string>;
}

export function parseOmnivore(files: OmnivoreFiles, limits: Pick<ImportLimits, 'records'> = IMPORT_LIMITS): ParsedImport {
  const items: ImportItem[] = [];
  const problems: ImportProblem[] = [];
  let count = 0;
  for (const { name, entries } of files.metadata) {
    if (!Array.isArray(entries)) {
      throw new ImportError('malformed', `${name} in this Omnivore export is not a list of articles. Nothing was imported.`);
    }
    checkRecordCount((count += entries.length), limits);
    entries.forEach((entry: unknown, index) => {
      const where = `${name}, item ${index + 1}`;
      const read = readEntry(entry, files, (reason) => problems.push({ where, reason, kept: true }));
      if (typeof read === 'string') problems.push({ where, reason: read });
      else items.push(read);
    });
  }
  return { format: 'omnivore-zip', items, problems };
}

/** The item of one metadata entry, or why there is none; `note` hears what was left out of it. */
function readEntry(entry: unknown, files: OmnivoreFiles, note: (reason: string) => void): ImportItem | string {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return 'not an article record';
  const e = entry as Record<string, unknown>;
  const checked = checkUrl(typeof e.url === 'string' ? e.url : undefined);
  if ('reason' in checked) return checked.reason;
  const state = typeof e.state === 'string' ? e.state.toLowerCase() : '';
  if (state === 'deleted') return 'deleted in Omnivore, so not imported';

  const item: ImportItem = {
    url: checked.url,
    tags: cleanTags(readLabels(e.labels)),
    archived: state === 'archived',
    source: 'omnivore',
  };
  const title = cleanTitle(str(e.title));
  if (title) item.title = title;
  const description = str(e.description)?.trim();
  if (description) item.excerpt = description;
  const author = cleanTitle(str(e.author));
  if (author) item.byline = author;
  const siteName = cleanTitle(str(e.siteName));
  if (siteName) item.siteName = siteName;
  const published = str(e.publishedAt)?.trim();
  if (published) item.publishedTime = published;
  const savedAt = readDate(e.savedAt, 'savedAt');
  if (typeof savedAt === 'number') item.savedAt = savedAt;
  else if (savedAt) note(savedAt.reason);

  const progress = typeof e.readingProgress === 'number' && Number.isFinite(e.readingProgress) ? Math.min(100, Math.max(0, e.readingProgress)) : 0;
  if (progress > 0) item.progress = progress / 100;
  // Omnivore has no "read at" date: an article read to the end was last touched then.
  if (progress >= 100) {
    const updatedAt = readDate(e.updatedAt, 'updatedAt');
    item.readAt = typeof updatedAt === 'number' ? updatedAt : (item.savedAt ?? null);
  }

  const slug = str(e.slug);
  const html = slug ? files.content.get(slug.normalize('NFC')) : undefined;
  if (html?.trim()) item.html = html;
  const markdown = slug ? files.highlights.get(slug.normalize('NFC')) : undefined;
  const highlights = markdown ? splitHighlights(markdown) : [];
  if (highlights.length) item.highlights = highlights;
  return item;
}

/** Labels are names in Omnivore's export; `{name}` objects in some third-party exporters. */
function readLabels(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels.flatMap((label: unknown) => {
    if (typeof label === 'string') return [label];
    if (label && typeof label === 'object' && 'name' in label && typeof label.name === 'string') return [label.name];
    return [];
  });
}

/**
 * One string per highlight, verbatim: Omnivore writes each as a `> quote` block, its note (if
 * any) as the paragraphs after it, highlights separated by blank lines.
 */
export function splitHighlights(markdown: string): string[] {
  const highlights: string[] = [];
  for (const block of markdown.replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    const text = block.trimEnd();
    if (!text.trim()) continue;
    if (text.trimStart().startsWith('>') || !highlights.length) highlights.push(text);
    else highlights[highlights.length - 1] += `\n\n${text}`;
  }
  return highlights;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
