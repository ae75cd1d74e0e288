import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { requestSiteAccess, siteOrigin } from './site-access';
import { urlKey, webOrigin } from './url';

/**
 * "Always open the reader on this site" (issue #10): the sites the person switched it on for,
 * each an origin (`https://example.com`, a port if any). Turning a site on asks the browser for
 * that one site at the click, never at install: the permission is what lets the service worker
 * read a page of it as it loads, without the toolbar click that grants `activeTab`.
 */

/** Far more than anyone switches on; keeps the item well inside storage.sync's 8 KB. */
export const MAX_SITES = 500;

const autoReaderItem = storage.defineItem<string[]>('sync:autoReaderSites', { fallback: [], version: 1 });

/** A stored value that names a site and nothing more (`https://a.example`, a port if any). */
function siteOf(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 300) return null;
  try {
    const url = new URL(value);
    const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    return bare ? webOrigin(value) : null;
  } catch {
    return null;
  }
}

/** The stored list, whatever storage holds: origins only, each once, the newest MAX_SITES. */
export function validSites(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const sites = new Set<string>();
  for (const value of raw) {
    const site = siteOf(value);
    if (site) sites.add(site);
  }
  return [...sites].slice(-MAX_SITES);
}

export async function autoReaderSites(): Promise<string[]> {
  return validSites(await autoReaderItem.getValue().catch(() => []));
}

export function watchAutoReaderSites(onChange: (sites: string[]) => void): () => void {
  return autoReaderItem.watch((value) => onChange(validSites(value)));
}

let writing: Promise<unknown> = Promise.resolve();

/** Changes the list; two quick toggles are written one after the other, never from one read. */
function changeSites(change: (sites: string[]) => string[]): Promise<string[]> {
  const write = writing.then(async () => {
    const next = validSites(change(await autoReaderSites()));
    await autoReaderItem.setValue(next);
    return next;
  });
  writing = write.catch(() => undefined);
  return write;
}

/**
 * Switches the site of `url` on. The permission request is made first, before any await, as the
 * browser grants it only inside the click (Firefox drops the gesture at the first await). Resolves
 * false, the list untouched, when the person or the browser refuses.
 */
export function turnOnAutoReader(url: string): Promise<boolean> {
  const origin = webOrigin(url);
  if (!origin) return Promise.resolve(false);
  return requestSiteAccess(url).then(async (granted) => {
    if (granted) await changeSites((sites) => [...sites, origin]);
    return granted;
  });
}

/** Switches the site of `url` off, and gives its permission back: nothing of it is read any more. */
export async function turnOffAutoReader(url: string): Promise<void> {
  const origin = webOrigin(url);
  if (!origin) return;
  await changeSites((sites) => sites.filter((site) => site !== origin));
  const pattern = siteOrigin(url);
  // A permission the manifest requires (the e2e build's loopback) cannot be removed: it stays.
  if (pattern) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

export interface TabLoad {
  /** `status` of the tabs.onUpdated change. */
  status?: string;
  url?: string;
  sites: readonly string[];
  /** Whether Lede holds the page's site permission (without it, nothing may be read). */
  permitted: boolean;
  /** Pages this tab already showed in the reader (and the tab it was opened from), as urlKeys. */
  shown: readonly string[];
}

/**
 * Whether a tab that just loaded a page should show it in the reader: a page loaded to the end,
 * of a listed site Lede may read, that this tab has not shown in the reader yet. That last check
 * is the loop guard: "Read on the original page" and Back lead to a page already shown, which
 * then stays the page.
 */
export function shouldOpenReader(load: TabLoad): boolean {
  if (load.status !== 'complete' || !load.url) return false;
  const origin = webOrigin(load.url);
  return !!origin && load.sites.includes(origin) && load.permitted && !load.shown.includes(urlKey(load.url));
}
