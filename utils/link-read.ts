import { useEffect, useState } from 'preact/hooks';
import type { Article } from './article';
import { t } from './i18n';
import { hasSiteAccess } from './site-access';
import { sendMessage } from './messaging';
import { takeHandOff } from './reader-handoff';
import { hostOf, isWebUrl } from './url';

export type LinkRead =
  | { state: 'loading'; message?: string }
  /** Lede may not read the site yet: the reader asks for that one origin at a click. */
  | { state: 'needs-access'; url: string; message: string }
  | { state: 'ready'; article: Article }
  /** `url` is set when it is a web page the person can still open themselves. */
  | { state: 'failed'; message: string; url?: string };

/**
 * The article of the page at `url`, for reader.html?url= (issue #10): the one the service worker
 * handed over when it opened this reader itself, else read from the page in a background tab
 * (the `readUrl` message), exactly as a saved link is read the first time. That needs the site's
 * permission: without it the state says so and the reader offers the request; `attempt` changes
 * after the person granted it, to read again.
 */
export function useLinkRead(url: string, attempt = 0): LinkRead {
  const [read, setRead] = useState<LinkRead>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    const set = (next: LinkRead) => live && setRead(next);
    void (async () => {
      if (!isWebUrl(url)) return set({ state: 'failed', message: t('linkReaderNotWeb') });
      try {
        const handed = await takeHandOff(url);
        if (handed) return set({ state: 'ready', article: handed });
        if (!(await hasSiteAccess(url))) {
          return set({ state: 'needs-access', url, message: t('linkReaderNeedsAccess', hostOf(url)) });
        }
        set({ state: 'loading', message: t('linkReaderFetching') });
        const result = await sendMessage('readUrl', url);
        set(result.ok ? { state: 'ready', article: result.article } : { state: 'failed', message: result.message, url });
      } catch (error) {
        set({ state: 'failed', message: t('readFailed', (error as Error).message), url });
      }
    })();
    return () => {
      live = false;
    };
  }, [url, attempt]);
  return read;
}
