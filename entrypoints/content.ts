import { defineContentScript } from 'wxt/utils/define-content-script';
import { notArticle, type ReadResult } from '@/utils/article';
import { inUiWords, t } from '@/utils/i18n';
import { sameOriginFetch, withNextPages } from '@/utils/next-pages';
import { readPage } from '@/utils/read-page';
import { pickFor } from '@/utils/site-picks';

// Injected on demand by the background (activeTab + scripting), never into every page. What
// main() resolves to is what scripting.executeScript hands back.
export default defineContentScript({
  registration: 'runtime',
  async main(): Promise<ReadResult> {
    try {
      // The block the person picked as the article on this site, if they did (issue #12).
      const options = { picked: await pickFor(location.href).catch(() => null) };
      const first = readPage(document, location.href, options);
      // An article split over pages: the next ones, on this origin only (utils/next-pages.ts).
      const parse = (html: string, url: string) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const base = doc.createElement('base');
        base.href = url; // relative links and images of that page resolve against it
        doc.head.prepend(base);
        return doc;
      };
      return inUiWords(await withNextPages(first, document, location.href, sameOriginFetch(location.origin), parse, options));
    } catch (error) {
      return notArticle('error', t('readFailed', (error as Error).message));
    }
  },
});
