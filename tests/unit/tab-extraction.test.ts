import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ReadResult } from '@/utils/article';
import { CONTENT_SCRIPT, injectionFailure, readTab, watchTabs } from '@/utils/tab-extraction';
import { getCachedRead, setCachedRead } from '@/utils/tab-cache';

const ARTICLE_URL = 'https://news.example/2024/06/harbour-plan';

function articleResult(title = 'Council approves the harbour plan'): ReadResult {
  return {
    ok: true,
    article: {
      url: ARTICLE_URL, canonicalUrl: null, title, byline: null, siteName: 'news.example',
      publishedTime: null, lang: 'en', dir: null, excerpt: null, leadImage: null,
      html: '<p>The council voted.</p>', text: 'The council voted.', wordCount: 3, readingMinutes: 1,
    },
  };
}

type Injection = { documentId: string; frameId: number; result?: unknown };
type ExecuteScript = (details: { target: { tabId: number }; files?: string[] }) => Promise<Injection[]>;

/** fakeBrowser does not implement `scripting`: this stands in for the injection of the content script. */
function stubExecuteScript(impl: ExecuteScript = async () => [{ documentId: 'd', frameId: 0, result: articleResult() }]) {
  const fn = vi.fn(impl);
  (fakeBrowser as unknown as { scripting: { executeScript: ExecuteScript } }).scripting.executeScript = fn;
  return fn;
}

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

let executeScript: ReturnType<typeof stubExecuteScript>;
beforeEach(() => {
  executeScript = stubExecuteScript();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('readTab', () => {
  it.each([
    'chrome://version/',
    'chrome://extensions/',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'edge://settings',
    'about:addons',
    'moz-extension://0c3e/reader.html',
    'view-source:https://news.example/',
    'https://chromewebstore.google.com/detail/lede/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://addons.mozilla.org/en-US/firefox/addon/lede/',
    'file:///home/me/page.html',
    '', // the browser hides the URL of a page Lede may not read
  ])('gives the restricted reason for %j without injecting', async (url) => {
    const tabId = await openTab(url);
    const result = await readTab(tabId);
    expect(result).toMatchObject({ ok: false, reason: 'restricted' });
    expect(result.ok ? '' : result.message).toMatch(/browser page/);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('says a PDF is a PDF, without injecting', async () => {
    const tabId = await openTab('https://papers.example/report.pdf?download=0');
    expect(await readTab(tabId)).toMatchObject({ ok: false, reason: 'not-html', message: expect.stringMatching(/PDF/) });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('injects the content script into the tab and returns what it read', async () => {
    const tabId = await openTab(ARTICLE_URL);
    const result = await readTab(tabId);
    expect(result).toEqual(articleResult());
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: [CONTENT_SCRIPT] });
  });

  it('answers a second call from the session cache', async () => {
    const tabId = await openTab(ARTICLE_URL);
    const first = await readTab(tabId);
    const second = await readTab(tabId);
    expect(second).toEqual(first);
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(await getCachedRead(tabId)).toEqual({ url: ARTICLE_URL, result: first });
  });

  it('also caches a page that is not an article', async () => {
    executeScript = stubExecuteScript(async () => [{ documentId: 'd', frameId: 0, result: { ok: false, reason: 'not-article', message: 'A list of links.' } }]);
    const tabId = await openTab('https://news.example/');
    await readTab(tabId);
    expect(await readTab(tabId)).toMatchObject({ ok: false, reason: 'not-article' });
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('keeps tabs apart', async () => {
    const a = await openTab(ARTICLE_URL);
    const b = await openTab('https://other.example/story');
    await readTab(a);
    await readTab(b);
    expect(executeScript).toHaveBeenCalledTimes(2);
    expect(executeScript.mock.calls.map(([details]) => details.target.tabId)).toEqual([a, b]);
  });

  it('extracts once when several views ask at the same time', async () => {
    let finish!: () => void;
    executeScript = stubExecuteScript(
      () => new Promise((resolve) => (finish = () => resolve([{ documentId: 'd', frameId: 0, result: articleResult() }]))),
    );
    const tabId = await openTab(ARTICLE_URL);
    const reads = [readTab(tabId), readTab(tabId), readTab(tabId)]; // popup, side panel, reader
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalled());
    finish();
    const results = await Promise.all(reads);
    expect(results).toEqual([articleResult(), articleResult(), articleResult()]);
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('ignores a cached result of another URL', async () => {
    const tabId = await openTab(ARTICLE_URL);
    await setCachedRead(tabId, { url: 'https://news.example/older-story', result: articleResult('Older story') });
    expect(await readTab(tabId)).toEqual(articleResult());
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('turns an injection failure into a plain message, and does not cache it', async () => {
    executeScript = stubExecuteScript(async () => {
      throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
    });
    const tabId = await openTab(ARTICLE_URL);
    const result = await readTab(tabId);
    expect(result).toEqual({
      ok: false,
      reason: 'restricted',
      message: "Lede may only read a page you clicked it on. Click Lede's toolbar button on this page, then try again.",
    });
    expect(await getCachedRead(tabId)).toBeNull();
    executeScript = stubExecuteScript();
    expect(await readTab(tabId)).toEqual(articleResult()); // the next try injects again
  });

  it('says so when the page returns nothing', async () => {
    executeScript = stubExecuteScript(async () => [{ documentId: 'd', frameId: 0 }]);
    const tabId = await openTab(ARTICLE_URL);
    expect(await readTab(tabId)).toMatchObject({ ok: false, reason: 'error', message: expect.stringMatching(/did not answer/) });
  });

  it('says so when the tab is gone', async () => {
    expect(await readTab(9999)).toEqual({ ok: false, reason: 'error', message: 'That tab is closed.' });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('still returns the article when the session cache refuses it (a huge page over the quota)', async () => {
    const set = vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('Session storage quota bytes exceeded.'));
    const tabId = await openTab(ARTICLE_URL);
    expect(await readTab(tabId)).toEqual(articleResult());
    expect(set).toHaveBeenCalled();
  });

  it('still reads when the session cache cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValue(new Error('storage.session is not available'));
    const tabId = await openTab(ARTICLE_URL);
    expect(await readTab(tabId)).toEqual(articleResult());
  });
});

describe('watchTabs', () => {
  beforeEach(() => {
    watchTabs();
  });

  it('drops the cache when the tab navigates, so the next call extracts the new page', async () => {
    const tabId = await openTab(ARTICLE_URL);
    await readTab(tabId);
    const next = 'https://news.example/2024/06/another-story';
    executeScript = stubExecuteScript(async () => [{ documentId: 'd', frameId: 0, result: articleResult('Another story') }]);
    await fakeBrowser.tabs.update(tabId, { url: next });
    await vi.waitFor(async () => expect(await getCachedRead(tabId)).toBeNull());
    expect(await readTab(tabId)).toEqual(articleResult('Another story'));
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('drops the cache when the tab reloads the same page', async () => {
    const tabId = await openTab(ARTICLE_URL);
    await readTab(tabId);
    const tab = await fakeBrowser.tabs.get(tabId);
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'loading' }, tab);
    await vi.waitFor(async () => expect(await getCachedRead(tabId)).toBeNull());
    await readTab(tabId);
    expect(executeScript).toHaveBeenCalledTimes(2);
  });

  it('keeps the cache when only the title or the favicon changes', async () => {
    const tabId = await openTab(ARTICLE_URL);
    await readTab(tabId);
    const tab = await fakeBrowser.tabs.get(tabId);
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { title: 'New title' }, tab);
    await readTab(tabId);
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('starts a fresh read of the new page when the tab navigates during a read', async () => {
    const finish: Array<() => void> = [];
    executeScript = stubExecuteScript(
      () =>
        new Promise((resolve) => {
          const title = `Read ${finish.length + 1}`;
          finish.push(() => resolve([{ documentId: 'd', frameId: 0, result: articleResult(title) }]));
        }),
    );
    const tabId = await openTab(ARTICLE_URL);
    const old = readTab(tabId);
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(1));
    const next = 'https://news.example/2024/06/another-story';
    await fakeBrowser.tabs.update(tabId, { url: next });
    const fresh = readTab(tabId); // not the read of the old page
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(2));
    finish[1]!();
    finish[0]!();
    expect(await fresh).toEqual(articleResult('Read 2'));
    expect(await old).toEqual(articleResult('Read 1'));
    // The old page's result, finished last, did not overwrite the new page's in the cache.
    expect(await getCachedRead(tabId)).toEqual({ url: next, result: articleResult('Read 2') });
  });

  it('drops the cache when the tab closes', async () => {
    const tabId = await openTab(ARTICLE_URL);
    await readTab(tabId);
    await fakeBrowser.tabs.onRemoved.trigger(tabId, { windowId: 0, isWindowClosing: false });
    await vi.waitFor(async () => expect(await getCachedRead(tabId)).toBeNull());
  });
});

describe('injectionFailure', () => {
  it.each([
    ['Cannot access a chrome:// URL', 'restricted', /browser page/],
    ['The extensions gallery cannot be scripted.', 'restricted', /browser page/],
    ['Cannot access contents of url "chrome-error://chromewebdata/".', 'error', /did not load/],
    ['Frame with ID 0 is showing error page', 'error', /did not load/],
    ['Missing host permission for the tab', 'restricted', /toolbar button/],
    ['No tab with id: 42.', 'error', /changed or closed/],
    ['Frame with ID 0 was removed.', 'error', /changed or closed/],
    ['Something new and strange', 'error', /did not let it run/],
  ])('%s → %s', (message, reason, text) => {
    const result = injectionFailure(new Error(message));
    expect(result).toMatchObject({ ok: false, reason });
    expect(result.ok ? '' : result.message).toMatch(text);
    expect(result.ok ? '' : result.message).not.toContain(message); // the browser's words stay out
  });
});
