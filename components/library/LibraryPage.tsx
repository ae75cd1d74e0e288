import { useState } from 'preact/hooks';
import type { Card } from '@/utils/library/db';
import type { Shelf } from '@/utils/library/query';
import { ImportPlan, type ImportPlanSummary } from './ImportPlan';
import { LibraryItem } from './LibraryItem';

export type ExportFormat = 'json' | 'markdown' | 'html' | 'epub'; // utils/library/export ExportKind

const EXPORTS: { format: ExportFormat; label: string }[] = [
  { format: 'json', label: 'Lede JSON (everything, to import again)' },
  { format: 'markdown', label: 'Markdown files (zip)' },
  { format: 'html', label: 'One HTML file' },
  { format: 'epub', label: 'EPUB (e-readers)' },
];

const SHELVES: { shelf: Shelf; label: string }[] = [
  { shelf: 'all', label: 'Saved' },
  { shelf: 'unread', label: 'Unread' },
  { shelf: 'favorites', label: 'Favourites' },
  { shelf: 'archived', label: 'Archived' },
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
  const [exportOpen, setExportOpen] = useState(false);
  const searching = props.query.trim() !== '';

  return (
    <main class="library">
      <header class="library-head">
        <h1>Library</h1>
        <input
          type="search"
          class="library-search"
          placeholder="Search titles, text, sites and tags"
          aria-label="Search the library"
          data-testid="library-search"
          value={props.query}
          onInput={(e) => props.setQuery(e.currentTarget.value)}
        />
        <div class="library-tools">
          <label class="button-like">
            Import…
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
          <div class="export-menu">
            <button type="button" data-testid="library-export" aria-expanded={exportOpen} onClick={() => setExportOpen(!exportOpen)}>
              Export{selected.size ? ` ${selected.size} selected` : ' all'}…
            </button>
            {exportOpen && (
              <ul class="menu" role="menu">
                {EXPORTS.map(({ format, label }) => (
                  <li key={format}>
                    <button
                      type="button"
                      role="menuitem"
                      data-testid={`export-${format}`}
                      onClick={() => {
                        setExportOpen(false);
                        props.onExport(format);
                      }}
                    >
                      {label}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      </header>

      <nav class="shelves" aria-label="Shelves">
        {SHELVES.map(({ shelf, label }) => (
          <button type="button" key={shelf} aria-pressed={props.shelf === shelf} data-testid={`shelf-${shelf}`} onClick={() => props.setShelf(shelf)}>
            {label}
          </button>
        ))}
        {props.tags.length > 0 && (
          <select aria-label="Tag" data-testid="tag-filter" value={props.tag ?? ''} onChange={(e) => props.setTag(e.currentTarget.value || null)}>
            <option value="">All tags</option>
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
              Undo
            </button>
          )}
          <button type="button" class="dismiss" aria-label="Dismiss" onClick={props.dismissNotice}>
            ×
          </button>
        </p>
      )}

      <div class={`bulk-bar${selected.size ? ' active' : ''}`} aria-label="Selected articles">
        <label>
          <input
            type="checkbox"
            data-testid="library-select-all"
            checked={items.length > 0 && items.every((c) => selected.has(c.id))}
            onChange={(e) => props.selectAll(e.currentTarget.checked)}
          />{' '}
          {selected.size ? `${selected.size} selected` : 'Select all'}
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
            placeholder="Tag"
            aria-label="Tag to add"
            data-testid="library-tag-input"
            value={newTag}
            onInput={(e) => setNewTag(e.currentTarget.value)}
            disabled={!selected.size}
          />
          <button type="submit" data-testid="library-tag" disabled={!selected.size || !newTag.trim()}>
            Tag
          </button>
        </form>
        <button type="button" data-testid="library-archive" disabled={!selected.size} onClick={() => props.archiveSelected(props.shelf !== 'archived')}>
          {props.shelf === 'archived' ? 'Unarchive' : 'Archive'}
        </button>
        <button type="button" data-testid="library-favorite" disabled={!selected.size} onClick={() => props.favoriteSelected(props.shelf !== 'favorites')}>
          {props.shelf === 'favorites' ? 'Unfavourite' : 'Favourite'}
        </button>
        <button type="button" data-testid="library-read" disabled={!selected.size} onClick={() => props.readSelected(true)}>
          Mark read
        </button>
        <button type="button" class="danger" data-testid="library-delete" disabled={!selected.size} onClick={props.deleteSelected}>
          Delete
        </button>
      </div>

      {props.error && (
        <p class="notice error" role="alert">
          {props.error}
        </p>
      )}
      {searching && props.searched !== null && (
        <p class="result-count" data-testid="library-count" data-query={props.searched}>
          {props.total !== null ? `${props.total} found` : `More than ${items.length} found`}
        </p>
      )}
      {props.loading && !items.length && (
        // Shown only after a second (lede.css): a normal open never flashes it, while a big
        // library being upgraded to a new index after an update of Lede says what is going on.
        <p class="empty opening" role="status" data-testid="library-opening">
          Opening the library… After an update of Lede, a big library can take a few minutes to open, once.
        </p>
      )}
      {!props.loading && !items.length && (
        <p class="empty" data-testid="library-empty">
          {searching ? 'Nothing in the library matches.' : 'Nothing here yet. Save articles from Lede’s popup, or import a Pocket, Instapaper or Omnivore export.'}
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
          Show more
        </button>
      )}
    </main>
  );
}
