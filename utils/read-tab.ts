import { browser } from 'wxt/browser';
import { notArticle, type ReadResult } from './article';
import { dropCachedRead, getCachedRead, setCachedRead } from './tab-cache';

/** Pages where no extension may run a script: the browser's own pages and its extension store. */
const RESTRICTED_URL =
  /^(?:chrome|chrome-extension|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|devtools|data|javascript|file):|^https:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)\b/i;

export const CONTENT_SCRIPT = '/content-scripts/content.js';

const inFlight = new Map<number, Promise<ReadResult>>();

/** The article of a tab: from the session cache, else by injecting the content script once. */
export function readTab(tabId: number): Promise<ReadResult> {
  let pending = inFlight.get(tabId);
  if (!pending) {
    pending = readTabUncached(tabId).finally(() => inFlight.delete(tabId));
    inFlight.set(tabId, pending);
  }
  return pending;
}

async function readTabUncached(tabId: number): Promise<ReadResult> {
  let url: string;
  try {
    url = (await browser.tabs.get(tabId)).url ?? '';
  } catch {
    return notArticle('error', 'That tab is closed.');
  }
  const cached = await getCachedRead(tabId);
  if (cached && cached.url === url) return cached.result;

  if (!url || RESTRICTED_URL.test(url)) {
    return notArticle('restricted', 'This is a browser page: the browser does not let extensions read it.');
  }
  if (/\.pdf(?:[?#]|$)/i.test(url)) {
    return notArticle('not-html', 'This is a PDF, not a web page: Lede reads articles on web pages.');
  }
  let result: ReadResult;
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    result = (injection?.result as ReadResult | undefined) ?? notArticle('error', 'The page did not answer.');
  } catch (error) {
    return notArticle('restricted', `Lede can't read this page: ${(error as Error).message}`);
  }
  await setCachedRead(tabId, { url, result });
  return result;
}

/** Forget a tab's article when it starts loading another page or closes. */
export function watchTabs(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.url) void dropCachedRead(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void dropCachedRead(tabId));
}
