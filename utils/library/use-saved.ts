import { useState } from 'preact/hooks';
import type { Article } from '../article';
import { sanitizeHtml } from '../sanitize';
import { library, requestPersistence } from './db';
import { useLiveQuery } from './live';
import { removeArticles, saveArticle, savedId } from './store';

export type SavedState = 'unknown' | 'unsaved' | 'saving' | 'saved';

/**
 * An article's place in the library, for the popup: whether it is saved (kept current), and
 * saving or removing it. Saving happens here, in the extension page, because sanitizing needs a
 * DOM and the service worker has none.
 */
export function useSaved(article: Article | null) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const saved = useLiveQuery(
    () => (article ? savedId(library(), article) : Promise.resolve(null)),
    [article],
    null as string | null,
  );
  const state: SavedState = busy ? 'saving' : saved.loading ? 'unknown' : saved.value ? 'saved' : 'unsaved';

  async function save(): Promise<void> {
    if (!article) return;
    setBusy(true);
    setError(null);
    try {
      void requestPersistence();
      await saveArticle(library(), article, sanitizeHtml);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function remove(): Promise<void> {
    if (!saved.value) return;
    setError(null);
    try {
      await removeArticles(library(), [saved.value]);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return { state, error: error ?? saved.error?.message ?? null, save, remove };
}
