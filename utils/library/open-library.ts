import { browser } from 'wxt/browser';

/** Opening the library and its articles. `reader.html?id=ID` reads a saved article offline. */

export function savedReaderUrl(id: string): string {
  return browser.runtime.getURL(`/reader.html?id=${encodeURIComponent(id)}` as `/reader.html${string}`);
}

export function libraryUrl(): string {
  return browser.runtime.getURL('/library.html' as `/reader.html${string}`);
}

/** The library in a tab: the one already open if there is one. */
export async function openLibrary(): Promise<void> {
  const url = libraryUrl();
  const open = await openTabOf(url);
  if (open) {
    await browser.tabs.update(open.tabId, { active: true });
    if (open.windowId >= 0) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}

interface PageContext {
  tabId: number;
  windowId: number;
  documentUrl?: string;
}

/** The tab showing the extension page `url` (any query or hash), if one is open. Asked of
 * `runtime.getContexts` (Chrome 116+, Firefox 128+), which knows the extension's own pages;
 * `tabs.query` is the fallback, though without the "tabs" permission some Chromium builds
 * (150) give no `url` for them, and the url filter may be ignored. */
async function openTabOf(url: string): Promise<{ tabId: number; windowId: number } | null> {
  const runtime = browser.runtime as unknown as { getContexts?: (filter: object) => Promise<PageContext[]> };
  const same = (page: string | undefined) => page?.split(/[?#]/)[0] === url;
  const contexts = await runtime.getContexts?.({ contextTypes: ['TAB'] }).catch(() => null);
  const context = contexts?.find((c) => c.tabId >= 0 && same(c.documentUrl));
  if (context) return { tabId: context.tabId, windowId: context.windowId };
  const tab = (await browser.tabs.query({ url })).find((t) => same(t.url));
  return tab?.id !== undefined ? { tabId: tab.id, windowId: tab.windowId ?? -1 } : null;
}

/** `?id=` of a reader page: the saved article to show, or null for a tab's article. */
export function savedIdParam(search: string = location.search): string | null {
  return new URLSearchParams(search).get('id');
}
