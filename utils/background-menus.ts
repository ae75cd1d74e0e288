import { browser, type Browser } from 'wxt/browser';
import { t, type MessageKey } from './i18n';
import { flash, saveLinkFromMenu, savePage } from './library/background';
import { linkReaderUrl } from './reader-handoff';
import { isWebUrl } from './url';
import { openReader, openSidePanel } from './open-views';

/**
 * Every context menu and keyboard shortcut of Lede, in one table each (issue #10): what the
 * browser shows, and what a click or a key press does. The browser's events are dispatched
 * through the tables only, so a new menu is one row here.
 *
 * A menu click or a shortcut grants `activeTab` for its tab, which is what lets the reader read
 * the page; it is also the user gesture `sidePanel.open()` (Chrome 116+) and
 * `sidebarAction.open()` demand, so a handler that opens the panel calls it before any await.
 */

type Tab = Browser.tabs.Tab | undefined;
export type MenuClick = Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'linkUrl' | 'selectionText'> & { linkText?: string };

export const MENU_OPEN_READER = 'lede-open-reader';
export const MENU_SAVE_PAGE = 'lede-save-page';
export const MENU_OPEN_LINK_READER = 'lede-open-link-reader';
export const MENU_SAVE_LINK = 'lede-save-link';

/** The manifest's `commands` (wxt.config.ts). */
export const COMMAND_SAVE = 'save-page';
export const COMMAND_OPEN_READER = 'open-reader';
export const COMMAND_OPEN_SIDE_PANEL = 'open-side-panel';

/** A link that is not a web page (mailto:, javascript:) gets neither "Open link in Lede reader"
 * nor "Save link to Lede"; the handlers refuse one all the same (issue #16). */
const WEB_PAGES = ['http://*/*', 'https://*/*'];

interface Menu {
  title: MessageKey;
  contexts: ['page'] | ['link'];
  targetUrlPatterns?: string[];
  run: (info: MenuClick, tab: Tab) => unknown;
}

/** In the order the browser lists them. */
const MENUS: Readonly<Record<string, Menu>> = {
  [MENU_OPEN_READER]: { title: 'menuOpenReader', contexts: ['page'], run: (_, tab) => withTab(tab, openReader) },
  [MENU_SAVE_PAGE]: { title: 'menuSavePage', contexts: ['page'], run: (_, tab) => withTab(tab, savePage) },
  [MENU_OPEN_LINK_READER]: {
    title: 'menuOpenLinkReader',
    contexts: ['link'],
    targetUrlPatterns: WEB_PAGES,
    run: (info, tab) => openLinkReader(info.linkUrl, tab),
  },
  [MENU_SAVE_LINK]: {
    title: 'menuSaveLink',
    contexts: ['link'],
    targetUrlPatterns: WEB_PAGES,
    // linkText: Chrome 125+ and Firefox give the link's text; the polyfill's types lag behind.
    run: (info, tab) => info.linkUrl && saveLinkFromMenu(info.linkUrl, info.linkText ?? info.selectionText ?? '', tab?.id),
  },
};

const COMMANDS: Readonly<Record<string, (tab: Tab) => unknown>> = {
  [COMMAND_SAVE]: (tab) => withTab(tab, savePage),
  [COMMAND_OPEN_READER]: (tab) => withTab(tab, openReader),
  [COMMAND_OPEN_SIDE_PANEL]: (tab) => withTab(tab, openSidePanel),
};

/**
 * Runs `action` for the clicked tab, synchronously when the browser named it (it does, for menus
 * and for commands since Chrome 86 and Firefox 77), so a panel opens inside the gesture; else for
 * the active tab, found first.
 */
function withTab(tab: Tab, action: (tabId: number) => unknown): unknown {
  if (tab?.id !== undefined && tab.id >= 0) return action(tab.id);
  return browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active?.id !== undefined && action(active.id));
}

/** "Open link in Lede reader": a reader tab for the link, beside the page; web pages only. */
async function openLinkReader(url: string | undefined, tab: Tab): Promise<boolean> {
  if (!url || !isWebUrl(url)) {
    flash(tab?.id, '!', t('linkReaderNotWeb'));
    return false;
  }
  await browser.tabs.create({ url: linkReaderUrl(url), index: tab ? tab.index + 1 : undefined });
  return true;
}

/** A context menu click, as `contextMenus.onClicked` gives it. */
export async function menuClick(info: MenuClick, tab: Tab): Promise<void> {
  await MENUS[String(info.menuItemId)]?.run(info, tab);
}

/** A shortcut, as `commands.onCommand` gives it. */
export async function command(name: string, tab: Tab): Promise<void> {
  await COMMANDS[name]?.(tab);
}

async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const [id, menu] of Object.entries(MENUS)) {
    browser.contextMenus.create({ id, title: t(menu.title), contexts: menu.contexts, targetUrlPatterns: menu.targetUrlPatterns });
  }
}

/** A menu or a shortcut has no page to show an error on: the toolbar button's badge says it. */
const failed = (tab: Tab) => (error: unknown) => flash(tab?.id, '!', error instanceof Error ? error.message : String(error));

export function registerMenus(): void {
  // Menus persist with the extension: made once per install or update, not at each wake-up.
  browser.runtime.onInstalled.addListener(() => void createMenus().catch(() => undefined));
  browser.contextMenus.onClicked.addListener((info, tab) => void menuClick(info, tab).catch(failed(tab)));
  browser.commands?.onCommand.addListener((name, tab) => void command(name, tab).catch(failed(tab)));
}
