import { describe, expect, it } from 'vitest';
import { parseImportFile, splitHighlights } from '@/utils/library/import';
import { bytes, importError, importFixture } from './helpers';

describe('Omnivore export zip', () => {
  const parsed = parseImportFile('omnivore-export.zip', importFixture('omnivore.zip'));

  it('reads metadata, labels, state, dates and reading progress, in file order', () => {
    expect(parsed.format).toBe('omnivore-zip');
    expect(parsed.items.map((i) => i.url)).toEqual([
      'https://dailyledger.example/news/politics/putin-first-trip-north-korea-24-years/',
      'https://example.com/archived-and-read',
      'https://example.org/link-only',
    ]);
    const [putin, archived, linkOnly] = parsed.items;
    expect(putin).toMatchObject({
      title: 'Putin makes first trip to North Korea in 24 years',
      byline: 'Jane Reporter',
      excerpt: 'The Russian leader landed in Pyongyang on Tuesday.',
      publishedTime: '2024-06-18T06:00:00.000Z',
      savedAt: Date.parse('2024-06-18T09:30:00.000Z'),
      tags: ['politics', 'Asia'],
      archived: false,
      progress: 0.42,
      source: 'omnivore',
    });
    expect(putin!.readAt).toBeUndefined();
    expect(archived).toMatchObject({ archived: true, progress: 1, readAt: Date.parse('2024-01-05T00:00:00.000Z') });
    expect(linkOnly).toMatchObject({ tags: ['later'], savedAt: Date.parse('2023-11-30T12:00:00.000Z') });
  });

  it('takes the article HTML from content/<slug>.html; without it the item is link-only', () => {
    expect(parsed.items[0]!.html).toContain('<p>The Russian leader landed in Pyongyang');
    expect(parsed.items[1]!.html).toContain('a link');
    expect(parsed.items[2]!.html).toBeUndefined();
  });

  it('takes highlights from highlights/<slug>.md, one per quote with its note', () => {
    expect(parsed.items[0]!.highlights).toEqual([
      '> The Russian leader landed in Pyongyang on Tuesday [⤴️](https://omnivore.app/me/putin-first-trip-north-korea#1)\n\nMy note about it.',
      '> Kim Jong Un &amp; officials [⤴️](https://omnivore.app/me/putin-first-trip-north-korea#2)',
    ]);
    expect(parsed.items[1]!.highlights).toBeUndefined();
  });

  it('reports an entry without a URL and a deleted one, naming file and item', () => {
    expect(parsed.problems).toEqual([
      { where: 'metadata_2_to_5.json, item 2', reason: 'no URL' },
      { where: 'metadata_2_to_5.json, item 3', reason: 'deleted in Omnivore, so not imported' },
    ]);
  });

  it('reads exports that use contents/ instead of content/', () => {
    const other = parseImportFile('omnivore.zip', importFixture('omnivore-contents.zip'));
    expect(other.items).toEqual(parsed.items);
  });

  it('refuses a truncated zip with a clear message', () => {
    const error = importError(() => parseImportFile('omnivore.zip', importFixture('omnivore-truncated.zip')), 'truncated');
    expect(error.message).toMatch(/damaged or incomplete/);
  });

  it('refuses a .zip that is not a zip, and a zip with nothing to import', () => {
    importError(() => parseImportFile('omnivore.zip', bytes('hello')), 'malformed');
    importError(() => parseImportFile('empty.zip', new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)])), 'unknown-format');
  });

  it('reads a metadata_*.json on its own as links', () => {
    const json = JSON.stringify([{ slug: 's', url: 'https://example.com/s', title: 'S', state: 'ARCHIVED', labels: ['x'], savedAt: '2024-01-01T00:00:00Z' }]);
    const one = parseImportFile('metadata_0_to_1.json', bytes(json));
    expect(one.format).toBe('omnivore-zip');
    expect(one.items).toEqual([{ url: 'https://example.com/s', title: 'S', tags: ['x'], archived: true, savedAt: Date.parse('2024-01-01T00:00:00Z'), source: 'omnivore' }]);
  });

  it('splits highlights markdown into quotes with their notes', () => {
    expect(splitHighlights('> one\n> still one\n\nnote\n\n> two \r\n')).toEqual(['> one\n> still one\n\nnote', '> two']);
    expect(splitHighlights('\n\n')).toEqual([]);
  });
});

describe('Pocket zip of part_*.csv files', () => {
  it('reads every part and its highlights, naming the part of a bad row', () => {
    const parsed = parseImportFile('pocket.zip', importFixture('pocket-parts.zip'));
    expect(parsed.format).toBe('pocket-csv');
    expect(parsed.items.map((i) => [i.url, i.archived])).toEqual([
      ['https://example.com/one', false],
      ['https://example.com/two', true],
    ]);
    expect(parsed.items[0]!.highlights).toEqual(['> First quote', '> Two\n> lines']);
    expect(parsed.items[1]!.highlights).toBeUndefined();
    expect(parsed.problems).toEqual([
      { where: 'part_000001.csv, line 3', reason: 'not a web address: "nope"' },
      { where: 'part_000000.json, entry 2', reason: 'highlights of a page that is not in the export’s list' },
    ]);
  });
});
