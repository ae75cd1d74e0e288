import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PickControls } from '@/components/PickControls';
import { canPick } from '@/components/ReadResultView';
import type { Article } from '@/utils/article';
import { sendMessage } from '@/utils/messaging';
import { rememberPick } from '@/utils/site-picks';
import { usePickActions, usePickChanges } from '@/utils/use-site-pick';
import { makeArticle } from '../library/helpers';

vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn(async () => null) }));
const send = vi.mocked(sendMessage);
afterEach(() => {
  send.mockClear();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}
/** Clicks, and lets the click's messages and state changes settle. */
const click = (button: HTMLButtonElement | null) =>
  act(async () => {
    button!.click();
    await new Promise((r) => setTimeout(r, 0));
  });
const byId = (root: HTMLElement, id: string) => root.querySelector<HTMLButtonElement>(`[data-testid=${id}]`);

function Wired({ tabId, article, view }: { tabId: number | null; article: Article | null; view: 'popup' | 'panel' | 'reader' }) {
  return <PickControls pick={article?.pick} {...usePickActions(tabId, article, view)} />;
}

describe('"This isn\'t the article?"', () => {
  it('offers to pick; once a block is picked, says so and offers to forget it', () => {
    const plain = mount(<PickControls onPick={() => undefined} />);
    expect(byId(plain, 'pick-content')!.textContent).toBe("This isn't the article?");
    expect(byId(plain, 'forget-pick')).toBeNull();
    const picked = mount(<PickControls pick={{ selector: 'main', found: true }} onPick={() => undefined} onForget={() => undefined} />);
    expect(byId(picked, 'pick-note')!.textContent).toMatch(/You picked this block/);
    expect(byId(picked, 'pick-content')!.textContent).toBe('Pick another block');
    expect(byId(picked, 'forget-pick')).not.toBeNull();
    const missed = mount(<PickControls pick={{ selector: 'main', found: false }} onForget={() => undefined} />);
    expect(byId(missed, 'pick-note')!.textContent).toMatch(/not on this page/);
  });

  it('shows nothing where there is no page to pick on and no pick', () => {
    expect(mount(<PickControls />).innerHTML).toBe('');
  });

  it('is offered for a page that gave too little or no article, not for a browser page, a file or a failure', () => {
    const no = (reason: 'no-content' | 'too-short' | 'not-article' | 'restricted' | 'not-html' | 'error' | 'too-long') => ({ ok: false as const, reason, message: '' });
    expect(['no-content', 'too-short', 'not-article'].map((r) => canPick(no(r as 'no-content')))).toEqual([true, true, true]);
    expect(['restricted', 'not-html', 'error', 'too-long'].map((r) => canPick(no(r as 'error')))).toEqual([false, false, false, false]);
  });

  it('asks the background to pick on the view’s tab, saying where to come back to', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const root = mount(<Wired tabId={7} article={makeArticle()} view="popup" />);
    await click(byId(root, 'pick-content'));
    expect(send).toHaveBeenCalledWith('pickContent', { tabId: 7, from: 'popup' });
    expect(close).toHaveBeenCalled(); // the popup gets out of the way of the page
    const reader = await fakeBrowser.tabs.create({ url: 'chrome-extension://x/reader.html?tab=7' });
    // (typed as the promise form; the API also has a callback form)
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockImplementation((() => Promise.resolve(reader)) as unknown as typeof fakeBrowser.tabs.getCurrent);
    const inReader = mount(<Wired tabId={7} article={makeArticle()} view="reader" />);
    await click(byId(inReader, 'pick-content'));
    expect(send).toHaveBeenLastCalledWith('pickContent', { tabId: 7, from: reader.id });
  });

  it('shows why when picking cannot start, and stays open', async () => {
    send.mockResolvedValueOnce('Lede cannot run on browser pages.');
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const root = mount(<Wired tabId={7} article={makeArticle()} view="popup" />);
    await click(byId(root, 'pick-content'));
    expect(root.querySelector('[role=alert]')!.textContent).toContain('browser pages');
    expect(close).not.toHaveBeenCalled();
  });

  it('forgets the pick of the article’s site for its tab', async () => {
    const article = { ...makeArticle(), pick: { selector: 'main', found: true } };
    const root = mount(<Wired tabId={7} article={article} view="panel" />);
    await click(byId(root, 'forget-pick'));
    expect(send).toHaveBeenCalledWith('forgetPick', { tabId: 7, url: article.url });
  });

  it('a view counts the changes of the picks, to read its tab again', async () => {
    let seen = -1;
    function Counter() {
      seen = usePickChanges();
      return null;
    }
    mount(<Counter />);
    expect(seen).toBe(0);
    await act(async () => {
      await rememberPick('https://news.example/a', 'main');
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(seen).toBe(1);
  });
});
