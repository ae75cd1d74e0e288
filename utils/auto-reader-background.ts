import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { autoReaderSites, shouldOpenReader } from './auto-reader';
import { hasSiteAccess } from './site-access';
import { handOff, linkReaderUrl } from './reader-handoff';
import { readTab } from './tab-extraction';
import { urlKey, webOrigin } from './url';

/**
 * The service worker's half of "Always open the reader on this site" (issue #10): when a tab of
 * a listed site finishes loading, the page is read (the site's permission lets the content script
 * run without a click) and, when it is an article, the tab goes to `reader.html?url=` with the
 * article handed over. A page that is not an article stays as it is.
 *
 * The loop guard: each tab remembers, in storage.session (the worker may sleep between two
 * loads), the pages it showed in the reader. Such a page is never turned into the reader again
 * in that tab, nor in a tab opened from it: Back from the reader, or "Read on the original page"
 * (a new tab), shows the page and the page stays.
 */

/** What became of a loaded page; e2e tests wait on it instead of on time. */
export type AutoReaderOutcome = 'skipped' | 'not-article' | 'opened';
export type AutoReaderObserver = (tabId: number, url: string, outcome: AutoReaderOutcome) => void;

/** Pages remembered per tab: enough for a long reading session, small in memory. */
const SHOWN_PER_TAB = 50;

const shownKey = (tabId: number) => `session:auto-reader-shown:${tabId}` as const;

async function shownIn(tabId: number | undefined): Promise<string[]> {
  if (tabId === undefined || tabId < 0) return [];
  return (await storage.getItem<string[]>(shownKey(tabId)).catch(() => null)) ?? [];
}

async function rememberShown(tabId: number, url: string): Promise<void> {
  const shown = await shownIn(tabId);
  await storage.setItem(shownKey(tabId), [...shown.filter((key) => key !== urlKey(url)), urlKey(url)].slice(-SHOWN_PER_TAB));
}

/** Tabs that are not the person's: the background tabs `readUrl` opens to read a link. */
export type IsOwnTab = (tabId: number) => boolean;

const busy = new Set<number>();

/** Decides about one loaded tab, and shows its article in the reader when it should. */
export async function onTabLoaded(tabId: number, change: { status?: string }, tab: Browser.tabs.Tab, ownTab: IsOwnTab): Promise<AutoReaderOutcome> {
  const url = tab.url;
  // Most loads end here, before any storage is read: not a web page, or not a listed site.
  if (change.status !== 'complete' || !url || !webOrigin(url) || ownTab(tabId) || busy.has(tabId)) return 'skipped';
  const sites = await autoReaderSites();
  if (!sites.includes(webOrigin(url)!)) return 'skipped';
  const [permitted, own, opener] = await Promise.all([hasSiteAccess(url), shownIn(tabId), shownIn(tab.openerTabId)]);
  if (!shouldOpenReader({ status: change.status, url, sites, permitted, shown: [...own, ...opener] })) return 'skipped';
  busy.add(tabId);
  try {
    const result = await readTab(tabId);
    if (!result.ok) return 'not-article';
    const now = await browser.tabs.get(tabId).catch(() => null);
    if (!now?.url || urlKey(now.url) !== urlKey(url)) return 'skipped'; // the person went elsewhere meanwhile
    await handOff(url, result.article);
    await rememberShown(tabId, url); // before leaving the page: whatever happens next, no loop
    await browser.tabs.update(tabId, { url: linkReaderUrl(url) });
    return 'opened';
  } finally {
    busy.delete(tabId);
  }
}

export function watchAutoReader(ownTab: IsOwnTab, observe?: AutoReaderObserver): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete') return;
    const url = tab.url;
    const done = (outcome: AutoReaderOutcome) => url && webOrigin(url) && observe?.(tabId, url, outcome);
    // A tab closed or navigated while it was read: nothing to show, and nothing to report.
    void onTabLoaded(tabId, change, tab, ownTab).then(done, () => done('skipped'));
  });
  browser.tabs.onRemoved.addListener((tabId) => void storage.removeItem(shownKey(tabId)).catch(() => undefined));
}
