import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '@/utils/article';
import { extractArticle } from '@/utils/extract';
import { extractKeyFacts } from '@/utils/key-facts';
import type { KeyFacts } from '@/utils/key-facts/types';
import { fixtureDocument, SEED_URL } from '../fixtures';

let article: Article;
let facts: KeyFacts;

beforeAll(() => {
  const result = extractArticle(fixtureDocument('news-page.html', SEED_URL), SEED_URL);
  if (!result.ok) throw new Error(`the seed page is no article: ${result.message}`);
  article = result.article;
  facts = extractKeyFacts({ text: article.text, title: article.title, lang: article.lang });
});

const names = () => facts.people.map((p) => p.name);

describe('key facts of the seed page (issue #3)', () => {
  it('has three key points, sentences as they stand in the text, in article order', () => {
    expect(facts.keyPoints).toHaveLength(3);
    const positions = facts.keyPoints.map((p) => article.text.indexOf(p));
    for (const at of positions) expect(at).toBeGreaterThanOrEqual(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('the key points say Putin makes his first visit to Pyongyang in 24 years and meets Kim Jong Un on Tuesday', () => {
    const joined = facts.keyPoints.join(' ');
    expect(joined).toMatch(/Putin/);
    expect(joined).toMatch(/first visit to Pyongyang in 24 years/);
    expect(joined).toMatch(/meet North Korean leader Kim Jong Un[^.]*on Tuesday/);
  });

  it('has up to five points for the panel, every key point among them, in article order', () => {
    const more = facts.morePoints ?? [];
    expect(more.length).toBeGreaterThanOrEqual(3);
    expect(more.length).toBeLessThanOrEqual(5);
    for (const point of facts.keyPoints) expect(more).toContain(point);
    const positions = more.map((p) => article.text.indexOf(p));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('lists the people, each once, with full names', () => {
    for (const name of [
      'Vladimir Putin',
      'Kim Jong Un',
      'Andrei Belousov',
      'Sergei Lavrov',
      'Alexander Novak',
      'John Kirby',
      'John Nilsson-Wright',
      'Kim Jong Il',
      'Xi Jinping',
    ]) {
      expect(names()).toContain(name);
    }
    expect(new Set(names()).size).toBe(names().length);
  });

  it('resolves "Putin" and "Kim" to the full names and keeps Kim Jong Il apart', () => {
    expect(names()).not.toContain('Putin');
    expect(names()).not.toContain('Kim');
    expect(names()).not.toContain('President Putin');
    expect(names().slice(0, 2)).toEqual(['Vladimir Putin', 'Kim Jong Un']); // most mentioned first
  });

  it('puts no non-person among the people', () => {
    for (const wrong of ['Kim Il Sung Square', 'Rodong Sinmun', 'North Korea', 'Kremlin', 'White House', 'Pyongyang']) {
      expect(names()).not.toContain(wrong);
    }
    expect(names().filter((n) => /Square|Sinmun|Korea|Council|University/.test(n))).toEqual([]);
  });

  it('gives people the roles the article gives them', () => {
    const role = (name: string) => facts.people.find((p) => p.name === name)?.role ?? '';
    expect(role('Vladimir Putin')).toMatch(/President/);
    expect(role('Kim Jong Un')).toMatch(/leader/);
    expect(role('Andrei Belousov')).toMatch(/defense minister/i);
    expect(role('Sergei Lavrov')).toBe('Foreign Minister');
    expect(role('Alexander Novak')).toBe('Deputy Prime Minister');
    expect(role('John Kirby')).toMatch(/spokesman/);
    expect(role('Xi Jinping')).toMatch(/leader/);
  });

  it('lists the places', () => {
    for (const place of ['North Korea', 'Russia', 'Pyongyang', 'Ukraine', 'Vietnam', 'Moscow', 'Seoul', 'Washington']) {
      expect(facts.places).toContain(place);
    }
    expect(new Set(facts.places).size).toBe(facts.places.length);
  });

  it('lists the organisations', () => {
    for (const org of ['Kremlin', 'White House', 'National Security Council', 'Cambridge University']) {
      expect(facts.organizations).toContain(org);
    }
  });

  it('lists the quotes with their speakers', () => {
    const quote = (text: string) => facts.quotes.find((q) => q.text.includes(text));
    expect(quote('unbreakable relationship of comrades-in-arms')?.speaker).toBe('Kim Jong Un');
    expect(quote('friendly state visit')?.speaker).toBe('Kremlin');
    expect(quote('US pressure, blackmail, and military threats')?.speaker).toBe('Vladimir Putin');
  });

  it('lists the dates and numbers', () => {
    for (const date of ['Tuesday', 'September', '2000', '2019']) expect(facts.dates).toContain(date);
    expect(facts.numbers).toContain('24 years');
    expect(facts.dates).not.toContain('24');
  });

  it('says the entity lists apply', () => {
    expect(facts.entitiesSupported).toBe(true);
  });
});
