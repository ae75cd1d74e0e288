import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Article } from './article';

/**
 * `reader.html?url=URL` (issue #10): the reader for a page that is not in a tab Lede may read,
 * opened from a link's context menu, or by "Always open the reader on this site" in the tab that
 * showed the page. In that second case the service worker has just read the page, so it hands
 * the article over in `storage.session` (in memory, extension pages only) and the reader does not
 * read the page a second time.
 */

export function linkReaderUrl(url: string): string {
  return browser.runtime.getURL(`/reader.html?url=${encodeURIComponent(url)}` as `/reader.html${string}`);
}

/** `?url=` of a reader page, or null when it reads a tab or a saved article. */
export function linkUrlParam(search: string = location.search): string | null {
  return new URLSearchParams(search).get('url');
}

const handOffKey = (url: string) => `session:reader-handoff:${encodeURIComponent(url)}` as const;

interface HandOff {
  article: Article;
  at: number;
}

/** An article handed over older than this is stale: the reader reads the page again. */
const HAND_OFF_TTL_MS = 60_000;

export function handOff(url: string, article: Article): Promise<void> {
  return storage.setItem<HandOff>(handOffKey(url), { article, at: Date.now() });
}

/** The article handed over for `url`, once: it is removed as it is taken. */
export async function takeHandOff(url: string, now = Date.now()): Promise<Article | null> {
  const key = handOffKey(url);
  const value = await storage.getItem<HandOff>(key).catch(() => null);
  if (!value) return null;
  await storage.removeItem(key).catch(() => undefined);
  const fresh = now - value.at < HAND_OFF_TTL_MS && value.article && typeof value.article.html === 'string';
  return fresh ? value.article : null;
}
