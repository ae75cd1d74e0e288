import { browser } from 'wxt/browser';
import { t } from './i18n';
import type { PickRequest } from './messaging';
import { openReader } from './open-views';
import { forgetPick, rememberPick } from './site-picks';
import { forgetTab, injectionFailure, isRestrictedUrl, tabUrl } from './tab-extraction';

/**
 * The service worker's side of "This isn't the article?" (issue #12): it injects the picker into
 * the page, and when the person has picked, remembers the block for the site, drops the tab's
 * article (read again, the pick first) and shows the person the reader. The views read their tab
 * again when a site's pick changes (utils/use-site-pick.ts).
 */

export const PICKER_SCRIPT = '/content-scripts/picker.js';

/** Page tab → where the pick was asked from. In memory: a worker stopped meanwhile opens the
 * reader, which is what the popup would have done. */
const askedFrom = new Map<number, PickRequest['from']>();

/** Starts the picker on the request's tab; null once it runs, else why it cannot. */
export async function startPicking({ tabId, from }: PickRequest): Promise<string | null> {
  const url = await tabUrl(tabId);
  if (url === null) return t('tabClosed');
  if (isRestrictedUrl(url)) return t('browserPage');
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [PICKER_SCRIPT] });
  } catch (error) {
    const failed = injectionFailure(error);
    return failed.ok ? null : failed.message;
  }
  askedFrom.set(tabId, from);
  // From the reader, the page is in another tab: show it.
  if (typeof from === 'number') await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
  return null;
}

/** The person picked `selector` on `url` in tab `tabId`. */
export async function contentPicked(tabId: number, url: string, selector: string): Promise<void> {
  forgetTab(tabId); // before the pick is stored: views read again when it is
  await rememberPick(url, selector);
  await backToView(tabId, true);
}

export async function pickCancelled(tabId: number): Promise<void> {
  await backToView(tabId, false);
}

/** Forgets the pick for `url`'s site; the tab's article is read again by Lede's own rules. */
export async function forgetSitePick(tabId: number, url: string): Promise<void> {
  forgetTab(tabId);
  await forgetPick(url);
}

async function backToView(tabId: number, picked: boolean): Promise<void> {
  const from = askedFrom.get(tabId) ?? 'popup';
  askedFrom.delete(tabId);
  if (typeof from === 'number') {
    const shown = await browser.tabs.update(from, { active: true }).catch(() => null);
    if (shown || !picked) return;
  } else if (from === 'panel' || !picked) return;
  await openReader(tabId);
}
