import { browser } from 'wxt/browser';
import { notArticle, type ReadResult } from '../article';
import { t } from '../i18n';
import { readTab } from '../tab-extraction';
import { library } from './db';
import { queueSave, saveLink } from './store';

/**
 * The library's part of the service worker: saving from a context menu or the keyboard shortcut
 * (their registration is utils/background-menus.ts) and reading a link's page. The worker has no
 * DOM, so it never sanitizes: a page it reads is queued whole in the library's inbox (store.ts
 * queueSave), and the next extension page that opens the library (the library page, the reader,
 * the popup) sanitizes and saves it.
 */

/** A page that does not finish loading in this time is read as it is. */
const LOAD_TIMEOUT_MS = 20_000;

/** The background tabs readUrl has open: pages read for Lede, not shown to the person. */
const readingTabs = new Set<number>();

export function isReadingTab(tabId: number): boolean {
  return readingTabs.has(tabId);
}

/** "Save link to Lede": the link and its text, stored at once; the article comes when opened.
 * A link that is not a web page is refused (issue #16), and the toolbar button says why. */
export async function saveLinkFromMenu(url: string, text: string, tabId: number | undefined): Promise<void> {
  try {
    await saveLink(library(), url, text);
    flash(tabId, '✓');
  } catch (error) {
    flash(tabId, '!', (error as Error).message);
  }
}

/** Reads the tab and queues its article for saving; the badge says how it went. */
export async function savePage(tabId: number): Promise<ReadResult> {
  const result = await readTab(tabId);
  if (!result.ok) {
    flash(tabId, '!', result.message);
    return result;
  }
  try {
    await queueSave(library(), result.article);
    flash(tabId, '✓', t('badgeSaved'));
  } catch (error) {
    flash(tabId, '!', (error as Error).message);
  }
  return result;
}

/** A short mark on the toolbar button: the only feedback a menu or a shortcut can give. */
export function flash(tabId: number | undefined, text: string, title?: string): void {
  if (tabId === undefined) return;
  try {
    const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
    void action.setBadgeText({ tabId, text }).catch(() => undefined);
    if (title) void action.setTitle({ tabId, title: `Lede: ${title}` }).catch(() => undefined);
    setTimeout(() => {
      void action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
      void action.setTitle({ tabId, title: t('actionTitle') }).catch(() => undefined);
    }, 4000);
  } catch {
    // No toolbar button to mark (a test's fake browser): the save itself is what counts.
  }
}

/**
 * The article at `url`, read from its page in a background tab that is closed afterwards: how a
 * link saved without its content gets it, the first time it is opened. Needs access to the page:
 * without a host permission, the answer says so and the reader offers the original page.
 */
export async function readUrl(url: string): Promise<ReadResult> {
  let tabId: number | undefined;
  try {
    const tab = await browser.tabs.create({ url, active: false });
    tabId = tab.id;
    if (tabId === undefined) return notArticle('error', t('pageNotOpened'));
    readingTabs.add(tabId);
    await loaded(tabId);
    return await readTab(tabId);
  } catch (error) {
    return notArticle('error', t('readFailed', (error as Error).message));
  } finally {
    if (tabId !== undefined) {
      readingTabs.delete(tabId);
      await browser.tabs.remove(tabId).catch(() => undefined);
    }
  }
}

function loaded(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      browser.tabs.onUpdated.removeListener(listener);
      clearTimeout(timer);
      resolve();
    };
    const listener = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') done();
    };
    const timer = setTimeout(done, LOAD_TIMEOUT_MS);
    browser.tabs.onUpdated.addListener(listener);
    void browser.tabs.get(tabId).then((tab) => {
      if (tab.status === 'complete') done();
    });
  });
}
