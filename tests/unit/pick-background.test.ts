import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ReadResult } from '@/utils/article';
import { viewUrl } from '@/utils/open-views';
import { contentPicked, forgetSitePick, pickCancelled, PICKER_SCRIPT, startPicking } from '@/utils/pick-background';
import { pickFor, rememberPick } from '@/utils/site-picks';
import { getCachedRead, setCachedRead } from '@/utils/tab-cache';

const STORY = 'https://news.example/2024/06/harbour-plan';
const READ: ReadResult = { ok: false, reason: 'too-short', message: 'short' };

type ExecuteScript = (details: { target: { tabId: number }; files?: string[] }) => Promise<unknown[]>;
let executeScript: ReturnType<typeof vi.fn<ExecuteScript>>;
beforeEach(() => {
  executeScript = vi.fn<ExecuteScript>(async () => [{ frameId: 0 }]);
  (fakeBrowser as unknown as { scripting: { executeScript: ExecuteScript } }).scripting.executeScript = executeScript;
});
afterEach(() => vi.restoreAllMocks());

async function pageTab(url = STORY) {
  return (await fakeBrowser.tabs.create({ url })).id!;
}

describe('starting the picker', () => {
  it('injects the picker into the page and says nothing more', async () => {
    const tabId = await pageTab();
    expect(await startPicking({ tabId, from: 'popup' })).toBeNull();
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: [PICKER_SCRIPT] });
  });

  it('refuses with a plain reason on a browser page or a closed tab, injecting nothing', async () => {
    expect(await startPicking({ tabId: await pageTab('chrome://settings'), from: 'popup' })).toMatch(/browser/i);
    expect(await startPicking({ tabId: 999, from: 'popup' })).toMatch(/closed/i);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('says why when the browser refuses the script', async () => {
    executeScript.mockRejectedValue(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    expect(await startPicking({ tabId: await pageTab(), from: 'popup' })).toMatch(/click/i);
  });

  it('from the reader, shows the page to pick on', async () => {
    const tabId = await pageTab();
    await fakeBrowser.tabs.create({ url: viewUrl('reader', tabId), active: true });
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    await startPicking({ tabId, from: 99 });
    expect(update).toHaveBeenCalledWith(tabId, { active: true });
  });
});

describe('once the person picked', () => {
  it('remembers the block for the site and drops the tab’s article (read again, the pick first)', async () => {
    const tabId = await pageTab();
    await setCachedRead(tabId, { url: STORY, result: READ });
    await startPicking({ tabId, from: 'panel' });
    await contentPicked(tabId, STORY, 'div.story-text');
    expect(await pickFor(STORY)).toBe('div.story-text');
    expect(await getCachedRead(tabId)).toBeNull();
  });

  it('asked from the popup: opens the reader of the tab', async () => {
    const tabId = await pageTab();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await startPicking({ tabId, from: 'popup' });
    await contentPicked(tabId, STORY, 'main');
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ url: viewUrl('reader', tabId) }));
  });

  it('asked from the reader: goes back to that reader, which reads the page again itself', async () => {
    const tabId = await pageTab();
    const reader = (await fakeBrowser.tabs.create({ url: viewUrl('reader', tabId) })).id!;
    await startPicking({ tabId, from: reader });
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await contentPicked(tabId, STORY, 'main');
    expect(update).toHaveBeenCalledWith(reader, { active: true });
    expect(create).not.toHaveBeenCalled();
  });

  it('asked from a reader closed meanwhile: opens a reader', async () => {
    const tabId = await pageTab();
    await startPicking({ tabId, from: 4242 });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await contentPicked(tabId, STORY, 'main');
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ url: viewUrl('reader', tabId) }));
  });

  it('asked from the side panel: the panel reads the page again, no reader opens', async () => {
    const tabId = await pageTab();
    await startPicking({ tabId, from: 'panel' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await contentPicked(tabId, STORY, 'main');
    expect(create).not.toHaveBeenCalled();
  });
});

describe('giving up and forgetting', () => {
  it('Esc from the reader goes back to it; nothing is remembered, no reader opens', async () => {
    const tabId = await pageTab();
    const reader = (await fakeBrowser.tabs.create({ url: viewUrl('reader', tabId) })).id!;
    await startPicking({ tabId, from: reader });
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await pickCancelled(tabId);
    expect(update).toHaveBeenCalledWith(reader, { active: true });
    expect(create).not.toHaveBeenCalled();
    expect(await pickFor(STORY)).toBeNull();
  });

  it('forgetting drops the site’s pick and the tab’s article', async () => {
    const tabId = await pageTab();
    await rememberPick(STORY, 'main');
    await setCachedRead(tabId, { url: STORY, result: READ });
    await forgetSitePick(tabId, STORY);
    expect(await pickFor(STORY)).toBeNull();
    expect(await getCachedRead(tabId)).toBeNull();
  });
});
