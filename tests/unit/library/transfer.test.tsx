import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { library } from '@/utils/library/db';
import { urlKey } from '@/utils/url';
import type { Notice } from '@/utils/library/use-library';
import { useTransfer } from '@/utils/library/use-transfer';
import { failPut } from './helpers';

/** Issue #16: an import that stops midway keeps its whole batches, says exactly how many, and
 * importing the same file again adds the rest. */

const URLS = Array.from({ length: 1200 }, (_, i) => `https://news.example/story-${i}`);
const pocketCsv = () =>
  new File([`title,url,time_added,cursor,tags,status\n${URLS.map((url, i) => `Story ${i},${url},${1718000000 + i},${i},,unread`).join('\n')}\n`], 'ril_export.csv', {
    type: 'text/csv',
  });

let root: HTMLElement | undefined;
afterEach(async () => {
  if (root) render(null, root);
  root = undefined;
  for (const table of library().tables) await table.clear();
});

/** The hook on a page of its own: its latest return value, and the notices it set. */
function mount() {
  const notices: (Notice | null)[] = [];
  const hook: { current?: ReturnType<typeof useTransfer> } = {};
  function Probe() {
    hook.current = useTransfer(new Set(), (notice) => notices.push(notice));
    return null;
  }
  root = document.createElement('div');
  act(() => render(<Probe />, root!));
  return { hook, notices };
}

async function importFile(hook: { current?: ReturnType<typeof useTransfer> }) {
  await act(() => hook.current!.onImportFile(pocketCsv()));
  await vi.waitFor(() => expect(hook.current!.importPlan).not.toBeNull(), { timeout: 10_000 });
  return hook.current!.importPlan!;
}

describe('an import of 1,200 that fails at record 700', () => {
  it('keeps the first 500, says so, and the same file imported again adds the other 700', async () => {
    const { hook, notices } = mount();
    expect(await importFile(hook)).toMatchObject({ fresh: 1200, existing: 0 });
    const undo = failPut('articles', 700, new DOMException('The disk went away.', 'UnknownError'));
    try {
      await act(() => hook.current!.onConfirmImport());
      await vi.waitFor(() => expect(notices.at(-1)?.kind).toBe('error'), { timeout: 20_000 });
    } finally {
      undo();
    }
    expect(notices.at(-1)!.text).toMatch(/500 of 1,200 articles were imported and are kept; the others were not\. Import the same file again/);
    expect(notices.at(-1)!.text).not.toMatch(/Nothing was/);
    const kept = (await library().articles.toCollection().primaryKeys()).sort();
    expect(kept).toEqual(URLS.slice(0, 500).map((url) => urlKey(url)).sort());
    expect(await library().cards.count()).toBe(500);
    expect(hook.current!.importPlan).toBeNull(); // the plan no longer matches: choose the file again

    expect(await importFile(hook)).toMatchObject({ fresh: 700, existing: 500 });
    await act(() => hook.current!.onConfirmImport());
    await vi.waitFor(() => expect(notices.at(-1)?.kind).toBe('info'), { timeout: 20_000 });
    expect(notices.at(-1)!.text).toBe('Imported 700 articles from “ril_export.csv”.');
    expect(await library().articles.count()).toBe(1200);
  }, 60_000);
});

describe('an import of 1,200 that fails in its first batch', () => {
  it('says nothing was imported, keeps the plan, and confirming it again imports all 1,200', async () => {
    const { hook, notices } = mount();
    const plan = await importFile(hook);
    const undo = failPut('articles', 300, new DOMException('The disk went away.', 'UnknownError'));
    try {
      await act(() => hook.current!.onConfirmImport());
      await vi.waitFor(() => expect(notices.at(-1)?.kind).toBe('error'), { timeout: 20_000 });
    } finally {
      undo();
    }
    expect(notices.at(-1)!.text).toMatch(/^Lede could not import: .*The disk went away\. Nothing was imported\.$/);
    expect(notices.at(-1)!.text).not.toMatch(/are kept/);
    expect(await library().articles.count()).toBe(0);
    // Nothing was written, so the plan still holds: the same button tries again.
    expect(hook.current!.importPlan).toEqual(plan);
    await act(() => hook.current!.onConfirmImport());
    await vi.waitFor(() => expect(notices.at(-1)?.kind).toBe('info'), { timeout: 20_000 });
    expect(notices.at(-1)!.text).toBe('Imported 1,200 articles from “ril_export.csv”.');
    expect(await library().articles.count()).toBe(1200);
  }, 60_000);
});
