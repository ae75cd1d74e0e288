import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleView } from '@/components/ArticleView';
import { isSavedArticle, parseImportFile, planImport, toSavedArticle } from '@/utils/library/import';
import { articleOfRecord } from '@/utils/library/reading';
import type { SavedArticle } from '@/utils/library/types';
import { sampleArticles } from './articles';
import { bytes, importError } from './helpers';

const [full] = sampleArticles();

function ledeFile(articles: unknown[], version: unknown = 1): Uint8Array {
  return bytes(JSON.stringify({ format: 'lede-library', version, exportedAt: '2026-11-28T12:00:00.000Z', articles }));
}

/** What the file held: each record fine but for one field the reader trips on. */
function crafted(): Record<string, unknown>[] {
  const link = full!.relatedLinks?.[0] ?? { url: 'https://example.com/next', title: 'Next', kind: 'related', score: 1, why: ['Putin'] };
  return [
    { ...full, id: 'a', url: 'https://example.com/a', keyFacts: 'x' },
    { ...full, id: 'b', url: 'https://example.com/b', keyFacts: {} },
    { ...full, id: 'c', url: 'https://example.com/c', relatedLinks: [{ url: 'https://example.com/no-why', title: 'No why', kind: 'related', score: 1 }, link] },
    { ...full, id: 'd', url: 'https://example.com/d', relatedLinks: 'x' },
    { ...full, id: 'e', url: 'https://example.com/e', keyFacts: { ...full!.keyFacts, people: ['Putin'] }, lang: 'en_US', publishedTime: '2024-06-18' },
  ];
}

let host: HTMLElement | undefined;
function mountReader(record: SavedArticle): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(<ArticleView article={articleOfRecord(record)} />, host);
  return host;
}
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = undefined;
});

describe('Lede JSON checked against the format (issue #16)', () => {
  it('keeps each article of the issue’s file without the part the reader trips on, and says so', () => {
    const parsed = parseImportFile('lede.json', ledeFile(crafted()));
    expect(parsed.items.map((i) => i.url)).toEqual(['https://example.com/a', 'https://example.com/b', 'https://example.com/c', 'https://example.com/d', 'https://example.com/e']);
    const [a, b, c, d, e] = parsed.items.map((i) => i.record!);
    expect([a!.keyFacts, b!.keyFacts, d!.relatedLinks, e!.keyFacts, e!.lang]).toEqual([undefined, undefined, undefined, undefined, null]);
    expect(c!.relatedLinks!.map((l) => l.title)).not.toContain('No why');
    expect(c!.relatedLinks).toHaveLength(1);
    expect(parsed.problems).toEqual([
      { where: 'article 1', reason: 'its key facts are not in Lede’s format, so they were left out', kept: true },
      { where: 'article 2', reason: 'its key facts are not in Lede’s format, so they were left out', kept: true },
      { where: 'article 3', reason: 'some of its related links are not in Lede’s format, so they were left out', kept: true },
      { where: 'article 4', reason: 'its related links are not in Lede’s format, so they were left out', kept: true },
      { where: 'article 5', reason: 'lang "en_US" is not a language tag, so it was left out', kept: true },
      { where: 'article 5', reason: 'its key facts are not in Lede’s format, so they were left out', kept: true },
    ]);
    for (const item of parsed.items) expect(isSavedArticle(item.record)).toBe(true);
  });

  it('opens every imported article in the reader, where the records as written crash it', () => {
    const parsed = parseImportFile('lede.json', ledeFile(crafted()));
    for (const item of parsed.items) {
      const view = mountReader(toSavedArticle(item, Date.now()));
      expect(view.querySelector('h1')?.textContent).toBe(full!.title);
      render(null, host!);
    }
    // The test means something: the same records stored as they were do crash the view.
    expect(() => mountReader(crafted()[0] as unknown as SavedArticle)).toThrow(TypeError);
  });

  it('reports a record that is no article as unreadable', () => {
    const parsed = parseImportFile('lede.json', ledeFile([{ ...full, html: 5 }, { ...full, id: '' }, { ...full, title: undefined }, [], full]));
    expect(parsed.items).toHaveLength(1);
    expect(parsed.problems).toEqual([
      { where: 'article 1', reason: 'html is not text' },
      { where: 'article 2', reason: 'no id' },
      { where: 'article 3', reason: 'no title' },
      { where: 'article 4', reason: 'not an article record' },
    ]);
  });

  it('makes two records of one page under different ids one article', () => {
    const other = { ...full, id: 'http://dailyledger.example/old-id', url: `${full!.url}?utm_source=feed#top`, title: 'Same page, other id' };
    const parsed = parseImportFile('lede.json', ledeFile([full, other]));
    const plan = planImport(parsed, new Set());
    expect(plan.new.map((i) => i.record!.id)).toEqual([full!.id]);
    expect(plan.duplicates.map((i) => i.record!.title)).toEqual(['Same page, other id']);
  });

  it('refuses a version that is not a whole number Lede wrote, instead of reading it as version 1', () => {
    for (const version of ['1', 0, 1.5, -1, null, [1]]) {
      const error = importError(() => parseImportFile('lede.json', ledeFile([full], version)), 'unknown-format');
      expect(error.message, String(version)).toMatch(/not a Lede library export Lede knows/);
    }
    const unversioned = bytes(JSON.stringify({ format: 'lede-library', articles: [full] }));
    expect(importError(() => parseImportFile('lede.json', unversioned), 'unknown-format').message).toMatch(/version is missing/);
    expect(importError(() => parseImportFile('lede.json', ledeFile([full], 2)), 'unknown-format').message).toMatch(/newer Lede/);
    expect(parseImportFile('lede.json', ledeFile([full], 1)).items).toHaveLength(1);
  });
});
