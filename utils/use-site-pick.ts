import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Article } from './article';
import { sendMessage, type PickRequest } from './messaging';
import { watchPicks } from './site-picks';

/** A count that goes up whenever a site's pick is made or forgotten: a view that passes it to
 * `useTabRead` reads its tab again then (issue #12). */
export function usePickChanges(): number {
  const [changes, setChanges] = useState(0);
  useEffect(() => watchPicks(() => setChanges((n) => n + 1)), []);
  return changes;
}

export interface PickActions {
  /** Starts the picker on the tab's page; undefined where there is no page to pick on. */
  onPick?: () => void;
  /** Forgets the site's pick; undefined where the article was not read with one. */
  onForget?: () => void;
  /** Why the picker could not start (a browser page, a closed tab). */
  error: string | null;
}

/** "This isn't the article?" and "Forget my pick" for a view of tab `tabId`. */
export function usePickActions(tabId: number | null, article: Article | null, view: 'popup' | 'panel' | 'reader'): PickActions {
  const [error, setError] = useState<string | null>(null);
  if (tabId === null) return { error };
  const onPick = () =>
    void (async () => {
      const from: PickRequest['from'] = view === 'reader' ? ((await browser.tabs.getCurrent())?.id ?? 'popup') : view;
      const refused = await sendMessage('pickContent', { tabId, from }).catch((e: Error) => e.message);
      setError(refused);
      if (!refused && view === 'popup') window.close(); // the page is where the person picks
    })();
  const pick = article?.pick;
  const onForget = pick ? () => void sendMessage('forgetPick', { tabId, url: article.url }).catch((e: Error) => setError(e.message)) : undefined;
  return { onPick, onForget, error };
}
