import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LinkOnly } from '@/components/library/LinkOnly';
import { hasSiteAccess, requestSiteAccess, siteOrigin } from '@/utils/site-access';

describe('reading a saved link the first time: one site, at a click', () => {
  it('asks for the site of the link only, never all sites', () => {
    expect(siteOrigin('https://news.example/a/b?c=1#d')).toBe('https://news.example/*');
    expect(siteOrigin('http://127.0.0.1:8080/x')).toBe('http://127.0.0.1:8080/*');
    expect(siteOrigin('chrome://version')).toBeNull();
    expect(siteOrigin('not a url')).toBeNull();
  });

  it('requests exactly that origin and reports the answer', async () => {
    const request = vi.fn(async () => true);
    const contains = vi.fn(async () => false);
    Object.assign(fakeBrowser.permissions, { request, contains });
    expect(await hasSiteAccess('https://news.example/story')).toBe(false);
    expect(await requestSiteAccess('https://news.example/story')).toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: ['https://news.example/*'] });
    expect(await requestSiteAccess('javascript:alert(1)')).toBe(false);
  });

  it('offers the fetch button only when Lede may ask', () => {
    const box = document.createElement('div');
    const onFetch = vi.fn();
    render(<LinkOnly title="A story" url="https://news.example/story" message="Saved without its article." onFetch={onFetch} />, box);
    (box.querySelector('[data-testid=fetch-link]') as HTMLButtonElement).click();
    expect(onFetch).toHaveBeenCalledOnce();
    expect(box.querySelector('[data-testid=original-link]')?.getAttribute('rel')).toBe('noopener noreferrer');
    render(<LinkOnly title="A story" url="https://news.example/story" message="Could not fetch." />, box);
    expect(box.querySelector('[data-testid=fetch-link]')).toBeNull();
  });
});
