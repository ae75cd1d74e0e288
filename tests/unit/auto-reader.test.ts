import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notArticle } from '@/utils/article';
import { autoReaderSites, MAX_SITES, shouldOpenReader, turnOffAutoReader, turnOnAutoReader, validSites, type TabLoad } from '@/utils/auto-reader';
import { onTabLoaded } from '@/utils/auto-reader-background';
import { linkReaderUrl, takeHandOff } from '@/utils/reader-handoff';
import { urlKey } from '@/utils/url';
import { makeArticle } from './library/helpers';

const readTab = vi.hoisted(() => vi.fn());
vi.mock('@/utils/tab-extraction', () => ({ readTab }));

const STORY = 'https://news.example/world/story-1';

/** The permissions API, which the fake browser leaves out: what the person answers. */
function permissions(answer: { granted?: boolean; held?: boolean } = {}) {
  const api = {
    request: vi.fn(async () => answer.granted ?? true),
    contains: vi.fn(async () => answer.held ?? true),
    remove: vi.fn(async () => true),
  };
  Object.assign(fakeBrowser.permissions, api);
  return api;
}

afterEach(() => {
  vi.restoreAllMocks();
  readTab.mockReset();
});

describe('the stored list of sites, validated on read', () => {
  it('keeps web origins only, each once, lower-cased, without a trailing slash', () => {
    expect(
      validSites(['https://news.example', 'https://news.example/', 'HTTPS://News.Example', 'http://127.0.0.1:8080', 'https://news.example/world', 'https://a.example/*',
        'ftp://files.example', 'javascript:alert(1)', 'chrome://settings', 'https://u:p@a.example', 'https://a.example?x=1', 'not a url', 42, null, { url: 'x' }]),
    ).toEqual(['https://news.example', 'http://127.0.0.1:8080']);
    expect(validSites('https://news.example')).toEqual([]);
    expect(validSites(undefined)).toEqual([]);
  });

  it(`keeps the newest ${MAX_SITES}`, () => {
    const many = Array.from({ length: MAX_SITES + 20 }, (_, i) => `https://site${i}.example`);
    const kept = validSites(many);
    expect(kept).toHaveLength(MAX_SITES);
    expect(kept.at(-1)).toBe(`https://site${MAX_SITES + 19}.example`);
    expect(kept[0]).toBe('https://site20.example');
  });

  it('reads whatever storage holds without failing', async () => {
    await fakeBrowser.storage.sync.set({ autoReaderSites: ['https://news.example', 'https://evil.example/path', 7] });
    expect(await autoReaderSites()).toEqual(['https://news.example']);
    await fakeBrowser.storage.sync.set({ autoReaderSites: 'https://news.example' });
    expect(await autoReaderSites()).toEqual([]);
  });
});

describe('turning the switch on and off', () => {
  it('on: asks for exactly that site, at once (inside the click), then lists it', async () => {
    const api = permissions({ granted: true });
    const done = turnOnAutoReader(STORY);
    expect(api.request).toHaveBeenCalledWith({ origins: ['https://news.example/*'] }); // before any await
    expect(await done).toBe(true);
    expect(await autoReaderSites()).toEqual(['https://news.example']);
    await turnOnAutoReader('https://news.example/other');
    expect(await autoReaderSites()).toEqual(['https://news.example']); // listed once
  });

  it('refused: the site stays off the list', async () => {
    permissions({ granted: false });
    expect(await turnOnAutoReader(STORY)).toBe(false);
    expect(await autoReaderSites()).toEqual([]);
  });

  it('a page that is not on the web is never asked for', async () => {
    const api = permissions();
    expect(await turnOnAutoReader('file:///home/me/story.html')).toBe(false);
    expect(api.request).not.toHaveBeenCalled();
  });

  it('off: takes the site off the list and gives its permission back', async () => {
    const api = permissions();
    await fakeBrowser.storage.sync.set({ autoReaderSites: ['https://other.example', 'https://news.example'] });
    await turnOffAutoReader(STORY);
    expect(await autoReaderSites()).toEqual(['https://other.example']);
    expect(api.remove).toHaveBeenCalledWith({ origins: ['https://news.example/*'] });
  });
});

describe('shouldOpenReader: does this tab update open the reader?', () => {
  const yes: TabLoad = { status: 'complete', url: STORY, sites: ['https://news.example'], permitted: true, shown: [] };

  it('a listed site, permitted, loaded, not shown in the reader yet: yes', () => {
    expect(shouldOpenReader(yes)).toBe(true);
  });

  it.each<[string, Partial<TabLoad>]>([
    ['still loading', { status: 'loading' }],
    ['no status change (a title, a favicon)', { status: undefined }],
    ['a site not listed', { url: 'https://elsewhere.example/story' }],
    ['the same host on another port', { url: 'https://news.example:8443/world/story-1' }],
    ['http where https is listed', { url: 'http://news.example/world/story-1' }],
    ['no permission for the site', { permitted: false }],
    ['the page this tab just showed in the reader (Back, "Read on the original page")', { shown: [urlKey(STORY)] }],
    ['the same page with a fragment', { url: `${STORY}#comments`, shown: [urlKey(STORY)] }],
    ['an extension page (the reader itself)', { url: 'chrome-extension://abc/reader.html?url=x' }],
    ['no URL (the browser hides it)', { url: undefined }],
  ])('%s: no', (_, change) => {
    expect(shouldOpenReader({ ...yes, ...change })).toBe(false);
  });
});

describe('a tab of a listed site finishing loading (service worker)', () => {
  let tab: Browser.tabs.Tab;
  beforeEach(async () => {
    permissions({ held: true });
    await fakeBrowser.storage.sync.set({ autoReaderSites: ['https://news.example'] });
    tab = await fakeBrowser.tabs.create({ url: STORY });
  });
  const load = (t = tab, own = () => false) => onTabLoaded(t.id!, { status: 'complete' }, t, own);

  it('an article: the tab goes to the reader with the article handed over, once', async () => {
    readTab.mockResolvedValue({ ok: true, article: makeArticle({ url: STORY }) });
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    expect(await load()).toBe('opened');
    expect(update).toHaveBeenCalledWith(tab.id, { url: linkReaderUrl(STORY) });
    expect((await takeHandOff(STORY))?.title).toBe('Putin visits Pyongyang');
    expect(await takeHandOff(STORY)).toBeNull(); // taken once
  });

  it('Back to the page, or the page opened from that reader: it stays the page', async () => {
    readTab.mockResolvedValue({ ok: true, article: makeArticle({ url: STORY }) });
    expect(await load()).toBe('opened');
    expect(await load()).toBe('skipped');
    const fromReader = await fakeBrowser.tabs.create({ url: STORY });
    expect(await load({ ...fromReader, openerTabId: tab.id })).toBe('skipped');
    expect(await load(fromReader)).toBe('opened'); // the same page opened afresh elsewhere: the reader
    expect(readTab).toHaveBeenCalledTimes(2);
  });

  it('a page that is not an article stays as it is', async () => {
    readTab.mockResolvedValue(notArticle('not-article', 'This is a home page.'));
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    expect(await load()).toBe('not-article');
    expect(update).not.toHaveBeenCalled();
  });

  it("never reads Lede's own background tabs, nor a site without its permission", async () => {
    expect(await load(tab, () => true)).toBe('skipped');
    permissions({ held: false });
    expect(await load()).toBe('skipped');
    expect(readTab).not.toHaveBeenCalled();
  });
});
