import { storage } from 'wxt/utils/storage';
import type { ReadResult } from './article';

/**
 * What was read off each tab, kept in `storage.session` so the popup, the side panel and the
 * reader share one extraction, and dropped when the tab navigates or closes. Session storage is
 * in memory and cleared with the browser session: nothing about the user's browsing hits disk.
 */
const key = (tabId: number) => `session:tab-article:${tabId}` as const;

export interface CachedRead {
  /** The URL the result was read from: a result for another URL is stale. */
  url: string;
  result: ReadResult;
}

export function getCachedRead(tabId: number): Promise<CachedRead | null> {
  return storage.getItem<CachedRead>(key(tabId));
}

export function setCachedRead(tabId: number, value: CachedRead): Promise<void> {
  return storage.setItem(key(tabId), value);
}

export function dropCachedRead(tabId: number): Promise<void> {
  return storage.removeItem(key(tabId));
}
