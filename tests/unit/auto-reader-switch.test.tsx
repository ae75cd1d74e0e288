import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AutoReaderSwitch } from '@/components/AutoReaderSwitch';
import { autoReaderSites } from '@/utils/auto-reader';
import { useAutoReader } from '@/utils/use-auto-reader';

const STORY = 'https://www.news.example/world/story-1';

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}

const box = (root: HTMLElement) => root.querySelector<HTMLInputElement>('[data-testid=auto-reader]')!;

function Wired({ url }: { url: string | null }) {
  const props = useAutoReader(url);
  return props ? <AutoReaderSwitch {...props} /> : <p data-testid="none" />;
}

describe('AutoReaderSwitch', () => {
  it('names the site, shows its state, and reports a change', () => {
    const onToggle = vi.fn();
    const root = mount(<AutoReaderSwitch site="news.example" on={false} busy={false} error={null} onToggle={onToggle} />);
    expect(root.querySelector('label')!.textContent).toBe('Always open the reader on news.example');
    expect(box(root).checked).toBe(false);
    act(() => box(root).click());
    expect(onToggle).toHaveBeenCalledWith(true);
    expect(root.querySelector('[role=alert]')).toBeNull();
  });

  it('says why it did not change', () => {
    const root = mount(<AutoReaderSwitch site="news.example" on={false} busy={false} error="Refused." onToggle={() => undefined} />);
    expect(root.querySelector('[role=alert]')!.textContent).toBe('Refused.');
  });
});

describe('useAutoReader', () => {
  it('only for a web page', () => {
    expect(mount(<Wired url={null} />).querySelector('[data-testid=none]')).not.toBeNull();
    expect(mount(<Wired url="file:///story.html" />).querySelector('[data-testid=none]')).not.toBeNull();
  });

  it('while the browser asks, shows what was asked for, and takes no second click', () => {
    Object.assign(fakeBrowser.permissions, { request: vi.fn(() => new Promise(() => undefined)) });
    const root = mount(<Wired url={STORY} />);
    act(() => box(root).click());
    expect(box(root).checked).toBe(true);
    expect(box(root).disabled).toBe(true);
  });

  it('refused by the browser: stays off and says why', async () => {
    Object.assign(fakeBrowser.permissions, { request: vi.fn(async () => false) });
    const root = mount(<Wired url={STORY} />);
    act(() => box(root).click());
    await vi.waitFor(() => expect(root.querySelector('[role=alert]')?.textContent).toMatch(/did not let Lede read news\.example/));
    expect(box(root).checked).toBe(false);
    expect(box(root).disabled).toBe(false);
    expect(await autoReaderSites()).toEqual([]);
  });

  it('granted: on, and the site is listed; off again releases it', async () => {
    const remove = vi.fn(async () => true);
    Object.assign(fakeBrowser.permissions, { request: vi.fn(async () => true), remove });
    const root = mount(<Wired url={STORY} />);
    act(() => box(root).click());
    await vi.waitFor(() => expect(box(root).checked && !box(root).disabled).toBe(true));
    expect(await autoReaderSites()).toEqual(['https://www.news.example']);
    act(() => box(root).click());
    await vi.waitFor(() => expect(remove).toHaveBeenCalledWith({ origins: ['https://www.news.example/*'] }));
    await vi.waitFor(() => expect(box(root).checked).toBe(false));
    expect(await autoReaderSites()).toEqual([]);
  });
});
