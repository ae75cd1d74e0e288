import { browser } from 'wxt/browser';

/** Opening Lede's views for a tab. Each view takes its source tab as `?tab=ID`. */

export function viewUrl(page: 'reader' | 'sidepanel', tabId: number): string {
  return browser.runtime.getURL(`/${page}.html?tab=${tabId}` as `/reader.html${string}`);
}

export async function openReader(tabId: number): Promise<void> {
  const source = await browser.tabs.get(tabId).catch(() => null);
  await browser.tabs.create({ url: viewUrl('reader', tabId), index: source ? source.index + 1 : undefined });
}

/**
 * Opens the side panel (Chrome) or the sidebar (Firefox) beside the tab. Both APIs demand a user
 * gesture, so this must be called straight from a click handler, before any other await.
 */
export async function openSidePanel(tabId: number): Promise<void> {
  const path = `sidepanel.html?tab=${tabId}` as const;
  if (typeof chrome !== 'undefined' && chrome.sidePanel) {
    void chrome.sidePanel.setOptions({ tabId, path, enabled: true });
    await chrome.sidePanel.open({ tabId });
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  if (sidebar) {
    const open = sidebar.open(); // first, while the gesture lasts
    await sidebar.setPanel({ tabId, panel: viewUrl('sidepanel', tabId) });
    await open;
  }
}

interface FirefoxSidebar {
  open(): Promise<void>;
  setPanel(details: { tabId?: number; panel: string }): Promise<void>;
}
