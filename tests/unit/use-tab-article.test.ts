import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ReadResult } from '@/utils/article';
import { sendMessage } from '@/utils/messaging';
import { loadTabRead, READ_TIMEOUT_MS, resolveTabId } from '@/utils/use-tab-article';

// The views' side of the readTab message: the background is stood in for by a mock.
vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);

const ARTICLE: ReadResult = { ok: false, reason: 'not-article', message: 'A list of links.' };

beforeEach(() => {
  send.mockReset();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A stand-in for tabs.query (typed as its promise form; the API also has a callback form). */
const answer = (tabs: Browser.tabs.Tab[]) => (() => Promise.resolve(tabs)) as unknown as typeof fakeBrowser.tabs.query;

describe('resolveTabId', () => {
  it('takes ?tab=ID from the URL', async () => {
    expect(await resolveTabId('?tab=42')).toBe(42);
  });

  it('falls back to the active tab of the window', async () => {
    // (The fake browser has no focused window to answer `currentWindow`, so the query is stubbed.)
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/' });
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(answer([tab]));
    expect(await resolveTabId('')).toBe(tab.id);
    expect(await resolveTabId('?tab=abc')).toBe(tab.id); // not a number: ignored
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    query.mockRestore();
  });

  it('gives null when there is no tab at all', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(answer([]));
    expect(await resolveTabId('')).toBeNull();
    query.mockRestore();
  });
});

describe('loadTabRead', () => {
  it('returns what the background answers', async () => {
    send.mockResolvedValue(ARTICLE);
    expect(await loadTabRead(7)).toEqual(ARTICLE);
    expect(send).toHaveBeenCalledWith('readTab', 7);
  });

  it('turns a failed message into a plain message', async () => {
    send.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await loadTabRead(7)).toMatchObject({ ok: false, reason: 'error', message: expect.stringMatching(/^Lede could not read this page/) });
  });

  it('gives up with a message instead of spinning forever', async () => {
    vi.useFakeTimers();
    send.mockReturnValue(new Promise(() => undefined)); // the background never answers
    const pending = loadTabRead(7);
    await vi.advanceTimersByTimeAsync(READ_TIMEOUT_MS);
    expect(await pending).toMatchObject({ ok: false, reason: 'error', message: expect.stringMatching(/took too long/) });
  });
});
