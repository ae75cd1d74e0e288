import { useState } from 'preact/hooks';
import { t, tn, type MessageKey } from '@/utils/i18n';
import type { Card } from '@/utils/library/db';
import type { Shelf } from '@/utils/library/query';
import { ExportMenu, type ExportFormat } from './ExportMenu';
import { ImportPlan, type ImportPlanSummary } from './ImportPlan';
import { LibraryItem } from './LibraryItem';

export type { ExportFormat } from './ExportMenu';

const SHELVES: { shelf: Shelf; label: MessageKey }[] = [
  { shelf: 'all', label: 'shelfSaved' },
  { shelf: 'unread', label: 'shelfUnread' },
  { shelf: 'favorites', label: 'shelfFavourites' },
  { shelf: 'archived', label: 'shelfArchived' },
];

export interface LibraryPageProps {
  shelf: Shelf;
  tag: string | null;
  query: string;
  items: Card[];
  /** Search results in all; null for the plain list, or when there are more than a page of them. */
  total: number | null;
  /** The search the items answer (it can trail the box while a newer one runs); null for the
   * plain list. */
  searched: string | null;
  loading: boolean;
  error: string | null;
  more: boolean;
  tags: string[];
  selected: ReadonlySet<string>;
  notice: { text: string; kind: 'info' | 'error'; undo?: () => void } | null;
  importPlan: ImportPlanSummary | null;
  importing: boolean;
  importAccept: string;
  readerHref: (id: string) => string;
  setShelf: (shelf: Shelf) => void;
  setTag: (tag: string | null) => void;
  setQuery: (query: string) => void;
  showMore: () => void;
  toggle: (id: string) => void;
  selectAll: (on: boolean) => void;
  dismissNotice: () => void;
  tagSelected: (tag: string) => void;
  untagSelected: (tag: string) => void;
  archiveSelected: (archived: boolean) => void;
  favoriteSelected: (favorite: boolean) => void;
  readSelected: (read: boolean) => void;
  deleteSelected: () => void;
  onImportFile: (file: File) => void;
  onConfirmImport: () => void;
  onCancelImport: () => void;
  onExport: (format: ExportFormat) => void;
}

/** The library page: search, shelves and tags, the list, bulk actions, import and export. */
export function LibraryPage(props: LibraryPageProps) {
  const { items, selected } = props;
  const [newTag, setNewTag] = useState('');
  const searching = props.query.trim() !== '';

  return (
    <main class="library">
      <header class="library-head">
        <h1>{t('libraryTitle')}</h1>
        <input
          type="search"
          class="library-search"
          placeholder={t('librarySearchPlaceholder')}
          aria-label={t('librarySearchLabel')}
          data-testid="library-search"
          value={props.query}
          onInput={(e) => props.setQuery(e.currentTarget.value)}
        />
        <div class="library-tools">
          <label class="button-like">
            {t('importButton')}
            <input
              type="file"
              class="visually-hidden"
              accept={props.importAccept}
              data-testid="library-import"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) props.onImportFile(file);
                e.currentTarget.value = '';
              }}
            />
          </label>
          <ExportMenu label={selected.size ? tn('exportSelected', selected.size) : t('exportAll')} onExport={props.onExport} />
        </div>
      </header>

      <nav class="shelves" aria-label={t('shelvesLabel')}>
        {SHELVES.map(({ shelf, label }) => (
          <button type="button" key={shelf} aria-pressed={props.shelf === shelf} data-testid={`shelf-${shelf}`} onClick={() => props.setShelf(shelf)}>
            {t(label)}
          </button>
        ))}
        {props.tags.length > 0 && (
          <select aria-label={t('tagFilterLabel')} data-testid="tag-filter" value={props.tag ?? ''} onChange={(e) => props.setTag(e.currentTarget.value || null)}>
            <option value="">{t('allTags')}</option>
            {props.tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        )}
      </nav>

      {props.importPlan && (
        <ImportPlan plan={props.importPlan} busy={props.importing} onConfirm={props.onConfirmImport} onCancel={props.onCancelImport} />
      )}

      {props.notice && (
        <p class={`notice ${props.notice.kind}`} role={props.notice.kind === 'error' ? 'alert' : 'status'} data-testid="library-notice">
          {props.notice.text}
          {props.notice.undo && (
            <button type="button" data-testid="library-undo" onClick={props.notice.undo}>
              {t('undo')}
            </button>
          )}
          <button type="button" class="dismiss" aria-label={t('dismiss')} onClick={props.dismissNotice}>
            ×
          </button>
        </p>
      )}

      {/* A group, so that its label is announced: a plain div's aria-label is not. */}
      <div class={`bulk-bar${selected.size ? ' active' : ''}`} role="group" aria-label={t('bulkLabel')}>
        <label>
          <input
            type="checkbox"
            data-testid="library-select-all"
            checked={items.length > 0 && items.every((c) => selected.has(c.id))}
            onChange={(e) => props.selectAll(e.currentTarget.checked)}
          />{' '}
          {selected.size ? tn('selectedCount', selected.size) : t('selectAll')}
        </label>
        <form
          class="tag-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (newTag.trim() && selected.size) {
              props.tagSelected(newTag);
              setNewTag('');
            }
          }}
        >
          <input
            type="text"
            placeholder={t('tagPlaceholder')}
            aria-label={t('tagInputLabel')}
            data-testid="library-tag-input"
            value={newTag}
            onInput={(e) => setNewTag(e.currentTarget.value)}
            disabled={!selected.size}
          />
          <button type="submit" data-testid="library-tag" disabled={!selected.size || !newTag.trim()}>
            {t('tagButton')}
          </button>
          <button
            type="button"
            data-testid="library-untag"
            disabled={!selected.size || !newTag.trim()}
            onClick={() => {
              props.untagSelected(newTag);
              setNewTag('');
            }}
          >
            {t('untagButton')}
          </button>
        </form>
        <button type="button" data-testid="library-archive" disabled={!selected.size} onClick={() => props.archiveSelected(props.shelf !== 'archived')}>
          {t(props.shelf === 'archived' ? 'unarchive' : 'archive')}
        </button>
        <button type="button" data-testid="library-favorite" disabled={!selected.size} onClick={() => props.favoriteSelected(props.shelf !== 'favorites')}>
          {t(props.shelf === 'favorites' ? 'unfavourite' : 'favourite')}
        </button>
        <button type="button" data-testid="library-read" disabled={!selected.size} onClick={() => props.readSelected(true)}>
          {t('markRead')}
        </button>
        <button type="button" class="danger" data-testid="library-delete" disabled={!selected.size} onClick={props.deleteSelected}>
          {t('delete')}
        </button>
      </div>

      {props.error && (
        <p class="notice error" role="alert">
          {props.error}
        </p>
      )}
      {searching && props.searched !== null && (
        <p class="result-count" data-testid="library-count" data-query={props.searched}>
          {props.total !== null ? tn('foundCount', props.total) : tn('foundMore', items.length)}
        </p>
      )}
      {props.loading && !items.length && (
        // Shown only after a second (lede.css): a normal open never flashes it, while a big
        // library being upgraded to a new index after an update of Lede says what is going on.
        <p class="empty opening" role="status" data-testid="library-opening">
          {t('libraryOpening')}
        </p>
      )}
      {!props.loading && !items.length && (
        <p class="empty" data-testid="library-empty">
          {t(searching ? 'libraryNoMatch' : 'libraryEmpty')}
        </p>
      )}
      <ul class="library-list" data-query={props.searched ?? ''}>
        {items.map((card) => (
          <LibraryItem
            key={card.id}
            card={card}
            href={props.readerHref(card.id)}
            selected={selected.has(card.id)}
            onToggle={() => props.toggle(card.id)}
            onTag={(tag) => props.setTag(tag)}
          />
        ))}
      </ul>
      {props.more && (
        <button type="button" class="show-more" data-testid="library-more" onClick={props.showMore}>
          {t('showMore')}
        </button>
      )}
    </main>
  );
}
