import { browser } from 'wxt/browser';

/** Lede holds no host permission: it asks for one site at a time, at a click (issue #5, #10). */

/** The site of `url` as a permission origin (`https://example.com/*`), or null. */
export function siteOrigin(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? `${parsed.origin}/*` : null;
  } catch {
    return null;
  }
}

/** Whether Lede may read pages of `url`'s site (granted once by the user, or the e2e build's). */
export async function hasSiteAccess(url: string): Promise<boolean> {
  const origin = siteOrigin(url);
  return !!origin && (await browser.permissions.contains({ origins: [origin] }).catch(() => false));
}

/** Asks the user to let Lede read `url`'s site. Call it straight from a click: the browser
 * grants the request only within a user gesture. */
export function requestSiteAccess(url: string): Promise<boolean> {
  const origin = siteOrigin(url);
  if (!origin) return Promise.resolve(false);
  return browser.permissions.request({ origins: [origin] }).catch(() => false);
}
