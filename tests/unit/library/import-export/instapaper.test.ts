import { describe, expect, it } from 'vitest';
import { parseImportFile } from '@/utils/library/import';
import { readTags } from '@/utils/library/import/instapaper';
import { bytes, importFixture } from './helpers';

describe('Instapaper CSV export', () => {
  it('reads URL,Title,Selection,Folder: Archive is archived, Starred a favourite, other folders tags', () => {
    const parsed = parseImportFile('instapaper-export.csv', importFixture('instapaper.csv'));
    expect(parsed.format).toBe('instapaper-csv');
    expect(parsed.problems).toEqual([]);
    expect(parsed.items).toEqual([
      { url: 'https://example.com/unread', title: 'An unread one', tags: [], archived: false, favorite: false, source: 'instapaper' },
      { url: 'https://example.com/archived', title: 'An archived one, with a comma', excerpt: 'A quote from it', tags: [], archived: true, favorite: false, source: 'instapaper' },
      { url: 'https://example.com/starred', title: 'A starred one', tags: [], archived: false, favorite: true, source: 'instapaper' },
      { url: 'https://example.com/in-folder', title: 'In a folder', tags: ['Recipes'], archived: false, favorite: false, source: 'instapaper' },
    ]);
  });

  it('reads the newer export with Timestamp and JSON Tags', () => {
    const parsed = parseImportFile('instapaper-export.csv', importFixture('instapaper-new.csv'));
    expect(parsed.items.map((i) => [i.tags, i.savedAt, i.archived, i.favorite])).toEqual([
      [['politics', 'asia'], 1_718_700_000_000, false, false],
      [[], 1_700_000_000_000, true, false],
      [['fav'], 1_690_000_000_000, false, true],
      [['Recipes', 'food'], 1_680_000_000_000, false, false],
    ]);
  });

  it('reads columns by name in any order', () => {
    const parsed = parseImportFile('export.csv', bytes('Folder,Tags,Title,URL,Selection\nArchive,"[""x""]",T,https://example.com/t,\n'));
    expect(parsed.items).toEqual([{ url: 'https://example.com/t', title: 'T', tags: ['x'], archived: true, favorite: false, source: 'instapaper' }]);
  });

  it('reads tags written as JSON, as a plain list, or not at all', () => {
    expect(readTags('["a", "b c"]')).toEqual(['a', 'b c']);
    expect(readTags('[{"name":"a"}]')).toEqual(['a']);
    expect(readTags('a, b')).toEqual(['a', 'b']);
    expect(readTags('[a, b]')).toEqual(['a', 'b']);
    expect(readTags('')).toEqual([]);
  });

  it('reports a row without a URL and keeps the others', () => {
    const parsed = parseImportFile('instapaper.csv', bytes('URL,Title,Selection,Folder\n,No link,,Unread\nhttps://example.com/ok,OK,,Unread\n'));
    expect(parsed.problems).toEqual([{ where: 'line 2', reason: 'no URL' }]);
    expect(parsed.items).toHaveLength(1);
  });
});
