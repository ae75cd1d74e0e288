import { unzipSync } from 'fflate';
import type { ImportProblem, ParsedImport } from '../types';
import { decodeText } from './decode';
import { ImportError } from './errors';
import { parseOmnivore, type OmnivoreFiles } from './omnivore';
import { attachPocketHighlights } from './pocket';

/** Local file header and end-of-central-directory signatures: how a zip starts. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

const METADATA = /(?:^|\/)metadata_[^/]*\.json$/i;
const CONTENT = /(?:^|\/)contents?\/([^/]+)\.html?$/i;
const HIGHLIGHT = /(?:^|\/)highlights\/([^/]+)\.md$/i;
const CSV = /\.csv$/i;
const ANNOTATIONS = /(?:^|\/)annotations\/[^/]*\.json$/i;

/**
 * A zip import: Omnivore's export, or a zip of CSV files (Pocket's 2025 export is
 * `part_000000.csv`, … in a zip). Only the entries Lede reads are decompressed, so images
 * and other files in the archive cost nothing.
 */
export function parseZipImport(name: string, bytes: Uint8Array, parseCsvText: (name: string, text: string) => ParsedImport): ParsedImport {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => !file.name.startsWith('__MACOSX/') && ([METADATA, CONTENT, HIGHLIGHT, CSV, ANNOTATIONS].some((re) => re.test(file.name))),
    });
  } catch (error) {
    throw new ImportError(
      'truncated',
      `“${name}” is damaged or incomplete (${error instanceof Error ? error.message : String(error)}); it may have been cut off while downloading. Nothing was imported.`,
    );
  }
  const names = Object.keys(entries).sort(byNumbers);
  const metadataNames = names.filter((n) => METADATA.test(n));
  if (metadataNames.length) return parseOmnivore(omnivoreFiles(entries, names, metadataNames));

  const csvNames = names.filter((n) => CSV.test(n));
  if (csvNames.length) {
    const parts = csvNames.map((n) => ({ n, parsed: parseCsvText(n, decodeText(entries[n]!)) }));
    const problems: ImportProblem[] = parts.flatMap(({ n, parsed }) => parsed.problems.map((p) => ({ where: `${baseName(n)}, ${p.where}`, reason: p.reason })));
    const items = parts.flatMap((p) => p.parsed.items);
    const annotations = names.filter((n) => ANNOTATIONS.test(n)).map((n) => ({ name: baseName(n), data: readJson(entries[n]!, n) }));
    problems.push(...attachPocketHighlights(items, annotations));
    return { format: parts[0]!.parsed.format, items, problems };
  }
  throw new ImportError(
    'unknown-format',
    `“${name}” is a zip without an Omnivore export (metadata_*.json) or CSV files in it, so Lede has nothing to import from it.`,
  );
}

function readJson(bytes: Uint8Array, path: string): unknown {
  try {
    return JSON.parse(decodeText(bytes));
  } catch (error) {
    throw new ImportError('malformed', `${baseName(path)} in this export is not valid JSON (${error instanceof Error ? error.message : String(error)}). Nothing was imported.`);
  }
}

function omnivoreFiles(entries: Record<string, Uint8Array>, names: string[], metadataNames: string[]): OmnivoreFiles {
  const files: OmnivoreFiles = { metadata: [], content: new Map(), highlights: new Map() };
  for (const n of metadataNames) {
    files.metadata.push({ name: baseName(n), entries: readJson(entries[n]!, n) });
  }
  for (const n of names) {
    const content = CONTENT.exec(n);
    if (content) files.content.set(decodeName(content[1]!), decodeText(entries[n]!));
    const highlight = HIGHLIGHT.exec(n);
    if (highlight) files.highlights.set(decodeName(highlight[1]!), decodeText(entries[n]!));
  }
  return files;
}

function decodeName(name: string): string {
  return name.normalize('NFC');
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** metadata_0_to_20 before metadata_100_to_120: the export's own order. */
function byNumbers(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
