import { useState } from 'preact/hooks';
import { t, tn } from '../i18n';
import { sanitizeHtml } from '../sanitize';
import type { ImportPlanSummary } from '@/components/library/ImportPlan';
import type { ExportFormat } from '@/components/library/LibraryPage';
import { library } from './db';
import { EXPORT_FILES, exportEpub, exportFileName, exportHtml, exportLedeJson, exportMarkdownZip } from './export';
import { IMPORT_ACCEPT, parseImportFile } from './import';
import { MAX_IMPORT_FILE_BYTES } from './import/limits';
import { importItemId, planImport, toSavedArticle, type ImportPlan } from './import/plan';
import { urlKey } from '../url';
import { LibraryError, putImported } from './store';
import type { SavedArticle } from './types';
import type { Notice } from './use-library';

/** Import and export on the library page: read a file, show the plan, then write it. */
export function useTransfer(selected: ReadonlySet<string>, setNotice: (notice: Notice | null) => void) {
  const db = library();
  const [pending, setPending] = useState<{ summary: ImportPlanSummary; plan: ImportPlan } | null>(null);
  const [importing, setImporting] = useState(false);

  async function onImportFile(file: File): Promise<void> {
    setNotice(null);
    try {
      // Refused before it is read: a file of gigabytes would exhaust the page's memory first.
      if (file.size > MAX_IMPORT_FILE_BYTES) {
        setNotice({ text: t('importFileTooLarge', file.name, formatMiB(file.size), formatMiB(MAX_IMPORT_FILE_BYTES)), kind: 'error' });
        return;
      }
      const parsed = await parseImportFile(file.name, new Uint8Array(await file.arrayBuffer()));
      // A record may be saved under its page's key rather than its own id: both are looked up.
      const ids = [...new Set(parsed.items.flatMap((item) => [importItemId(item), urlKey(item.url)]))];
      const existing = new Set(await db.articles.where(':id').anyOf(ids).primaryKeys());
      const plan = planImport(parsed, existing);
      setPending({
        plan,
        summary: { file: file.name, fresh: plan.new.length, existing: plan.existing.length, problems: plan.unreadable },
      });
    } catch (e) {
      // ImportError messages are written for people; anything else is a bug, said plainly.
      setNotice({ text: (e as Error).message, kind: 'error' });
    }
  }

  async function onConfirmImport(): Promise<void> {
    if (!pending) return;
    setImporting(true);
    try {
      const now = Date.now();
      const records: SavedArticle[] = pending.plan.new.map((item) => {
        const record = toSavedArticle(item, now);
        // Imported HTML is as untrusted as any page's: stored sanitized, like every save.
        return { ...record, html: record.html === null ? null : sanitizeHtml(record.html) };
      });
      // Saved in another tab since the plan was made: left as it is, like the plan said.
      const taken = new Set(await db.articles.where(':id').anyOf(records.map((r) => r.id)).primaryKeys());
      const count = await putImported(db, records.filter((r) => !taken.has(r.id)));
      setNotice({ text: tn('noticeImported', count, pending.summary.file), kind: 'info' });
      setPending(null);
    } catch (e) {
      // Store errors are in the UI's words, and say what was kept when batches were written
      // (issue #16): the plan no longer matches the library then, so choosing the file again
      // shows what is left to add.
      setNotice({ text: (e as Error).message, kind: 'error' });
      if (e instanceof LibraryError && e.kept > 0) setPending(null);
    } finally {
      setImporting(false);
    }
  }

  async function onExport(format: ExportFormat): Promise<void> {
    try {
      const records = selected.size
        ? (await db.articles.bulkGet([...selected])).filter((r): r is SavedArticle => !!r)
        : await db.articles.orderBy('savedAt').reverse().toArray();
      if (!records.length) {
        setNotice({ text: t('noticeNothingToExport'), kind: 'info' });
        return;
      }
      const { blob, filename } = exportRecords(format, records);
      download(blob, filename);
    } catch (e) {
      setNotice({ text: t('noticeExportFailed', (e as Error).message), kind: 'error' });
    }
  }

  return {
    importPlan: pending?.summary ?? null,
    importing,
    importAccept: IMPORT_ACCEPT,
    onImportFile: (file: File) => void onImportFile(file),
    onConfirmImport: () => void onConfirmImport(),
    onCancelImport: () => setPending(null),
    onExport: (format: ExportFormat) => void onExport(format),
  };
}

function formatMiB(bytes: number): string {
  return new Intl.NumberFormat(undefined, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 }).format(bytes / 2 ** 20);
}

/** A file for the browser to save: through a Blob URL, revoked once the download has it. */
function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The chosen export of these records, as a file to download. */
function exportRecords(format: ExportFormat, records: SavedArticle[]): { blob: Blob; filename: string } {
  const { mime } = EXPORT_FILES[format];
  const body: string | Uint8Array =
    format === 'json'
      ? exportLedeJson(records)
      : format === 'markdown'
        ? exportMarkdownZip(records)
        : format === 'html'
          ? exportHtml(records)
          : exportEpub(records);
  return { blob: new Blob([body as BlobPart], { type: mime }), filename: exportFileName(format) };
}
