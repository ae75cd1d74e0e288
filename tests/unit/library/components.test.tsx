import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryPage, type LibraryPageProps } from '@/components/library/LibraryPage';
import { SaveControls } from '@/components/library/SaveControls';
import { cardOf } from '@/utils/library/db';
import { linkRecord } from '@/utils/library/store';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(node: preact.ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}

const byId = (el: HTMLElement, id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);

describe('SaveControls', () => {
  it('offers "Save for later", then shows "Saved" with "Open in library" and "Remove"', () => {
    const onSave = vi.fn();
    let el = mount(<SaveControls state="unsaved" error={null} onSave={onSave} onOpenLibrary={vi.fn()} onRemove={vi.fn()} />);
    byId(el, 'save-article')!.click();
    expect(onSave).toHaveBeenCalledOnce();
    expect(byId(el, 'saved-indicator')).toBeNull();
    render(null, root);
    root.remove();
    el = mount(<SaveControls state="saved" error="The library is full" onSave={vi.fn()} onOpenLibrary={vi.fn()} onRemove={vi.fn()} />);
    expect(byId(el, 'saved-indicator')!.textContent).toBe('Saved');
    expect(byId(el, 'open-library')!.textContent).toBe('Open in library');
    expect(byId(el, 'remove-saved')!.textContent).toBe('Remove');
    expect(byId(el, 'save-error')!.textContent).toBe('The library is full');
  });
});

function props(overrides: Partial<LibraryPageProps> = {}): LibraryPageProps {
  const card = cardOf({ ...linkRecord('https://news.example/a', 'Putin in Pyongyang', 1), tags: ['korea'], progress: 0.4, readingMinutes: 5, html: '<p>x</p>', text: 'x' });
  const noop = () => undefined;
  return {
    shelf: 'all', tag: null, query: '', items: [card], total: null, searched: null, loading: false, error: null, more: false,
    tags: ['korea'], selected: new Set(), notice: null, importPlan: null, importing: false, importAccept: '.csv',
    readerHref: (id) => `reader.html?id=${encodeURIComponent(id)}`,
    setShelf: noop, setTag: noop, setQuery: noop, showMore: noop, toggle: noop, selectAll: noop, dismissNotice: noop,
    tagSelected: noop, untagSelected: noop, archiveSelected: noop, favoriteSelected: noop, readSelected: noop, deleteSelected: noop,
    onImportFile: noop, onConfirmImport: noop, onCancelImport: noop, onExport: noop,
    ...overrides,
  };
}

describe('LibraryPage', () => {
  it('lists an item with title, site, reading time, tags, progress and a reader link', () => {
    const el = mount(<LibraryPage {...props()} />);
    const item = byId(el, 'library-item')!;
    expect(byId(item, 'library-open')!.textContent).toBe('Putin in Pyongyang');
    expect(byId(item, 'library-open')!.getAttribute('href')).toBe('reader.html?id=http%3A%2F%2Fnews.example%2Fa');
    expect(item.textContent).toContain('news.example');
    expect(item.textContent).toContain('5 min read');
    expect(byId(item, 'item-tag')!.textContent).toBe('korea');
    expect(byId(item, 'item-progress')).not.toBeNull();
    expect((byId(el, 'library-archive') as HTMLButtonElement).disabled).toBe(true); // nothing selected
  });

  it('says the library is opening while the first read is under way, and nothing once it is done', () => {
    expect(byId(mount(<LibraryPage {...props({ items: [], loading: true })} />), 'library-opening')!.getAttribute('role')).toBe('status');
    expect(byId(mount(<LibraryPage {...props({ items: [], loading: false })} />), 'library-opening')).toBeNull();
    expect(byId(mount(<LibraryPage {...props({ loading: true })} />), 'library-opening')).toBeNull(); // a list on screen
  });

  it('runs bulk actions on the selection', () => {
    const archiveSelected = vi.fn();
    const deleteSelected = vi.fn();
    const el = mount(<LibraryPage {...props({ selected: new Set(['http://news.example/a']), archiveSelected, deleteSelected })} />);
    byId(el, 'library-archive')!.click();
    byId(el, 'library-delete')!.click();
    expect(archiveSelected).toHaveBeenCalledWith(true);
    expect(deleteSelected).toHaveBeenCalledOnce();
  });

  it('shows the import plan before importing, with the reasons for unreadable entries', () => {
    const onConfirmImport = vi.fn();
    const plan = { file: 'ril_export.csv', fresh: 3, existing: 1, problems: [{ where: 'line 4', reason: 'no URL' }] };
    const el = mount(<LibraryPage {...props({ importPlan: plan, onConfirmImport })} />);
    expect(byId(el, 'import-new')!.textContent).toBe('3 new articles will be added');
    expect(byId(el, 'import-existing')!.textContent).toMatch(/^1 already saved/);
    expect(byId(el, 'import-unreadable')!.textContent).toBe('1 unreadable');
    expect(el.querySelector('.import-problems')!.textContent).toContain('line 4: no URL');
    byId(el, 'import-confirm')!.click();
    expect(onConfirmImport).toHaveBeenCalledOnce();
  });

  it('offers the four exports', () => {
    const onExport = vi.fn();
    const el = mount(<LibraryPage {...props({ onExport })} />);
    act(() => byId(el, 'library-export')!.click());
    for (const format of ['json', 'markdown', 'html', 'epub']) expect(byId(el, `export-${format}`)).not.toBeNull();
    act(() => byId(el, 'export-epub')!.click());
    expect(onExport).toHaveBeenCalledWith('epub');
  });
});
