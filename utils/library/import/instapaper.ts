import type { ImportItem, ImportProblem, ParsedImport } from '../types';
import { Columns, csvProblems, type CsvTable } from './csv';
import { checkUrl, cleanTags, cleanTitle, readDate } from './fields';

/** Instapaper's built-in folders; any other folder name becomes a tag. */
const UNREAD_FOLDER = 'unread';
const ARCHIVE_FOLDER = 'archive';
const STARRED_FOLDER = 'starred';

/**
 * Instapaper's CSV export: `URL,Title,Selection,Folder`, and the newer one that adds
 * `Timestamp` (epoch seconds) and `Tags` (a JSON array string such as `["a","b"]`). Folder
 * "Archive" is archived, "Starred" is a favourite, other folders become tags. Links only.
 */
export function parseInstapaperCsv(table: CsvTable): ParsedImport {
  const cols = new Columns(table.header);
  const items: ImportItem[] = [];
  const problems: ImportProblem[] = csvProblems(table);
  for (const row of table.rows) {
    const checked = checkUrl(cols.get(row, 'url'));
    if ('reason' in checked) {
      problems.push({ where: `line ${row.line}`, reason: checked.reason });
      continue;
    }
    const folder = (cols.get(row, 'folder') ?? '').trim();
    const folderKey = folder.toLowerCase();
    const isBuiltIn = folderKey === '' || folderKey === UNREAD_FOLDER || folderKey === ARCHIVE_FOLDER || folderKey === STARRED_FOLDER;
    const item: ImportItem = {
      url: checked.url,
      tags: cleanTags([...(isBuiltIn ? [] : [folder]), ...readTags(cols.get(row, 'tags'))]),
      archived: folderKey === ARCHIVE_FOLDER,
      favorite: folderKey === STARRED_FOLDER,
      source: 'instapaper',
    };
    const title = cleanTitle(cols.get(row, 'title'));
    if (title && title !== checked.url) item.title = title;
    const selection = (cols.get(row, 'selection') ?? '').trim();
    if (selection) item.excerpt = selection;
    const savedAt = readDate(cols.get(row, 'timestamp'), 'Timestamp');
    if (typeof savedAt === 'number') item.savedAt = savedAt;
    else if (savedAt) problems.push({ where: `line ${row.line}`, reason: savedAt.reason, kept: true });
    items.push(item);
  }
  return { format: 'instapaper-csv', items, problems };
}

/** `["a","b"]` as Instapaper writes it; a plain comma list from a hand-edited file also works. */
export function readTags(raw: string | undefined): string[] {
  const value = (raw ?? '').trim();
  if (!value) return [];
  if (value.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) {
        return parsed.flatMap((tag: unknown) =>
          typeof tag === 'string' ? [tag] : tag && typeof tag === 'object' && 'name' in tag && typeof tag.name === 'string' ? [tag.name] : [],
        );
      }
    } catch {
      // Not JSON after all: read it as a list below.
    }
  }
  return value.replace(/^\[|\]$/g, '').split(',').map((tag) => tag.trim().replace(/^["']|["']$/g, ''));
}
