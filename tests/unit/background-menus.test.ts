import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  COMMAND_OPEN_READER,
  COMMAND_OPEN_SIDE_PANEL,
  COMMAND_SAVE,
  MENU_OPEN_LINK_READER,
  MENU_OPEN_READER,
  MENU_SAVE_LINK,
  MENU_SAVE_PAGE,
  command,
  menuClick,
  registerMenus,
} from '@/utils/background-menus';
import { flash, saveLinkFromMenu, savePage } from '@/utils/library/background';
import { linkReaderUrl } from '@/utils/reader-handoff';
import { openReader, openSidePanel } from '@/utils/open-views';

// The handlers the tables point at are the library's and the views' own, tested where they live.
vi.mock('@/utils/library/background', () => ({ flash: vi.fn(), saveLinkFromMenu: vi.fn(async () => undefined), savePage: vi.fn(async () => undefined) }));
vi.mock('@/utils/open-views', () => ({ openReader: vi.fn(async () => undefined), openSidePanel: vi.fn(async () => undefined) }));

afterEach(() => {
  vi.clearAllMocks();
  vi.restoreAllMocks();
});

const TAB = { id: 7, index: 2 } as Browser.tabs.Tab;
const LINK = 'https://news.example/world/story-1';

describe('the context menus, dispatched through one table', () => {
  it('"Open in Lede reader" opens the reader for the clicked tab', async () => {
    await menuClick({ menuItemId: MENU_OPEN_READER }, TAB);
    expect(openReader).toHaveBeenCalledWith(7);
    expect(savePage).not.toHaveBeenCalled();
  });

  it('"Save page to Lede" saves the clicked tab', async () => {
    await menuClick({ menuItemId: MENU_SAVE_PAGE }, TAB);
    expect(savePage).toHaveBeenCalledWith(7);
    expect(openReader).not.toHaveBeenCalled();
  });

  it('"Save link to Lede" saves the link with its text', async () => {
    await menuClick({ menuItemId: MENU_SAVE_LINK, linkUrl: LINK, linkText: 'Putin visits' }, TAB);
    expect(saveLinkFromMenu).toHaveBeenCalledWith(LINK, 'Putin visits', 7);
  });

  it('"Open link in Lede reader" opens reader.html?url= beside the page', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await menuClick({ menuItemId: MENU_OPEN_LINK_READER, linkUrl: LINK }, TAB);
    expect(create).toHaveBeenCalledWith({ url: linkReaderUrl(LINK), index: 3 });
    expect(new URL(linkReaderUrl(LINK)).searchParams.get('url')).toBe(LINK);
  });

  it.each(['javascript:alert(1)', 'mailto:desk@news.example', 'file:///etc/passwd', 'chrome://settings', 'not a url'])(
    'refuses to open %s in the reader, and says why on the toolbar button',
    async (link) => {
      const create = vi.spyOn(fakeBrowser.tabs, 'create');
      await menuClick({ menuItemId: MENU_OPEN_LINK_READER, linkUrl: link }, TAB);
      expect(create).not.toHaveBeenCalled();
      expect(flash).toHaveBeenCalledWith(7, '!', expect.stringMatching(/http or https/));
    },
  );

  it('ignores a menu it does not know', async () => {
    await menuClick({ menuItemId: 'someone-else' }, TAB);
    expect([openReader, savePage, saveLinkFromMenu, flash].some((fn) => vi.mocked(fn).mock.calls.length)).toBe(false);
  });
});

describe('the shortcuts, dispatched through one table', () => {
  it.each([
    [COMMAND_SAVE, savePage],
    [COMMAND_OPEN_READER, openReader],
    [COMMAND_OPEN_SIDE_PANEL, openSidePanel],
  ] as const)('%s runs its handler for the tab it was pressed in', async (name, handler) => {
    await command(name, TAB);
    expect(handler).toHaveBeenCalledWith(7);
  });

  it('opens the side panel before any await, while the key press still counts as a gesture', () => {
    void command(COMMAND_OPEN_SIDE_PANEL, TAB); // not awaited: what matters is what ran at once
    expect(openSidePanel).toHaveBeenCalledWith(7);
  });

  it('without a tab from the browser, acts on the active tab', async () => {
    const active = await fakeBrowser.tabs.create({ url: 'https://news.example/' });
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [active]) as unknown as typeof fakeBrowser.tabs.query);
    await command(COMMAND_OPEN_READER, undefined);
    expect(openReader).toHaveBeenCalledWith(active.id);
  });
});

describe('registering', () => {
  it('creates the four menus on install, with their words from _locales, and routes the events', async () => {
    const create = vi.fn();
    const clicked: ((info: unknown, tab: unknown) => void)[] = [];
    const pressed: ((name: string, tab: unknown) => void)[] = [];
    Object.assign(fakeBrowser.contextMenus, { removeAll: vi.fn(async () => undefined), create, onClicked: { addListener: (fn: never) => clicked.push(fn) } });
    Object.assign(fakeBrowser.commands, { onCommand: { addListener: (fn: never) => pressed.push(fn) } });
    registerMenus();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(4));
    expect(create.mock.calls.map(([menu]) => [menu.id, menu.title, menu.contexts])).toEqual([
      [MENU_OPEN_READER, 'Open in Lede reader', ['page']],
      [MENU_SAVE_PAGE, 'Save page to Lede', ['page']],
      [MENU_OPEN_LINK_READER, 'Open link in Lede reader', ['link']],
      [MENU_SAVE_LINK, 'Save link to Lede', ['link']],
    ]);
    // No "Open link in Lede reader" nor "Save link to Lede" on a mailto: link in the first place.
    expect(create.mock.calls[2]![0].targetUrlPatterns).toEqual(['http://*/*', 'https://*/*']);
    expect(create.mock.calls[3]![0].targetUrlPatterns).toEqual(['http://*/*', 'https://*/*']);
    clicked[0]!({ menuItemId: MENU_OPEN_READER }, TAB);
    pressed[0]!(COMMAND_SAVE, TAB);
    expect(openReader).toHaveBeenCalledWith(7);
    expect(savePage).toHaveBeenCalledWith(7);
  });
});
