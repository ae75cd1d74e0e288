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
  // Without the "tabs" permission the url filter may be ignored: check each tab's URL too.
  const open = (await browser.tabs.query({ url })).find((tab) => tab.url?.split(/[?#]/)[0] === url);
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}

/** `?id=` of a reader page: the saved article to show, or null for a tab's article. */
export function savedIdParam(search: string = location.search): string | null {
  return new URLSearchParams(search).get('id');
}
