import { defineContentScript } from 'wxt/utils/define-content-script';
import { notArticle, type ReadResult } from '@/utils/article';
import { inUiWords, t } from '@/utils/i18n';
import { readPage } from '@/utils/read-page';

// Injected on demand by the background (activeTab + scripting), never into every page. What
// main() returns is what scripting.executeScript hands back.
export default defineContentScript({
  registration: 'runtime',
  main(): ReadResult {
    try {
      return inUiWords(readPage(document, location.href));
    } catch (error) {
      return notArticle('error', t('readFailed', (error as Error).message));
    }
  },
});
