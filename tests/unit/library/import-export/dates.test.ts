import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { articleToMarkdown, exportEpub, exportHtml, exportLedeJson, exportMarkdownZip } from '@/utils/library/export';
import { isSavedArticle, parseImportFile, toSavedArticle } from '@/utils/library/import';
import { readDate } from '@/utils/library/import/fields';
import type { SavedArticle } from '@/utils/library/types';
import { sampleArticles } from './articles';
import { bytes } from './helpers';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const OUT_OF_RANGE = /is not a date between 1990 and today, so the import date is used/;

describe('dates on the way in (issue #16)', () => {
  it('keeps a Pocket CSV row whose time_added is out of range, dated at the import, and says so', () => {
    const parsed = parseImportFile('pocket.csv', bytes('title,url,time_added\nHuge,https://a.example/1,99999999999999999999\nFine,https://a.example/2,1700000000\n'));
    expect(parsed.items.map((i) => [i.url, i.savedAt])).toEqual([
      ['https://a.example/1', undefined],
      ['https://a.example/2', 1_700_000_000_000],
    ]);
    expect(parsed.problems).toEqual([{ where: 'line 2', reason: expect.stringMatching(OUT_OF_RANGE), kept: true }]);
    expect(parsed.problems[0]!.reason).toContain('"99999999999999999999"');
    expect(toSavedArticle(parsed.items[0]!, NOW).savedAt).toBe(NOW);
  });

  it('does the same for Pocket HTML, Instapaper, Omnivore and zipped CSV', () => {
    const html = '<!DOCTYPE html><html><body><h1>Unread</h1><ul><li><a href="https://a.example/1" time_added="-5">A</a></li></ul></body></html>';
    expect(parseImportFile('ril_export.html', bytes(html)).problems).toEqual([{ where: 'line 1', reason: expect.stringMatching(OUT_OF_RANGE), kept: true }]);
    const instapaper = parseImportFile('instapaper.csv', bytes('URL,Title,Selection,Folder,Timestamp\nhttps://a.example/1,A,,Unread,1e300\n'));
    expect([instapaper.items.length, instapaper.problems[0]?.kept]).toEqual([1, true]);
    const omnivore = JSON.stringify([{ slug: 's', url: 'https://a.example/1', savedAt: '3000-01-01T00:00:00Z', readingProgress: 100, updatedAt: '1900-01-01' }]);
    const parsed = parseImportFile('metadata_0_to_1.json', bytes(omnivore));
    expect(parsed.items[0]).toMatchObject({ url: 'https://a.example/1', readAt: null });
    expect(parsed.items[0]!.savedAt).toBeUndefined();
    expect(parsed.problems).toEqual([{ where: 'metadata_0_to_1.json, item 1', reason: expect.stringMatching(OUT_OF_RANGE), kept: true }]);
    const zipped = parseImportFile('pocket.zip', zipSync({ 'part_000000.csv': strToU8('title,url,time_added\nA,https://a.example/1,99999999999999999999\n') }));
    expect(zipped.problems).toEqual([{ where: 'part_000000.csv, line 2', reason: expect.stringMatching(OUT_OF_RANGE), kept: true }]);
  });

  it('reads a date from 1990 to a day past now; absent and 0 are no date, not a problem', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(readDate('631152000', 'd', now)).toBe(Date.UTC(1990, 0, 1));
    expect(readDate(now + 23 * 3600_000, 'd', now)).toBe(now + 23 * 3600_000);
    expect(readDate(now + 25 * 3600_000, 'd', now)).toEqual({ reason: expect.stringMatching(/d \d+ is not a date/) });
    expect(readDate('1989-12-31', 'd', now)).toEqual({ reason: expect.any(String) });
    expect(readDate('yesterday', 'd', now)).toEqual({ reason: 'd "yesterday" is not a date between 1990 and today, so the import date is used' });
    for (const absent of [undefined, null, '', '  ', 0, '0']) expect(readDate(absent, 'd', now)).toBeUndefined();
  });

  it('keeps a Lede record whose savedAt is -1e300, dated at the import, and says so', () => {
    const [good] = sampleArticles();
    const before = Date.now();
    const parsed = parseImportFile('lede.json', bytes(JSON.stringify({ format: 'lede-library', version: 1, articles: [{ ...good, savedAt: -1e300, readAt: 1e20 }] })));
    const record = parsed.items[0]!.record!;
    expect(record.savedAt).toBeGreaterThanOrEqual(before);
    expect(record.readAt).toBeGreaterThanOrEqual(before);
    expect(record.title).toBe(good!.title);
    expect(parsed.problems).toEqual([
      { where: 'article 1', reason: 'savedAt -1e+300 is not a date between 1990 and today, so the import date is used', kept: true },
      { where: 'article 1', reason: 'readAt 100000000000000000000 is not a date between 1990 and today, so it is marked read at the import date', kept: true },
    ]);
    expect(isSavedArticle(record)).toBe(true);
  });
});

/** Records as a library imported before these checks may hold them. */
function badRecords(): SavedArticle[] {
  const [full, linkOnly] = sampleArticles();
  const bad = (record: SavedArticle, fields: Record<string, unknown>): SavedArticle => ({ ...record, ...fields }) as SavedArticle;
  return [
    bad(linkOnly!, { savedAt: 1e20 }),
    bad(full!, { id: 'x', url: 'https://x.example/', savedAt: -1e300, updatedAt: Number.NaN, readAt: 1e20 }),
    bad(full!, { id: 'y', url: 'https://y.example/', keyFacts: 'x', relatedLinks: 'x', title: 42, tags: 'x', lang: 'en_US', siteName: 7, highlights: [1, 'kept'] }),
  ];
}

describe('exports of bad records (issue #16)', () => {
  it('writes a library with bad dates and fields to every format, the bad parts left out', () => {
    const records = [...sampleArticles(), ...badRecords()];
    const files = unzipSync(exportMarkdownZip(records));
    expect(Object.keys(files)).toHaveLength(6);
    const huge = articleToMarkdown(records[3]!);
    expect(huge).not.toMatch(/^saved:/m);
    expect(huge).toContain('Saved as a link: <https://example.org/link-only>');
    expect(articleToMarkdown(records[0]!)).toMatch(/^saved: 2024-06-18T08:40:00.000Z$/m);
    expect(strFromU8(files[Object.keys(files)[5]!]!)).toContain('title: "https://y.example/"');

    const html = exportHtml(records, { now: NOW });
    expect(html.match(/<article /g)).toHaveLength(6);
    expect(html).not.toContain('saved  ');
    expect(html).not.toContain('Invalid');

    const epub = unzipSync(exportEpub(records, { now: NOW }));
    expect(Object.keys(epub).filter((n) => n.endsWith('.xhtml'))).toHaveLength(7);
    expect(strFromU8(epub['OEBPS/text/article-004.xhtml']!)).not.toContain('saved');
  });

  it('writes bad dates to Lede JSON as absent, and the import then dates them and says so', () => {
    const records = badRecords();
    const file = JSON.parse(exportLedeJson(records, NOW)) as { articles: Record<string, unknown>[] };
    expect('savedAt' in file.articles[0]!).toBe(false);
    expect(['savedAt', 'updatedAt', 'readAt'].filter((k) => k in file.articles[1]!)).toEqual([]);
    expect(file.articles[2]).not.toHaveProperty('keyFacts');
    expect(file.articles[2]).not.toHaveProperty('relatedLinks');
    expect(file.articles[2]).toMatchObject({ title: 'https://y.example/', tags: [], lang: null, siteName: null, highlights: ['kept'] });

    const parsed = parseImportFile('lede.json', bytes(JSON.stringify(file)));
    expect(parsed.items).toHaveLength(3);
    expect(parsed.items.every((i) => isSavedArticle(i.record))).toBe(true);
    expect(parsed.problems.map((p) => [p.where, p.reason])).toEqual([
      ['article 1', 'no savedAt, so the import date is used'],
      ['article 2', 'no savedAt, so the import date is used'],
      ['article 2', 'no updatedAt, so the import date is used'],
    ]);
  });

  it('writes a good library as it was', () => {
    const articles = sampleArticles();
    expect((JSON.parse(exportLedeJson(articles, NOW)) as { articles: unknown }).articles).toEqual(articles);
  });
});
