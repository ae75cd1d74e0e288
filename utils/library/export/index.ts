/**
 * Export of the library (issue #5): records in, a string or bytes out, for the library page to
 * offer as a download. Pure functions, no browser.*; Markdown and EPUB need a DOM (turndown,
 * DOMParser/XMLSerializer), which extension pages have.
 */
export { exportLedeJson } from './lede-json';
export { articleToMarkdown, exportMarkdownZip, type MarkdownZipOptions } from './markdown';
export { exportHtml, type HtmlExportOptions } from './html';
export { exportEpub, type EpubOptions } from './epub';
export { fileSlug, UniqueNames } from './file-names';

/** File name and MIME type of each export, for the download. */
export const EXPORT_FILES = {
  json: { ext: 'json', mime: 'application/json' },
  markdown: { ext: 'zip', mime: 'application/zip' },
  html: { ext: 'html', mime: 'text/html' },
  epub: { ext: 'epub', mime: 'application/epub+zip' },
} as const;

export type ExportKind = keyof typeof EXPORT_FILES;

/** `lede-library-2026-11-28.json`, `lede-library-2026-11-28.epub`, … */
export function exportFileName(kind: ExportKind, now: number = Date.now()): string {
  return `lede-library-${new Date(now).toISOString().slice(0, 10)}.${EXPORT_FILES[kind].ext}`;
}
