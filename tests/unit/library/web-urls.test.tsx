import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ArticleView } from '@/components/ArticleView';
import { LibraryItem } from '@/components/library/LibraryItem';
import { LinkOnly } from '@/components/library/LinkOnly';
import { saveLinkFromMenu } from '@/utils/library/background';
import { cardOf, library } from '@/utils/library/db';
import { articleOfRecord } from '@/utils/library/reading';
import { linkRecord, putImported } from '@/utils/library/store';
import { useSavedArticle, type SavedRead } from '@/utils/library/use-reader';
import { sendMessage } from '@/utils/messaging';
import { makeArticle } from './helpers';

/**
 * Issue #16: only http(s) URLs are saved, and a URL of another scheme that an older version
 * stored is shown as text, never as an href, wherever the library shows it.
 */

vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn() }));

const NOT_WEB = ['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd'];

let root: HTMLElement | undefined;
afterEach(async () => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
  await library().articles.clear();
  await library().cards.clear();
  vi.restoreAllMocks();
});

function mount(node: preact.ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root!));
  return root;
}

/** Every href and src on the page that is not a web or extension address. */
const badLinks = (el: HTMLElement) =>
  Array.from(el.querySelectorAll('[href], [src]'))
    .map((node) => node.getAttribute('href') ?? node.getAttribute('src') ?? '')
    .filter((url) => !/^(https?:|reader\.html)/.test(url));

describe.each(NOT_WEB)('a stored URL that is not a web page: %s', (url) => {
  it('LinkOnly shows it as text, with no link and no fetch button', () => {
    const el = mount(<LinkOnly title="Click me" url={url} message="Saved without its article." onFetch={vi.fn()} />);
    expect(el.querySelector('[data-testid=original-link]')).toBeNull();
    expect(el.querySelector('[data-testid=fetch-link]')).toBeNull();
    expect(el.querySelector('[data-testid=original-url]')!.textContent).toBe(url);
    expect(badLinks(el)).toEqual([]);
  });

  it('the reader shows "Read on the original page" as the URL in text', () => {
    const record = { ...linkRecord(url, 'Old record', 1), html: '<p>Kept from an older version.</p>', text: 'Kept from an older version.' };
    const el = mount(<ArticleView article={articleOfRecord(record)} />);
    expect(el.querySelector('[data-testid=original-link]')).toBeNull();
    expect(el.querySelector('[data-testid=original-url]')!.textContent).toBe(url);
    expect(badLinks(el)).toEqual([]);
  });

  it('the library item shows it as text and links to the reader only', () => {
    const card = cardOf(linkRecord(url, '', 1));
    const el = mount(<ul><LibraryItem card={card} href="reader.html?id=x" selected={false} onToggle={vi.fn()} onTag={vi.fn()} /></ul>);
    expect(el.querySelector('.site')!.textContent).toBe(url);
    expect(badLinks(el)).toEqual([]);
  });

  it('the saved reader never fetches it, and says why', async () => {
    const contains = vi.fn(async () => true);
    Object.assign(fakeBrowser.permissions, { contains });
    const record = linkRecord(url, 'Old link', 1, 'old-link');
    await putImported(library(), [record]);
    const states: SavedRead[] = [];
    function Probe() {
      states.push(useSavedArticle('old-link'));
      return null;
    }
    mount(<Probe />);
    await vi.waitFor(() => expect(states.at(-1)!.state).toBe('link'));
    expect(states.at(-1)).toMatchObject({ state: 'link', message: expect.stringMatching(/http or https/) });
    expect(states.at(-1)).not.toHaveProperty('needsAccess');
    expect(sendMessage).not.toHaveBeenCalled();
  });
});

describe('"Save link to Lede" from the menu', () => {
  it.each(NOT_WEB)('refuses %s and says why on the toolbar button', async (url) => {
    const setTitle = vi.fn(async () => undefined);
    const setBadgeText = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.action, { setTitle, setBadgeText });
    await saveLinkFromMenu(url, 'Click me', 7);
    expect(await library().articles.count()).toBe(0);
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '!' });
    expect(setTitle).toHaveBeenCalledWith({ tabId: 7, title: expect.stringMatching(/^Lede: .*http or https/) });
  });

  it('saves a web link', async () => {
    await saveLinkFromMenu(makeArticle().url, 'A story', 7);
    expect(await library().articles.count()).toBe(1);
  });
});

