import { browser } from 'wxt/browser';
import { notArticle, type ReadResult } from '../article';
import { readTab } from '../read-tab';
import { library } from './db';
import { queueSave, saveLink } from './store';

/**
 * The library's part of the service worker: the context menus, the keyboard shortcut and
 * reading a link's page. The worker has no DOM, so it never sanitizes: a page it reads is
 * queued whole in the library's inbox (store.ts queueSave), and the next extension page that
 * opens the library (the library page, the reader, the popup) sanitizes and saves it.
 */

export const MENU_SAVE_PAGE = 'lede-save-page';
export const MENU_SAVE_LINK = 'lede-save-link';
/** The manifest's `commands` entry (wxt.config.ts). */
export const COMMAND_SAVE = 'save-page';

/** A page that does not finish loading in this time is read as it is. */
const LOAD_TIMEOUT_MS = 20_000;

export function registerLibraryMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU_SAVE_PAGE, title: 'Save page to Lede', contexts: ['page'] });
      browser.contextMenus.create({ id: MENU_SAVE_LINK, title: 'Save link to Lede', contexts: ['link'] });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_SAVE_LINK && info.linkUrl) {
      // linkText: Chrome 125+ and Firefox give the link's text; the polyfill's types lag behind.
      const text = (info as { linkText?: string }).linkText ?? info.selectionText ?? '';
      void saveLink(library(), info.linkUrl, text).then(
        () => flash(tab?.id, '✓'),
        () => flash(tab?.id, '!'),
      );
    } else if (info.menuItemId === MENU_SAVE_PAGE && tab?.id !== undefined) {
      void savePage(tab.id);
    }
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== COMMAND_SAVE) return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await savePage(id);
    })();
  });
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
    flash(tabId, '✓', 'Saved to your Lede library');
  } catch (error) {
    flash(tabId, '!', (error as Error).message);
  }
  return result;
}

/** A short mark on the toolbar button: the only feedback a menu or a shortcut can give. */
function flash(tabId: number | undefined, text: string, title?: string): void {
  if (tabId === undefined) return;
  try {
    const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
    void action.setBadgeText({ tabId, text }).catch(() => undefined);
    if (title) void action.setTitle({ tabId, title: `Lede: ${title}` }).catch(() => undefined);
    setTimeout(() => {
      void action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
      void action.setTitle({ tabId, title: 'Lede: read this article' }).catch(() => undefined);
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
    if (tabId === undefined) return notArticle('error', 'Lede could not open the page.');
    await loaded(tabId);
    return await readTab(tabId);
  } catch (error) {
    return notArticle('error', `Lede could not read the page: ${(error as Error).message}`);
  } finally {
    if (tabId !== undefined) await browser.tabs.remove(tabId).catch(() => undefined);
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
