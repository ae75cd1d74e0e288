import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notArticle } from '@/utils/article';
import { useLinkRead, type LinkRead } from '@/utils/link-read';
import { sendMessage } from '@/utils/messaging';
import { handOff, linkUrlParam, takeHandOff } from '@/utils/reader-handoff';
import { makeArticle } from './library/helpers';

// The background's readUrl is stood in for: what matters here is what the reader asks and shows.
vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);

const STORY = 'https://news.example/world/story-1';

/** Every state the hook went through, in order. */
function mount(url: string): LinkRead[] {
  const states: LinkRead[] = [];
  function Probe() {
    states.push(useLinkRead(url));
    return null;
  }
  act(() => render(<Probe />, document.createElement('div')));
  return states;
}

const last = (states: LinkRead[]) => states.at(-1)!;

let contains: ReturnType<typeof vi.fn>;
beforeEach(() => {
  contains = vi.fn(async () => true);
  Object.assign(fakeBrowser.permissions, { contains });
});
afterEach(() => send.mockReset());

describe('reader.html?url=', () => {
  it('takes its page from the query', () => {
    expect(linkUrlParam(`?url=${encodeURIComponent(STORY)}`)).toBe(STORY);
    expect(linkUrlParam('?tab=3')).toBeNull();
  });

  it('refuses a link that is not a web page, without asking anything', async () => {
    const states = mount('javascript:alert(1)');
    await vi.waitFor(() => expect(last(states).state).toBe('failed'));
    expect(last(states)).toEqual({ state: 'failed', message: expect.stringMatching(/http or https/) });
    expect(contains).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
  });

  it('shows the article the service worker handed over, without reading the page again', async () => {
    await handOff(STORY, makeArticle({ url: STORY }));
    const states = mount(STORY);
    await vi.waitFor(() => expect(last(states).state).toBe('ready'));
    expect(last(states)).toMatchObject({ state: 'ready', article: { title: 'Putin visits Pyongyang' } });
    expect(send).not.toHaveBeenCalled();
    expect(await takeHandOff(STORY)).toBeNull(); // removed as it was taken
  });

  it('without the site permission: needs-access, naming the site', async () => {
    contains.mockResolvedValue(false);
    const states = mount(STORY);
    await vi.waitFor(() => expect(last(states).state).toBe('needs-access'));
    expect(last(states)).toEqual({ state: 'needs-access', url: STORY, message: expect.stringContaining('news.example') });
    expect(contains).toHaveBeenCalledWith({ origins: ['https://news.example/*'] });
    expect(send).not.toHaveBeenCalled();
  });

  it('with it: loading, then the article read from the page in a background tab', async () => {
    send.mockResolvedValue({ ok: true, article: makeArticle({ url: STORY }) });
    const states = mount(STORY);
    await vi.waitFor(() => expect(last(states).state).toBe('ready'));
    expect(states.map((s) => s.state)).toEqual(expect.arrayContaining(['loading', 'ready']));
    expect(states.find((s) => s.state === 'loading' && s.message)).toBeTruthy(); // says it is fetching
    expect(send).toHaveBeenCalledWith('readUrl', STORY);
  });

  it('a page that gives no article: failed, with the reason and the page to open', async () => {
    send.mockResolvedValue(notArticle('not-article', 'This is a home page, not an article.'));
    const states = mount(STORY);
    await vi.waitFor(() => expect(last(states).state).toBe('failed'));
    expect(last(states)).toEqual({ state: 'failed', message: 'This is a home page, not an article.', url: STORY });
  });

  it('a handed-over article older than a minute is not used', async () => {
    await handOff(STORY, makeArticle({ url: STORY }));
    expect(await takeHandOff(STORY, Date.now() + 61_000)).toBeNull();
  });
});
