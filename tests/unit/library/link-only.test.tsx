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

  /** The browser's permissions, as Chrome keeps them: exact origins granted by `request`, and
   * `contains` true only for an origin granted. Every call is recorded with its arguments. */
  function fakePermissions(answer = true) {
    const granted = new Set<string>();
    const request = vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
      if (answer) for (const origin of origins) granted.add(origin);
      return answer;
    });
    const contains = vi.fn(async ({ origins = [] }: { origins?: string[] }) => origins.length > 0 && origins.every((o) => granted.has(o)));
    Object.assign(fakeBrowser.permissions, { request, contains });
    return { granted, request, contains };
  }

  it('requests exactly that origin, and then has that site and no other', async () => {
    const permissions = fakePermissions();
    expect(await hasSiteAccess('https://news.example/story')).toBe(false);
    expect(permissions.contains).toHaveBeenLastCalledWith({ origins: ['https://news.example/*'] });
    expect(await requestSiteAccess('https://news.example/story?page=2#comments')).toBe(true);
    expect(permissions.request).toHaveBeenCalledExactlyOnceWith({ origins: ['https://news.example/*'] });
    expect([...permissions.granted]).toEqual(['https://news.example/*']);
    expect(await hasSiteAccess('https://news.example/another-story')).toBe(true);
    expect(permissions.contains).toHaveBeenLastCalledWith({ origins: ['https://news.example/*'] });
    // Another site, or the same host on another scheme or port, is another origin.
    expect(await hasSiteAccess('https://elsewhere.example/story')).toBe(false);
    expect(permissions.contains).toHaveBeenLastCalledWith({ origins: ['https://elsewhere.example/*'] });
    expect(await hasSiteAccess('http://news.example/story')).toBe(false);
    expect(await hasSiteAccess('https://news.example:8443/story')).toBe(false);
  });

  it('asks for nothing for a page that is not a web page, and reports a refusal', async () => {
    const permissions = fakePermissions(false);
    expect(await requestSiteAccess('javascript:alert(1)')).toBe(false);
    expect(await hasSiteAccess('chrome://settings')).toBe(false);
    expect(permissions.request).not.toHaveBeenCalled();
    expect(permissions.contains).not.toHaveBeenCalled();
    expect(await requestSiteAccess('https://news.example/story')).toBe(false);
    expect(permissions.request).toHaveBeenCalledExactlyOnceWith({ origins: ['https://news.example/*'] });
    expect(await hasSiteAccess('https://news.example/story')).toBe(false);
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
