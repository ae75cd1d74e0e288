import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { notArticle, type ReadResult } from './article';
import { t } from './i18n';
import { sendMessage } from './messaging';

/** A view gives up on a page after this long and says so, rather than spin forever. */
export const READ_TIMEOUT_MS = 20_000;

/** `?tab=ID` in the page's URL, for tests and people; else the active tab of this window. */
export async function resolveTabId(search: string = location.search): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function loadTabRead(tabId: number, timeoutMs = READ_TIMEOUT_MS): Promise<ReadResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ReadResult>((resolve) => {
    timer = setTimeout(
      () => resolve(notArticle('error', t('readTimeout'))),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([sendMessage('readTab', tabId), timeout]);
  } catch (error) {
    return notArticle('error', t('readFailed', (error as Error).message));
  } finally {
    clearTimeout(timer);
  }
}

export interface TabRead {
  tabId: number | null;
  result: ReadResult | null;
}

/** The article of the view's tab, read on mount and again whenever `attempt` changes (a pick
 * made or forgotten for the site). `result` is null while reading. */
export function useTabRead(search?: string, attempt = 0): TabRead {
  const [state, setState] = useState<TabRead>({ tabId: null, result: null });
  useEffect(() => {
    let live = true;
    setState((last) => (last.result ? { tabId: last.tabId, result: null } : last));
    void (async () => {
      const tabId = await resolveTabId(search);
      const result = tabId === null ? notArticle('error', t('noTab')) : await loadTabRead(tabId);
      if (live) setState({ tabId, result });
    })();
    return () => {
      live = false;
    };
  }, [search, attempt]);
  return state;
}
