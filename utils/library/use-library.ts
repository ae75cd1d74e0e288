import { liveQuery } from 'dexie';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { tn } from '../i18n';
import { sanitizeHtml } from '../sanitize';
import type { Card } from './db';
import { library } from './db';
import { useLiveQuery } from './live';
import { listCards, listTags, PAGE_SIZE, SEARCH_DEBOUNCE_MS, searchLibrary, type Shelf } from './query';
import { addTag, drainInbox, normalizeTag, putImported, removeArticles, removeTag, setArchived, setFavorite, setRead } from './store';
import type { SavedArticle } from './types';

export interface Notice {
  text: string;
  kind: 'info' | 'error';
  /** Put back what the last action removed. */
  undo?: () => void;
}

/** Everything the library page shows and does, for components/library/LibraryPage. */
export function useLibrary() {
  const db = library();
  const [shelf, setShelf] = useState<Shelf>('all');
  const [tag, setTag] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query), query ? SEARCH_DEBOUNCE_MS : 0);
    return () => clearTimeout(timer);
  }, [query]);

  // Articles the service worker read (context menu, shortcut) wait in the inbox for a page with
  // a DOM to sanitize them: this page saves them as soon as they come.
  useEffect(() => {
    const subscription = liveQuery(() => db.inbox.count()).subscribe({
      next: (count) => {
        if (count) drainInbox(db, sanitizeHtml).catch((e: Error) => setNotice({ text: e.message, kind: 'error' }));
      },
    });
    return () => subscription.unsubscribe();
  }, [db]);

  const filter = useMemo(() => ({ shelf, tag }), [shelf, tag]);
  const items = useLiveQuery<{ cards: Card[]; total: number | null; more: boolean; searched: string | null }>(
    async () => {
      if (debounced.trim()) return { ...(await searchLibrary(db, debounced, filter, limit)), searched: debounced };
      // One card more than shown, to know whether there is more.
      const cards = await listCards(db, filter, 0, limit + 1);
      return { cards: cards.slice(0, limit), total: null, more: cards.length > limit, searched: null };
    },
    [debounced, filter, limit],
    { cards: [], total: null, more: false, searched: null },
  );
  const tags = useLiveQuery(() => listTags(db), [], []);

  const shown = items.value.cards;

  function changeView(change: () => void): void {
    change();
    setLimit(PAGE_SIZE);
    setSelected(new Set());
  }

  async function act(what: () => Promise<unknown>, done?: Notice): Promise<void> {
    try {
      await what();
      setNotice(done ?? null);
    } catch (e) {
      setNotice({ text: (e as Error).message, kind: 'error' });
    }
  }

  const ids = () => [...selected];

  return {
    shelf,
    tag,
    query,
    items: shown,
    total: items.value.total,
    searched: items.value.searched,
    loading: items.loading,
    error: items.error?.message ?? null,
    more: items.value.more,
    tags: tags.value,
    selected,
    notice,
    setShelf: (value: Shelf) => changeView(() => setShelf(value)),
    setTag: (value: string | null) => changeView(() => setTag(value)),
    setQuery: (value: string) => changeView(() => setQuery(value)),
    showMore: () => setLimit((n) => n + PAGE_SIZE),
    toggle(id: string) {
      const next = new Set(selected);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      setSelected(next);
    },
    selectAll: (on: boolean) => setSelected(on ? new Set(shown.map((c) => c.id)) : new Set()),
    dismissNotice: () => setNotice(null),
    setNotice,
    tagSelected: (name: string) => act(() => addTag(db, ids(), name), { text: tn('noticeTagged', selected.size, normalizeTag(name)), kind: 'info' }),
    untagSelected: (name: string) => act(() => removeTag(db, ids(), name), { text: tn('noticeUntagged', selected.size, normalizeTag(name)), kind: 'info' }),
    archiveSelected: (archived: boolean) =>
      act(() => setArchived(db, ids(), archived), {
        text: tn(archived ? 'noticeArchived' : 'noticeUnarchived', selected.size),
        kind: 'info',
      }).then(() => setSelected(new Set())),
    favoriteSelected: (favorite: boolean) => act(() => setFavorite(db, ids(), favorite)),
    readSelected: (read: boolean) => act(() => setRead(db, ids(), read)),
    async deleteSelected() {
      const chosen = ids();
      // Kept in memory until the next action, so "Undo" can put them back whole.
      const records = (await db.articles.bulkGet(chosen)).filter((r): r is SavedArticle => !!r);
      await act(() => removeArticles(db, chosen), {
        text: tn('noticeDeleted', records.length),
        kind: 'info',
        undo: () => void act(() => putImported(db, records), { text: tn('noticeRestored', records.length), kind: 'info' }),
      });
      setSelected(new Set());
    },
  };
}

