import { defineBackground } from 'wxt/utils/define-background';
import { readUrl, registerLibraryMenus } from '@/utils/library/background';
import { onMessage } from '@/utils/messaging';
import { readTab, watchTabs } from '@/utils/read-tab';

export default defineBackground(() => {
  onMessage('readTab', ({ data }) => readTab(data));
  watchTabs();
  onMessage('readUrl', ({ data }) => readUrl(data));
  registerLibraryMenus();
});
