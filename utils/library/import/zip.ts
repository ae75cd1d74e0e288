import { Inflate, strFromU8 } from 'fflate';
import type { ImportProblem, ParsedImport } from '../types';
import { decodeText } from './decode';
import { ImportError } from './errors';
import { checkRecordCount, formatBytes, IMPORT_LIMITS, type ImportLimits } from './limits';
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

/** What a zip import unpacked, for tests and the bench: they check a bomb is refused before it
 * is unpacked, by counting. */
export interface ImportStats {
  /** Bytes inflated so far. */
  inflated: number;
}

/**
 * A zip import: Omnivore's export, or a zip of CSV files (Pocket's 2025 export is
 * `part_000000.csv`, … in a zip). Only the entries Lede reads are unpacked (Omnivore's content
 * and highlights only for the slugs its metadata lists), so images and other files cost nothing,
 * and every unpacked byte counts against `limits` (limits.ts): a zip bomb is refused with a
 * `too-large` ImportError after at most one step past the limit, never unpacked whole.
 */
export function parseZipImport(
  name: string,
  bytes: Uint8Array,
  parseCsvText: (name: string, text: string) => ParsedImport,
  limits: ImportLimits = IMPORT_LIMITS,
  stats: ImportStats = { inflated: 0 },
): ParsedImport {
  const zip = new ZipReader(name, bytes, limits, stats);
  const names = zip.names.filter((n) => !n.startsWith('__MACOSX/')).sort(byNumbers);
  const metadataNames = names.filter((n) => METADATA.test(n));
  if (metadataNames.length) return parseOmnivore(omnivoreFiles(zip, names, metadataNames), limits);

  const csvNames = names.filter((n) => CSV.test(n));
  if (csvNames.length) {
    const annotationNames = names.filter((n) => ANNOTATIONS.test(n));
    const entries = zip.readAll([...csvNames, ...annotationNames]);
    const parts = csvNames.map((n) => ({ n, parsed: parseCsvText(n, decodeText(entries.get(n)!)) }));
    const problems: ImportProblem[] = parts.flatMap(({ n, parsed }) => parsed.problems.map((p) => ({ ...p, where: `${baseName(n)}, ${p.where}` })));
    const items = parts.flatMap((p) => p.parsed.items);
    checkRecordCount(items.length, limits);
    const annotations = annotationNames.map((n) => ({ name: baseName(n), data: readJson(entries.get(n)!, n) }));
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

/** The metadata first, then the content and highlights of the slugs it lists, and no others. */
function omnivoreFiles(zip: ZipReader, names: string[], metadataNames: string[]): OmnivoreFiles {
  const files: OmnivoreFiles = { metadata: [], content: new Map(), highlights: new Map() };
  const metadata = zip.readAll(metadataNames);
  const slugs = new Set<string>();
  for (const n of metadataNames) {
    const entries = readJson(metadata.get(n)!, n);
    files.metadata.push({ name: baseName(n), entries });
    if (!Array.isArray(entries)) continue;
    for (const entry of entries as unknown[]) {
      const slug = entry && typeof entry === 'object' ? (entry as { slug?: unknown }).slug : undefined;
      if (typeof slug === 'string') slugs.add(decodeName(slug));
    }
  }
  const wanted = names.filter((n) => {
    const slug = (CONTENT.exec(n) ?? HIGHLIGHT.exec(n))?.[1];
    return slug !== undefined && slugs.has(decodeName(slug));
  });
  const entries = zip.readAll(wanted);
  for (const n of wanted) {
    const content = CONTENT.exec(n);
    if (content) files.content.set(decodeName(content[1]!), decodeText(entries.get(n)!));
    const highlight = HIGHLIGHT.exec(n);
    if (highlight) files.highlights.set(decodeName(highlight[1]!), decodeText(entries.get(n)!));
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

/**
 * Compressed bytes handed to the inflater per step. Deflate expands at most ~1,032 times, so one
 * step makes at most ~16 MB before the limits are checked again; smaller steps cost speed
 * (16 KiB inflates article HTML at ~200 MB/s in Node, 4 KiB at ~125 MB/s).
 */
export const INFLATE_STEP = 16 * 1024;

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** As the central directory declares it: checked before unpacking, then counted again. */
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;

/**
 * A zip read from its central directory, like `unzipSync`, each entry unpacked by fflate's
 * streaming `Inflate` a step at a time so the bytes are counted as they come. Not fflate's
 * streaming `Unzip`: it finds entries by scanning for signatures, and in a zip written as a
 * stream (sizes after the data, as Node's `archiver` writes them) a `PK\x03\x04` or `PK\x07\x08`
 * inside an entry's data cuts the entry short and starts a bogus one: data lost without a word.
 */
class ZipReader {
  readonly names: string[];
  private readonly entries = new Map<string, ZipEntry>();
  /** Bytes unpacked from this zip so far, against `limits.unpackedBytes`. */
  private unpacked = 0;

  constructor(
    private readonly file: string,
    private readonly bytes: Uint8Array,
    private readonly limits: ImportLimits,
    private readonly stats: ImportStats,
  ) {
    for (const entry of this.centralDirectory()) this.entries.set(entry.name, entry);
    this.names = [...this.entries.keys()];
  }

  /** The entries at `paths`, unpacked. Refused before anything is unpacked when their declared
   * sizes pass the limits; refused the moment the bytes unpacked pass them when the sizes lie. */
  readAll(paths: readonly string[]): Map<string, Uint8Array> {
    const entries = paths.map((p) => this.entries.get(p)!);
    for (const entry of entries) {
      if (entry.size > this.limits.entryBytes) throw this.entryTooLarge(entry);
    }
    const declared = entries.reduce((sum, e) => sum + e.size, 0);
    if (this.unpacked + declared > this.limits.unpackedBytes) throw this.tooLarge();
    return new Map(entries.map((entry) => [entry.name, this.unpack(entry)]));
  }

  private unpack(entry: ZipEntry): Uint8Array {
    const data = this.entryData(entry);
    if (entry.flags & 1) throw this.damaged(`${entry.name} is encrypted`);
    if (entry.method === 0) {
      this.add(data.length);
      this.check(entry, data.length);
      return data;
    }
    if (entry.method !== 8) throw this.damaged(`${entry.name} is compressed in a way Lede can’t read (method ${entry.method})`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    const inflater = new Inflate((chunk) => {
      chunks.push(chunk);
      size += chunk.length;
      this.add(chunk.length);
    });
    let at = 0;
    do {
      const end = Math.min(at + INFLATE_STEP, data.length);
      try {
        inflater.push(data.subarray(at, end), end === data.length);
      } catch (error) {
        throw this.damaged(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
      this.check(entry, size);
      at = end;
    } while (at < data.length);
    return concat(chunks, size);
  }

  private add(bytes: number): void {
    this.unpacked += bytes;
    this.stats.inflated += bytes;
  }

  /** After each step: the entry so far, and everything unpacked so far. */
  private check(entry: ZipEntry, size: number): void {
    if (size > this.limits.entryBytes) throw this.entryTooLarge(entry);
    if (this.unpacked > this.limits.unpackedBytes) throw this.tooLarge();
  }

  /** The compressed bytes of an entry, after its local header. */
  private entryData(entry: ZipEntry): Uint8Array {
    const b = this.bytes;
    const at = entry.localOffset;
    if (at + 30 > b.length || u32(b, at) !== LOCAL) throw this.damaged(`${entry.name} is missing`);
    const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
    if (start + entry.compressedSize > b.length) throw this.damaged(`${entry.name} is cut off`);
    return b.subarray(start, start + entry.compressedSize);
  }

  private centralDirectory(): ZipEntry[] {
    const b = this.bytes;
    const eocd = findEndOfCentralDirectory(b);
    if (eocd < 0) throw this.damaged('its table of contents is missing');
    let count = u16(b, eocd + 10);
    let size = u32(b, eocd + 12);
    let offset = u32(b, eocd + 16);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
      const locator = eocd - 20;
      if (locator < 0 || u32(b, locator) !== ZIP64_LOCATOR) throw this.damaged('its table of contents is damaged');
      const zip64 = u64(b, locator + 8);
      if (zip64 + 56 > b.length || u32(b, zip64) !== ZIP64_EOCD) throw this.damaged('its table of contents is damaged');
      count = u64(b, zip64 + 32);
      size = u64(b, zip64 + 40);
      offset = u64(b, zip64 + 48);
    }
    if (count > this.limits.zipEntries) throw this.tooManyEntries(count);
    if (offset + size > b.length) throw this.damaged('its table of contents is cut off');
    const entries: ZipEntry[] = [];
    let at = offset;
    for (let i = 0; i < count; i++) {
      if (at + 46 > b.length || u32(b, at) !== CENTRAL) throw this.damaged('its table of contents is damaged');
      const flags = u16(b, at + 8);
      const nameLength = u16(b, at + 28);
      const extraLength = u16(b, at + 30);
      const entry: ZipEntry = {
        // Bit 11: the name is UTF-8; else it is code page 437, read as Latin-1 like fflate does.
        name: strFromU8(b.subarray(at + 46, at + 46 + nameLength), !(flags & 0x800)),
        method: u16(b, at + 10),
        flags,
        compressedSize: u32(b, at + 20),
        size: u32(b, at + 24),
        localOffset: u32(b, at + 42),
      };
      readZip64Extra(entry, b.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
      entries.push(entry);
      at += 46 + nameLength + extraLength + u16(b, at + 32);
    }
    return entries;
  }

  private damaged(detail: string): ImportError {
    return new ImportError(
      'truncated',
      `“${this.file}” is damaged or incomplete (${detail}); it may have been cut off while downloading. Nothing was imported.`,
    );
  }

  private tooLarge(): ImportError {
    return new ImportError(
      'too-large',
      `“${this.file}” unpacks to more than ${formatBytes(this.limits.unpackedBytes)}, more than Lede imports at once: it is not a real export, or it is damaged. Nothing was imported.`,
    );
  }

  private entryTooLarge(entry: ZipEntry): ImportError {
    return new ImportError(
      'too-large',
      `${baseName(entry.name)} in “${this.file}” unpacks to more than ${formatBytes(this.limits.entryBytes)}, far more than an export’s file: it is not a real export, or it is damaged. Nothing was imported.`,
    );
  }

  private tooManyEntries(count: number): ImportError {
    return new ImportError(
      'too-large',
      `“${this.file}” holds ${count.toLocaleString('en')} files, more than the ${this.limits.zipEntries.toLocaleString('en')} Lede reads in one zip: it is not a real export, or it is damaged. Nothing was imported.`,
    );
  }
}

/** The end-of-central-directory record: the last 22 bytes, or before a comment of up to 64 KB. */
function findEndOfCentralDirectory(b: Uint8Array): number {
  for (let at = b.length - 22; at >= 0 && at >= b.length - 22 - 0xffff; at--) {
    if (u32(b, at) === EOCD && at + 22 + u16(b, at + 20) <= b.length) return at;
  }
  return -1;
}

/** Sizes and offset past 4 GB are in the Zip64 extra field, in this order, when the 32-bit
 * field says 0xffffffff. */
function readZip64Extra(entry: ZipEntry, extra: Uint8Array): void {
  for (let at = 0; at + 4 <= extra.length; at += 4 + u16(extra, at + 2)) {
    if (u16(extra, at) !== ZIP64_EXTRA) continue;
    let field = at + 4;
    for (const key of ['size', 'compressedSize', 'localOffset'] as const) {
      if (entry[key] !== 0xffffffff) continue;
      if (field + 8 > extra.length) return;
      entry[key] = u64(extra, field);
      field += 8;
    }
    return;
  }
}

function u16(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8)) >>> 0;
}

function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

/** A 64-bit field as a number: exact to 2^53, past any file a browser reads. */
function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
