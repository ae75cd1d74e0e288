import { browser } from 'wxt/browser';
import { notArticle, type ReadResult } from './article';
import { t } from './i18n';
import { dropCachedRead, getCachedRead, setCachedRead } from './tab-cache';

/** Pages where no extension may run a script: the browser's own pages and its extension store. */
const RESTRICTED_URL =
  /^(?:chrome|chrome-extension|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|devtools|data|javascript|file):|^https:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)\b/i;

export const CONTENT_SCRIPT = '/content-scripts/content.js';

/** Whether no extension may run a script on `url` ('' is a URL the browser hides). */
export function isRestrictedUrl(url: string): boolean {
  return !url || RESTRICTED_URL.test(url);
}

const inFlight = new Map<number, Promise<ReadResult>>();

/** The article of a tab: from the session cache, else by injecting the content script once. */
export function readTab(tabId: number): Promise<ReadResult> {
  let pending = inFlight.get(tabId);
  if (!pending) {
    const read = readTabUncached(tabId).finally(() => {
      // A navigation may already have replaced this read with one of the new page.
      if (inFlight.get(tabId) === read) inFlight.delete(tabId);
    });
    inFlight.set(tabId, read);
    pending = read;
  }
  return pending;
}

/** The tab shows another page now: neither its cached article nor a read under way is its. */
export function forgetTab(tabId: number): void {
  inFlight.delete(tabId);
  void dropCachedRead(tabId);
}

async function readTabUncached(tabId: number): Promise<ReadResult> {
  const url = await tabUrl(tabId);
  if (url === null) return notArticle('error', t('tabClosed'));
  const cached = await getCachedRead(tabId).catch(() => null); // no cache is a slower read, not a failure
  if (cached && cached.url === url) return cached.result;

  if (isRestrictedUrl(url)) return notArticle('restricted', t('browserPage'));
  if (/\.pdf(?:[?#]|$)/i.test(url)) return notArticle('not-html', t('pdfPage'));
  let result: ReadResult;
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    result = isReadResult(injection?.result)
      ? injection.result
      : notArticle('error', t('pageSilent'));
  } catch (error) {
    return injectionFailure(error);
  }
  // Cached only if the tab still shows that page (it may have navigated while it was read). A
  // result too big for session storage (a huge page) is still shown: it is just not cached.
  if ((await tabUrl(tabId)) === url) await setCachedRead(tabId, { url, result }).catch(() => undefined);
  return result;
}


/** The tab's URL; '' when the browser hides it; null when there is no such tab. */
export async function tabUrl(tabId: number): Promise<string | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab ? (tab.url ?? '') : null;
  } catch {
    return null;
  }
}

function isReadResult(value: unknown): value is ReadResult {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * What the user reads when the browser refuses to run the content script. The browser's own
 * wording ("Cannot access contents of the page. Extension manifest must request permission…")
 * means nothing to a reader, so it is turned into a reason and a next step.
 */
export function injectionFailure(error: unknown): ReadResult {
  const detail = error instanceof Error ? error.message : String(error);
  if (/no tab with id|tab was closed|frame .*(?:removed|not found)|no frame with id/i.test(detail)) {
    return notArticle('error', t('pageChanged'));
  }
  if (/error page|chrome-error|about:neterror/i.test(detail)) {
    return notArticle('error', t('pageNotLoaded'));
  }
  if (/cannot be scripted|cannot access a? ?(?:chrome|about|moz|edge|resource)|restricted|extensions gallery/i.test(detail)) {
    return notArticle('restricted', t('browserPage'));
  }
  if (/permission|cannot access|missing host/i.test(detail)) return notArticle('restricted', t('clickFirst'));
  return notArticle('error', t('scriptRefused'));
}

/** Forget a tab's article when it starts loading another page or closes. */
export function watchTabs(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.url) forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
}
