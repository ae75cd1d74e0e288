import { describe, expect, it } from 'vitest';
import { htmlToText, importItemId, parseImportFile, planImport, toSavedArticle } from '@/utils/library/import';
import { stripToText } from '@/utils/library/import/html-text';
import type { ImportItem, ParsedImport } from '@/utils/library/types';
import { urlKey } from '@/utils/url';
import { importFixture } from './helpers';

const NOW = Date.parse('2026-11-28T12:00:00Z');

describe('planImport', () => {
  it('sorts items into new, already saved, unreadable and repeated within the file', () => {
    const parsed: ParsedImport = {
      format: 'pocket-csv',
      items: [
        { url: 'https://example.com/new', tags: [], source: 'pocket' },
        { url: 'https://www.example.com/saved/?utm_source=x', tags: [], source: 'pocket' },
        { url: 'http://example.com/new#frag', tags: ['again'], source: 'pocket' },
        { url: 'mailto:someone@example.com', tags: [], source: 'pocket' },
      ],
      problems: [{ where: 'line 9', reason: 'no URL' }],
    };
    const plan = planImport(parsed, new Set([urlKey('https://example.com/saved')]));
    expect(plan.new.map((i) => i.url)).toEqual(['https://example.com/new']);
    expect(plan.existing.map((i) => i.url)).toEqual(['https://www.example.com/saved/?utm_source=x']);
    expect(plan.duplicates.map((i) => i.tags)).toEqual([['again']]);
    expect(plan.unreadable).toEqual([{ where: 'line 9', reason: 'no URL' }, { where: 'item 4', reason: expect.stringMatching(/mailto:/) }]);
  });

  it('counts an item the file repeats once, already saved or not: the repeat is a repeat', () => {
    const parsed: ParsedImport = {
      format: 'pocket-csv',
      items: [
        { url: 'https://example.com/saved', tags: [], source: 'pocket' },
        { url: 'https://example.com/fresh', tags: [], source: 'pocket' },
        { url: 'https://www.example.com/saved?utm_source=feed', tags: ['again'], source: 'pocket' },
        { url: 'https://example.com/fresh#comments', tags: ['again'], source: 'pocket' },
      ],
      problems: [],
    };
    const plan = planImport(parsed, new Set([urlKey('https://example.com/saved')]));
    expect(plan.existing.map((i) => i.url)).toEqual(['https://example.com/saved']);
    expect(plan.new.map((i) => i.url)).toEqual(['https://example.com/fresh']);
    expect(plan.duplicates.map((i) => i.url)).toEqual(['https://www.example.com/saved?utm_source=feed', 'https://example.com/fresh#comments']);
  });

  it('counts a saved Lede record the file holds twice, under its id and under its page, once', () => {
    const parsed = parseImportFile('lede.json', importFixture('lede.json'));
    const item = parsed.items[1]!;
    const twin = { ...item, record: { ...item.record!, id: 'https://other.example/id' } };
    const plan = planImport({ ...parsed, items: [item, twin] }, new Set([item.record!.id]));
    expect([plan.new.length, plan.existing.length, plan.duplicates.length]).toEqual([0, 1, 1]);
    expect(plan.duplicates[0]!.record!.id).toBe('https://other.example/id');
  });

  it('keys a Lede record by its own id', () => {
    const parsed = parseImportFile('lede.json', importFixture('lede.json'));
    const ids = parsed.items.map(importItemId);
    expect(ids).toEqual(parsed.items.map((i) => i.record!.id));
    const plan = planImport(parsed, new Set([ids[0]!]));
    expect([plan.new.length, plan.existing.length]).toEqual([1, 1]);
  });

  it('a Lede record whose page the library holds under the page key is already saved', () => {
    const parsed = parseImportFile('lede.json', importFixture('lede.json'));
    const item = parsed.items[1]!;
    const plan = planImport({ ...parsed, items: [{ ...item, record: { ...item.record!, id: 'https://other.example/id' } }] }, new Set([urlKey(item.url)]));
    expect([plan.new.length, plan.existing.length]).toEqual([0, 1]);
  });
});

describe('toSavedArticle', () => {
  it('makes a link-only record that keeps the saved date, tags and states', () => {
    const item: ImportItem = { url: 'https://www.example.com/a/b', tags: ['x'], savedAt: 1_600_000_000_000, archived: true, favorite: true, source: 'instapaper' };
    expect(toSavedArticle(item, NOW)).toEqual({
      id: urlKey(item.url),
      url: 'https://www.example.com/a/b',
      title: 'example.com/a/b',
      siteName: 'example.com',
      byline: null,
      publishedTime: null,
      lang: null,
      dir: null,
      excerpt: null,
      leadImage: null,
      html: null,
      text: null,
      wordCount: 0,
      readingMinutes: 0,
      tags: ['x'],
      savedAt: 1_600_000_000_000,
      updatedAt: NOW,
      archived: true,
      favorite: true,
      readAt: null,
      progress: 0,
      source: 'instapaper',
    });
  });

  it('computes text, word count, reading time and an excerpt from imported HTML', () => {
    const omnivore = parseImportFile('omnivore.zip', importFixture('omnivore.zip'));
    const record = toSavedArticle(omnivore.items[0]!, NOW);
    expect(record.text).toBe(
      'Arrival\n\nThe Russian leader landed in Pyongyang on Tuesday, his first visit in 24 years.\n\nHe was met at the airport by Kim Jong Un & officials.\n\nTalks on Wednesday\n\nA treaty is expected',
    );
    expect(record.wordCount).toBe(33);
    expect(record.readingMinutes).toBe(1);
    expect(record).toMatchObject({ excerpt: 'The Russian leader landed in Pyongyang on Tuesday.', progress: 0.42, savedAt: Date.parse('2024-06-18T09:30:00.000Z'), siteName: 'dailyledger.example' });
    expect(record.highlights).toHaveLength(2);
    const archived = toSavedArticle(omnivore.items[1]!, NOW);
    expect(archived.excerpt).toBe('Short archived body with a link.');
    expect(archived).toMatchObject({ archived: true, readAt: Date.parse('2024-01-05T00:00:00.000Z'), progress: 1 });
  });

  it('uses today for an item without a date', () => {
    expect(toSavedArticle({ url: 'https://example.com/', tags: [], source: 'pocket' }, NOW).savedAt).toBe(NOW);
  });
});

describe('text from HTML without a DOM', () => {
  it('gives the same blocks as the DOM path', () => {
    const html = '<div><h2>Title</h2><p>One &amp; two<br>three</p><script>x()</script><ul><li>a</li><li>b</li></ul><table><tr><td>c</td><td>d</td></tr></table></div>';
    expect(stripToText(html)).toBe(htmlToText(html));
    expect(stripToText(html)).toBe('Title\n\nOne & two\nthree\n\na\n\nb\n\nc d');
  });
});
