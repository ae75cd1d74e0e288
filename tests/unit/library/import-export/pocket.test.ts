import { describe, expect, it } from 'vitest';
import { parseImportFile } from '@/utils/library/import';
import { generatePocketCsv } from '../../../fixtures/import/generate';
import { bytes, importError, importFixture } from './helpers';

const PUTIN = 'https://dailyledger.example/news/politics/putin-first-trip-north-korea-24-years/';

describe('Pocket HTML export', () => {
  const parsed = parseImportFile('ril_export.html', importFixture('pocket.html'));

  it('reads every link with its date, tags and list (Unread / Read Archive)', () => {
    expect(parsed.format).toBe('pocket-html');
    expect(parsed.items[0]).toEqual({
      url: PUTIN,
      title: 'Putin makes first trip to North Korea in 24 years',
      tags: ['politics', 'asia'],
      savedAt: 1_718_700_000_000,
      archived: false,
      source: 'pocket',
    });
    expect(parsed.items.map((i) => i.archived)).toEqual([false, false, false, true]);
    expect(parsed.items[3]).toMatchObject({ url: 'https://news.example/read-one', tags: ['longread'], savedAt: 1_600_000_000_000 });
  });

  it('decodes character references in URLs and titles', () => {
    expect(parsed.items[1]).toMatchObject({ url: 'https://example.com/a?x=1&y=2', title: 'Fish & chips "explained" — a guide' });
  });

  it('takes a title that is just the URL as no title', () => {
    expect(parsed.items[2]!.title).toBeUndefined();
  });

  it('reports a link that is not a web page with its line, and reads the rest', () => {
    expect(parsed.problems).toEqual([{ where: 'line 14', reason: expect.stringMatching(/javascript:/) }]);
  });

  it('refuses a cut-off export and a page with no links', () => {
    expect(importError(() => parseImportFile('ril_export.html', importFixture('pocket-truncated.html')), 'truncated').message).toMatch(/cut off/);
    expect(importError(() => parseImportFile('ril_export.html', importFixture('no-links.html')), 'no-items').message).toMatch(/no saved links/);
  });

  it('refuses an HTML page that is not an export when the name does not say HTML', () => {
    importError(() => parseImportFile('notes.txt', bytes('<p>hello</p>')), 'unknown-format');
  });
});

describe('Pocket CSV export', () => {
  it('reads title, url, time_added, tags (|) and status, with quoted multi-line titles', () => {
    const parsed = parseImportFile('part_000000.csv', importFixture('pocket.csv'));
    expect(parsed.format).toBe('pocket-csv');
    expect(parsed.problems).toEqual([]);
    expect(parsed.items).toEqual([
      { url: PUTIN, title: 'Putin makes first trip to North Korea in 24 years', tags: ['politics', 'asia'], savedAt: 1_718_700_000_000, archived: false, source: 'pocket' },
      { url: 'https://example.com/quoted', title: 'Commas, "quotes" and a newline', tags: [], savedAt: 1_700_000_000_000, archived: true, source: 'pocket' },
      { url: 'https://example.org/plain', title: 'No tags here', tags: [], savedAt: 1_690_000_000_000, archived: false, source: 'pocket' },
    ]);
  });

  it('reads the older export without the cursor column', () => {
    const parsed = parseImportFile('pocket.csv', importFixture('pocket-no-cursor.csv'));
    expect(parsed.items.map((i) => [i.url, i.tags, i.archived])).toEqual([
      ['https://example.com/one', ['news', 'long read'], false],
      ['https://example.com/two', [], true],
    ]);
  });

  it('reads columns by name: shuffled columns, BOM and CRLF give the same items', () => {
    const parsed = parseImportFile('pocket.csv', importFixture('pocket-shuffled.csv'));
    expect(parsed.items).toEqual([
      { url: 'https://example.com/shuffled', title: 'Shuffled columns', tags: ['a', 'b'], savedAt: 1_718_700_000_000, archived: true, source: 'pocket' },
      { url: 'https://example.com/other', title: 'Other one', tags: [], savedAt: 1_700_000_000_000, archived: false, source: 'pocket' },
    ]);
  });

  it('reports one bad row by line and reason, and imports the others', () => {
    const parsed = parseImportFile('pocket.csv', importFixture('pocket-bad-row.csv'));
    expect(parsed.items.map((i) => i.url)).toEqual(['https://example.com/good', 'https://example.com/good-2']);
    expect(parsed.problems).toEqual([{ where: 'line 3', reason: 'not a web address: "not a url"' }]);
  });

  it('refuses a CSV with no URL column, naming the columns it has', () => {
    const error = importError(() => parseImportFile('pocket.csv', importFixture('no-url-column.csv')), 'no-url-column');
    expect(error.message).toMatch(/no URL column/);
    expect(error.message).toMatch(/“title”/);
  });

  it('refuses a CSV cut off inside a quoted title', () => {
    importError(() => parseImportFile('pocket.csv', importFixture('truncated.csv')), 'truncated');
  });

  it('refuses an empty file', () => {
    importError(() => parseImportFile('pocket.csv', new Uint8Array()), 'empty');
  });

  it('parses a 10,000-row export, every row', () => {
    const parsed = parseImportFile('pocket.csv', bytes(generatePocketCsv(10_000)));
    expect(parsed.problems).toEqual([]);
    expect(parsed.items).toHaveLength(10_000);
    expect(parsed.items[9_999]!.url).toBe('https://news.example/9999/story-9999');
    expect(parsed.items[7]!.title).toMatch(/, with a "quote"$/);
    expect(parsed.items[11]!.title).toMatch(/second line$/);
    expect(parsed.items.filter((i) => i.archived)).toHaveLength(3_334);
    expect(new Set(parsed.items.map((i) => i.url)).size).toBe(10_000);
  });

  it('reads a generated export without the cursor column the same way', () => {
    const a = parseImportFile('a.csv', bytes(generatePocketCsv(50)));
    const b = parseImportFile('b.csv', bytes(generatePocketCsv(50, { cursor: false })));
    expect(b.items).toEqual(a.items);
  });

  it('reads a file re-saved as Windows-1252', () => {
    const latin = new Uint8Array([...bytes('title,url\nCaf'), 0xe9, ...bytes(',https://example.com/cafe\n')]);
    expect(parseImportFile('pocket.csv', latin).items[0]!.title).toBe('Café');
  });
});
