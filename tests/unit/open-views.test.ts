import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openReader, openSidePanel, viewUrl } from '@/utils/open-views';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  delete (fakeBrowser as unknown as { sidebarAction?: unknown }).sidebarAction;
});

describe('viewUrl', () => {
  it('names the source tab in the query', () => {
    expect(viewUrl('reader', 12)).toMatch(/\/reader\.html\?tab=12$/);
    expect(viewUrl('sidepanel', 12)).toMatch(/\/sidepanel\.html\?tab=12$/);
  });
});

describe('openReader', () => {
  it('opens the reader for the tab, right beside it', async () => {
    const source = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openReader(source.id!);
    expect(create).toHaveBeenCalledWith({ url: viewUrl('reader', source.id!), index: source.index + 1 });
  });

  it('still opens it when the source tab is gone', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openReader(404);
    expect(create).toHaveBeenCalledWith({ url: viewUrl('reader', 404), index: undefined });
  });
});

describe('openSidePanel', () => {
  it("in Chrome, opens the tab's side panel on the tab's page, within the click's gesture", () => {
    const sidePanel = { setOptions: vi.fn(async () => undefined), open: vi.fn(async () => undefined) };
    vi.stubGlobal('chrome', { sidePanel });
    void openSidePanel(3); // not awaited: what matters is what ran before the first await
    expect(sidePanel.setOptions).toHaveBeenCalledWith({ tabId: 3, path: 'sidepanel.html?tab=3', enabled: true });
    expect(sidePanel.open).toHaveBeenCalledWith({ tabId: 3 });
  });

  it('in Firefox, opens the sidebar first (the gesture), then points it at the tab', async () => {
    vi.stubGlobal('chrome', {}); // Firefox has a `chrome` namespace, without sidePanel
    const order: string[] = [];
    const sidebarAction = {
      open: vi.fn(async () => void order.push('open')),
      setPanel: vi.fn(async () => void order.push('setPanel')),
    };
    (fakeBrowser as unknown as { sidebarAction: typeof sidebarAction }).sidebarAction = sidebarAction;
    const done = openSidePanel(3);
    expect(sidebarAction.open).toHaveBeenCalled(); // synchronously, before any await
    await done;
    expect(order).toEqual(['open', 'setPanel']);
    expect(sidebarAction.setPanel).toHaveBeenCalledWith({ tabId: 3, panel: viewUrl('sidepanel', 3) });
  });
});
