import type { Article } from '@/utils/article';
import { LibraryDb } from '@/utils/library/db';

let counter = 0;

/** A fresh database of its own for each test (fake-indexeddb, in memory). */
export function freshDb(): LibraryDb {
  counter += 1;
  return new LibraryDb(`test-library-${counter}-${Math.random().toString(36).slice(2)}`);
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example/world/story-1?utm_source=feed',
    canonicalUrl: null,
    title: 'Putin visits Pyongyang',
    byline: 'A. Writer',
    siteName: 'News Example',
    publishedTime: '2024-06-18T10:00:00Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'The Russian president lands in the North Korean capital.',
    leadImage: null,
    html: '<p>The Russian president landed in Pyongyang on Tuesday.</p><script>alert(1)</script><p onclick="x()">Kim met him.</p>',
    text: 'The Russian president landed in Pyongyang on Tuesday.\n\nKim met him.',
    wordCount: 12,
    readingMinutes: 1,
    ...overrides,
  };
}

/** What the extension pages use, minus DOMPurify's details: enough to see it was applied. */
export const stripScripts = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/ on\w+="[^"]*"/g, '');
