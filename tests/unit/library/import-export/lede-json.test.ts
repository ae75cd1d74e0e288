import { describe, expect, it } from 'vitest';
import { parseImportFile, toSavedArticle } from '@/utils/library/import';
import type { SavedArticle } from '@/utils/library/types';
import { bytes, importError, importFixture } from './helpers';

const fixtureFile = JSON.parse(new TextDecoder().decode(importFixture('lede.json'))) as { articles: SavedArticle[] };

describe("Lede's own JSON export", () => {
  it('gives back every record as it was', () => {
    const parsed = parseImportFile('lede-library.json', importFixture('lede.json'));
    expect(parsed.format).toBe('lede-json');
    expect(parsed.problems).toEqual([]);
    expect(parsed.items.map((i) => i.record)).toEqual(fixtureFile.articles);
    expect(parsed.items.map((i) => toSavedArticle(i, 0))).toEqual(fixtureFile.articles);
    expect(parsed.items[1]).toMatchObject({ url: 'https://example.org/link-only', source: 'pocket', tags: [] });
  });

  it('reports a bad record with its number and reads the others', () => {
    const [good] = fixtureFile.articles;
    // A date that is no date is replaced by the import date and said (issue #16): the article is
    // kept. A record without a web address, or that is no record, is unreadable.
    const file = { format: 'lede-library', version: 1, exportedAt: '', articles: [good, { ...good, id: 'other', url: 'https://example.com/other', savedAt: 'yesterday' }, { ...good, url: 'ftp://x.example/' }, 7] };
    const before = Date.now();
    const parsed = parseImportFile('lede.json', bytes(JSON.stringify(file)));
    expect(parsed.items).toHaveLength(2);
    expect(parsed.items[1]!.record!.savedAt).toBeGreaterThanOrEqual(before);
    expect(parsed.problems).toEqual([
      { where: 'article 2', reason: 'savedAt "yesterday" is not a date, so the import date is used', kept: true },
      { where: 'article 3', reason: expect.stringMatching(/not a web page address/) },
      { where: 'article 4', reason: 'not an article record' },
    ]);
  });

  it('says what is wrong with a field that is an object no text can be made of, instead of throwing', () => {
    // Found by the property test: `String({ toString: "" })` throws a TypeError.
    const [good] = fixtureFile.articles;
    const file = { format: 'lede-library', version: 1, articles: [{ ...good, dir: { toString: '' } }, { ...good, id: 'b', url: 'https://example.com/b', source: { toString: '' } }] };
    const parsed = parseImportFile('lede.json', bytes(JSON.stringify(file)));
    expect(parsed.problems.map((p) => p.reason)).toEqual([expect.stringContaining('unknown text direction an object'), expect.stringContaining('unknown source an object')]);
    expect(JSON.stringify(parsed.problems)).not.toMatch(/TypeError|primitive/);
  });

  it('fills fields an older export may lack with null', () => {
    const { lang: _lang, leadImage: _leadImage, readAt: _readAt, dir: _dir, ...older } = fixtureFile.articles[0]!;
    const parsed = parseImportFile('lede.json', bytes(JSON.stringify({ format: 'lede-library', version: 1, articles: [older] })));
    expect(parsed.items[0]!.record).toMatchObject({ lang: null, leadImage: null, readAt: null, dir: null, title: older.title });
  });

  it('refuses invalid JSON, cut-off JSON, other JSON and a newer format version', () => {
    expect(importError(() => parseImportFile('lede.json', importFixture('invalid.json')), 'malformed').message).toMatch(/not valid JSON/);
    expect(importError(() => parseImportFile('lede.json', importFixture('lede-truncated.json')), 'truncated').message).toMatch(/cut off/);
    expect(importError(() => parseImportFile('bookmarks.json', importFixture('wrong-format.json')), 'unknown-format').message).toMatch(/not a Lede library export/);
    expect(importError(() => parseImportFile('lede.json', bytes('{"format":"lede-library","version":2,"articles":[]}')), 'unknown-format').message).toMatch(/newer Lede/);
    importError(() => parseImportFile('lede.json', bytes('{"format":"lede-library","version":1}')), 'malformed');
  });
});
