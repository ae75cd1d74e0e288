import { defineBackground } from 'wxt/utils/define-background';
import { watchAutoReader, type AutoReaderOutcome } from '@/utils/auto-reader-background';
import { command, menuClick, registerMenus } from '@/utils/background-menus';
import { isReadingTab, readUrl } from '@/utils/library/background';
import { onMessage } from '@/utils/messaging';
import { contentPicked, forgetSitePick, pickCancelled, startPicking } from '@/utils/pick-background';
import { readTab, watchTabs } from '@/utils/tab-extraction';
import { recordTestErrors } from '@/utils/test-errors';

export default defineBackground(() => {
  if (import.meta.env.MODE === 'e2e') recordTestErrors('background'); // tests read what it records
  onMessage('readTab', ({ data }) => readTab(data));
  watchTabs();
  onMessage('readUrl', ({ data }) => readUrl(data));
  onMessage('pickContent', ({ data }) => startPicking(data));
  onMessage('contentPicked', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    const url = sender.url ?? sender.tab?.url;
    if (tabId !== undefined && url) return contentPicked(tabId, url, data);
  });
  onMessage('pickCancelled', ({ sender }) => {
    if (sender.tab?.id !== undefined) return pickCancelled(sender.tab.id);
  });
  onMessage('forgetPick', ({ data }) => forgetSitePick(data.tabId, data.url));
  registerMenus();
  // The e2e build only (`--mode e2e`; the production bundle drops it): Playwright can neither
  // click a native context menu nor press a browser shortcut, so tests call the very handlers
  // the browser's events call, and wait on what the per-site reader decided instead of on time.
  const e2e = import.meta.env.MODE === 'e2e';
  const autoReaderLog: { tabId: number; url: string; outcome: AutoReaderOutcome }[] = [];
  watchAutoReader(isReadingTab, e2e ? (tabId, url, outcome) => void autoReaderLog.push({ tabId, url, outcome }) : undefined);
  if (e2e) Object.assign(globalThis, { ledeTest: { menuClick, command, autoReaderLog } });
});
