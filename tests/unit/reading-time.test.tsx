import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ArticleMeta } from '@/components/ArticleMeta';
import { formatReadingTime } from '@/components/format';
import type { Article } from '@/utils/article';
import { countWords, readingMinutes, readingTime } from '@/utils/extract/text';
import { LEAD_MINUTES, splitLeadPoints } from '@/utils/key-facts/lead';

const repeat = (text: string, times: number) => Array.from({ length: times }, () => text).join(' ');

describe('reading time counts characters where words are not spaced', () => {
  it('Chinese: 500 characters a minute, not one "word" per run between spaces', () => {
    const chinese = repeat('市政府周六在海滨开放了新的公共图书馆。', 100); // 1,800 characters (punctuation aside), 99 spaces
    expect(countWords(chinese)).toBe(1800);
    expect(readingMinutes(chinese)).toBe(4);
  });

  it('Japanese: kana and kanji alike', () => {
    const japanese = repeat('市は土曜日、海辺に新しい図書館を開いた。', 75); // 1,350 characters
    expect(readingMinutes(japanese)).toBe(3);
  });

  it('Korean: by syllables, though Korean puts spaces between words', () => {
    const korean = repeat('시는 토요일 해변에 새로운 공공 도서관을 열었다.', 100); // 19 syllables, 6 spaced words a sentence
    expect(readingMinutes(korean)).toBe(Math.round((19 * 100) / 500)); // 4, where 600 spaced words would say 3
  });

  it('Arabic and other right-to-left scripts: by words, like English', () => {
    const arabic = repeat('افتتحت بلدية المدينة صباح السبت المكتبة العامة الجديدة', 60); // 8 words × 60
    expect(countWords(arabic)).toBe(480);
    expect(readingMinutes(arabic)).toBe(2);
  });

  it('a short text still takes a minute', () => {
    expect(readingMinutes('Short.')).toBe(1);
  });
});

describe('the reading-time phrase', () => {
  it('is written by Intl in the UI language', () => {
    expect(formatReadingTime(5, 'en-US')).toBe('5 min read');
    expect(formatReadingTime(12, 'en-US')).toBe('12 min read');
  });

  it('stays one left-to-right phrase inside a right-to-left article ("min read 1" was the bug)', () => {
    const article = { url: 'https://example.com/a', title: 'عنوان', siteName: 'صحيفة', byline: null, publishedTime: null, lang: 'ar', dir: 'rtl', readingMinutes: 1 } as unknown as Article;
    const host = document.createElement('div');
    render(<ArticleMeta article={article} />, host);
    const phrase = host.querySelector('[data-testid=reading-time]')!;
    expect(phrase.tagName).toBe('BDI');
    expect(phrase.getAttribute('dir')).toBe('ltr');
    expect(phrase.getAttribute('lang')).toBe('en-US');
    expect(phrase.textContent).toBe('1 min read');
    expect(host.querySelector('header')!.getAttribute('dir')).toBe('rtl');
  });
});

describe('key points in the lead', () => {
  const paragraph = (i: number) => `Paragraph ${i} has twenty words of plain running text so that the reader takes a little while on each one here.`;
  const text = Array.from({ length: 20 }, (_, i) => paragraph(i)).join('\n\n');

  it('the points in the first LEAD_MINUTES of reading are the lead; later ones are listed', () => {
    const points = [paragraph(0), paragraph(4), paragraph(12), 'A sentence that is not in the text.'];
    const { lead, later } = splitLeadPoints(points, text);
    expect(readingTime(Array.from({ length: 6 }, (_, i) => paragraph(i)).join(' '))).toBeLessThan(LEAD_MINUTES);
    expect(lead).toEqual([paragraph(0), paragraph(4)]);
    expect(later).toEqual([paragraph(12), 'A sentence that is not in the text.']);
  });

  it('a Chinese lead is measured in characters', () => {
    const sentence = (i: number) => `第${i}段讲述了这个城市新图书馆开放的更多细节和居民的看法。`;
    const chinese = Array.from({ length: 30 }, (_, i) => sentence(i)).join('\n\n');
    const { lead, later } = splitLeadPoints([sentence(1), sentence(25)], chinese);
    expect(lead).toEqual([sentence(1)]);
    expect(later).toEqual([sentence(25)]);
  });
});

describe('dates', () => {
  it("a page's malformed language tag does not break the date", async () => {
    const { formatDate } = await import('@/components/format');
    expect(formatDate('2024-06-17T10:00:00Z', 'en_US')).toMatch(/2024/);
  });
});
