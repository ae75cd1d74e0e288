import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../article';
import { t } from '../i18n';
import { sendMessage } from '../messaging';
import { sanitizeHtml } from '../sanitize';
import { hostOf, isWebUrl } from '../url';
import { library } from './db';
import { relatedInLibrary } from './query';
import { libraryLinks, scrollFraction, scrollTarget, articleOfRecord, type LibraryLink } from './reading';
import { articleId, drainInbox, fillLink, READ_AT, setProgress } from './store';
import type { SavedArticle } from './types';
import { hasSiteAccess } from '../site-access';
import { savedReaderUrl } from './open-library';

/** The position is written at most this often while scrolling. */
const SAVE_POSITION_MS = 800;

export type SavedRead =
  | { state: 'loading'; message?: string }
  | { state: 'missing'; message: string }
  | { state: 'link'; record: SavedArticle; message: string; needsAccess?: boolean }
  | { state: 'ready'; record: SavedArticle; article: Article };

/**
 * A saved article for reader.html?id=ID, from IndexedDB only: it opens with the network off.
 * A link saved without its content is read from its page the first time, then kept.
 */
export function useSavedArticle(id: string, attempt = 0): SavedRead {
  const [read, setRead] = useState<SavedRead>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    const db = library();
    void (async () => {
      try {
        await drainInbox(db, sanitizeHtml); // saved from a menu a moment ago: it waits there
        const record = await db.articles.get(id);
        if (!live) return;
        if (!record) return setRead({ state: 'missing', message: t('readerMissing') });
        if (record.html !== null) return setRead({ state: 'ready', record, article: articleOfRecord(record) });
        // A link of another scheme, saved by an older version: never fetched, shown as text (issue #16).
        if (!isWebUrl(record.url)) return setRead({ state: 'link', record, message: t('linkReaderNotWeb') });
        if (!(await hasSiteAccess(record.url))) {
          // No request yet: the reader asks the user for this one site (a click) and retries.
          if (live) setRead({ state: 'link', record, needsAccess: true, message: t('readerLinkNeedsAccess', hostOf(record.url)) });
          return;
        }
        setRead({ state: 'loading', message: t('readerFetching') });
        const result = await sendMessage('readUrl', record.url);
        if (!live) return;
        if (!result.ok) {
          return setRead({ state: 'link', record, message: t('readerFetchFailed', result.message) });
        }
        const filled = await fillLink(db, id, result.article, sanitizeHtml);
        if (live) setRead({ state: 'ready', record: filled, article: articleOfRecord(filled) });
      } catch (error) {
        if (live) setRead({ state: 'missing', message: (error as Error).message });
      }
    })();
    return () => {
      live = false;
    };
  }, [id, attempt]);
  return read;
}

/**
 * Restores the saved reading position once the article is on the page, then keeps it as the
 * reader scrolls; reaching the end marks the article read. Returns the progress to show.
 */
export function useReadingPosition(record: SavedArticle | null): { progress: number; read: boolean } {
  const [progress, setLocal] = useState(record?.progress ?? 0);
  const [read, setReadState] = useState(record?.readAt != null);
  const id = record?.id ?? null;
  useEffect(() => {
    if (!record || !id) return;
    const page = document.documentElement;
    // Wait a frame for the body to lay out, then go back to where the reader was.
    requestAnimationFrame(() => window.scrollTo(0, scrollTarget(record.progress, window.innerHeight, page.scrollHeight)));
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest = record.progress;
    const save = () => {
      timer = undefined;
      void setProgress(library(), id, latest).catch(() => undefined);
      if (latest >= READ_AT) setReadState(true);
    };
    const onScroll = () => {
      latest = scrollFraction(window.scrollY, window.innerHeight, page.scrollHeight);
      setLocal(latest);
      timer ??= setTimeout(save, SAVE_POSITION_MS);
    };
    const onHide = () => {
      if (timer) {
        clearTimeout(timer);
        save();
      }
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onHide);
      onHide();
    };
    // The record's id, not its object: a position saved here must not restart this.
  }, [id]);
  return { progress, read };
}

/** "Related in your library" for an article on screen (saved or not). */
export function useLibraryRelated(article: Article | null, id?: string): LibraryLink[] {
  const [links, setLinks] = useState<LibraryLink[]>([]);
  useEffect(() => {
    if (!article) return;
    let live = true;
    const self = id ?? articleId(article);
    relatedInLibrary(library(), { id: self, title: article.title, text: article.text })
      .then((cards) => live && setLinks(libraryLinks(cards, savedReaderUrl)))
      .catch(() => undefined); // a missing "related" block is no error worth a message
    return () => {
      live = false;
    };
  }, [article, id]);
  return links;
}
