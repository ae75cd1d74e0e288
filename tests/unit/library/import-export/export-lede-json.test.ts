import { describe, expect, it } from 'vitest';
import { exportLedeJson } from '@/utils/library/export';
import { parseImportFile, planImport, toSavedArticle } from '@/utils/library/import';
import { bytes } from './helpers';
import { sampleArticles } from './articles';

describe('Lede JSON export', () => {
  it('round trips: export, then import, gives back the same records', () => {
    const articles = sampleArticles();
    const json = exportLedeJson(articles, Date.parse('2026-11-28T12:00:00Z'));
    const parsed = parseImportFile('lede-library.json', bytes(json));
    expect(parsed.problems).toEqual([]);
    expect(parsed.items.map((item) => toSavedArticle(item, Date.now()))).toStrictEqual(articles);
  });

  it('says what it is and when it was made', () => {
    const file = JSON.parse(exportLedeJson([], Date.parse('2026-11-28T12:00:00Z'))) as Record<string, unknown>;
    expect(file).toEqual({ format: 'lede-library', version: 1, exportedAt: '2026-11-28T12:00:00.000Z', articles: [] });
  });

  it('imports into a library that has them as already saved', () => {
    const articles = sampleArticles();
    const plan = planImport(parseImportFile('x.json', bytes(exportLedeJson(articles))), new Set(articles.map((a) => a.id)));
    expect([plan.new.length, plan.existing.length, plan.unreadable.length]).toEqual([0, 3, 0]);
  });
});
