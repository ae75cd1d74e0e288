import { Zip, ZipDeflate, ZipPassThrough, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { INFLATE_STEP, MAX_ENTRY_BYTES, MAX_UNPACKED_BYTES, parseImportFile, type ImportStats } from '@/utils/library/import';
import { importError } from './helpers';
import { buildZip, concat, deflatedZeros, MiB } from './zips';

/** The most one inflate step can make past a limit: deflate expands at most ~1,032 times. */
const ONE_STEP = INFLATE_STEP * 1100;

function stats(): ImportStats {
  return { inflated: 0 };
}

describe('zip bombs (issue #16)', () => {
  it('refuses entries whose declared sizes pass the limit before unpacking anything', () => {
    // The bomb, small: a CSV of NUL bytes, a CSV of rows and an Omnivore metadata file.
    const zip = zipSync(
      {
        'part_000000.csv': new Uint8Array(2 * MiB),
        'part_000001.csv': strToU8(`title,url\n${'Row,https://a.example/1\n'.repeat(90_000)}`),
        'metadata_0_to_1.json': new Uint8Array(2 * MiB),
      },
      { level: 1 },
    );
    expect(zip.length).toBeLessThan(64 * 1024);
    const count = stats();
    const error = importError(() => parseImportFile('export.zip', zip, { limits: { entryBytes: MiB }, stats: count }), 'too-large');
    expect(error.message).toMatch(/metadata_0_to_1\.json in “export\.zip” unpacks to more than 1 MB/);
    expect(count.inflated).toBe(0);
    const csvOnly = zipSync({ 'part_000000.csv': new Uint8Array(2 * MiB), 'part_000001.csv': new Uint8Array(2 * MiB) }, { level: 1 });
    expect(importError(() => parseImportFile('export.zip', csvOnly, { limits: { unpackedBytes: 3 * MiB }, stats: count }), 'too-large').message).toMatch(
      /unpacks to more than 3 MB/,
    );
    expect(count.inflated).toBe(0);
  });

  it('stops unpacking the moment an entry passes its limit when the zip lies about its sizes', () => {
    const zip = buildZip([{ name: 'metadata_0_to_1.json', data: deflatedZeros(48 * MiB), declaredSize: 100 }]);
    expect(zip.length).toBeLessThan(MiB);
    expect(48 * MiB).toBeGreaterThan(MiB + ONE_STEP);
    const count = stats();
    const error = importError(() => parseImportFile('omnivore.zip', zip, { limits: { entryBytes: MiB }, stats: count }), 'too-large');
    expect(error.message).toMatch(/metadata_0_to_1\.json .* unpacks to more than 1 MB/);
    expect(count.inflated).toBeGreaterThan(MiB);
    expect(count.inflated).toBeLessThanOrEqual(MiB + ONE_STEP);
  });

  it('stops the moment all entries together pass the limit when the zip lies about its sizes', () => {
    const parts = Array.from({ length: 6 }, (_, i) => ({ name: `part_00000${i}.csv`, data: deflatedZeros(4 * MiB), declaredSize: 10 }));
    expect(6 * 4 * MiB).toBeGreaterThan(2 * MiB + ONE_STEP);
    const count = stats();
    importError(() => parseImportFile('pocket.zip', buildZip(parts), { limits: { unpackedBytes: 2 * MiB }, stats: count }), 'too-large');
    expect(count.inflated).toBeGreaterThan(2 * MiB);
    expect(count.inflated).toBeLessThanOrEqual(2 * MiB + ONE_STEP);
  });

  it('refuses, at the real limits, a zip that passes them without unpacking it', () => {
    // 9 × 60 MiB = 540 MiB, past MAX_UNPACKED_BYTES, each entry under MAX_ENTRY_BYTES; the zip is
    // 3.5 MB. Declared truthfully: refused before one byte is unpacked. (A zip that lies about its
    // sizes is stopped by counting, above, with lower limits and the same inflate step.)
    const entry = deflatedZeros(60 * MiB);
    const honest = buildZip(Array.from({ length: 9 }, (_, i) => ({ name: `part_00000${i}.csv`, data: entry, declaredSize: 60 * MiB })));
    expect(9 * 60 * MiB).toBeGreaterThan(MAX_UNPACKED_BYTES);
    const count = stats();
    expect(importError(() => parseImportFile('pocket.zip', honest, { stats: count }), 'too-large').message).toMatch(/unpacks to more than 512 MB/);
    expect(count.inflated).toBe(0);
    // The 1 GB CSV of NUL bytes, declared as such: refused by the entry limit, unopened.
    const gigabyte = buildZip([{ name: 'part_000000.csv', data: deflatedZeros(1024 * MiB), declaredSize: 1024 * MiB }]);
    expect(gigabyte.length).toBeLessThan(8 * MiB);
    expect(importError(() => parseImportFile('pocket.zip', gigabyte, { stats: count }), 'too-large').message).toMatch(
      new RegExp(`part_000000\\.csv in “pocket\\.zip” unpacks to more than ${MAX_ENTRY_BYTES / MiB} MB`),
    );
    expect(count.inflated).toBe(0);
  });

  it('refuses a zip with more entries than the limit, and a CSV with more rows', () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`img/${i}.png`, new Uint8Array(1)])));
    expect(importError(() => parseImportFile('export.zip', many, { limits: { zipEntries: 20 } }), 'too-large').message).toMatch(/holds 30 files/);
    const rows = `title,url\n${Array.from({ length: 2_000 }, (_, i) => `Row ${i},https://a.example/${i}`).join('\n')}\n`;
    const error = importError(() => parseImportFile('pocket.zip', zipSync({ 'part_000000.csv': strToU8(rows) }), { limits: { records: 1_000 } }), 'too-large');
    expect(error.message).toMatch(/more than 1,000 rows/);
    importError(() => parseImportFile('pocket.csv', strToU8(rows), { limits: { records: 1_000 } }), 'too-large');
    expect(parseImportFile('pocket.csv', strToU8(rows)).items).toHaveLength(2_000);
  });

  it('refuses a plain file past the file limit before reading it', () => {
    importError(() => parseImportFile('lede.json', new Uint8Array(2048), { limits: { fileBytes: 1024 } }), 'too-large');
  });

  it('reads a zip written as a stream, with a zip signature inside an entry, whole', () => {
    // fflate's streaming Unzip finds entries by their signatures, and cut this entry short at the
    // `PK\x03\x04` inside it: the reader goes by the central directory instead.
    const csv = strToU8('title,url\nA "PK\u0003\u0004" title,https://example.com/a\nB,https://example.com/b\n');
    const parts: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      parts.push(chunk);
    });
    const stored = new ZipPassThrough('part_000000.csv');
    zip.add(stored);
    stored.push(csv, true);
    const deflated = new ZipDeflate('part_000001.csv');
    zip.add(deflated);
    deflated.push(strToU8('title,url\nC,https://example.com/c\n'), true);
    zip.end();
    const parsed = parseImportFile('pocket.zip', concat(parts));
    expect(parsed.items.map((i) => i.url)).toEqual(['https://example.com/a', 'https://example.com/b', 'https://example.com/c']);
    expect(parsed.problems).toEqual([]);
  });

  it('says a zip cut anywhere is damaged, never that it is empty or has no JSON', () => {
    const zip = zipSync({ 'metadata_0_to_1.json': strToU8(JSON.stringify([{ slug: 's', url: 'https://example.com/s' }])), 'content/s.html': strToU8('<p>Hi</p>'.repeat(500)) });
    for (const cut of [zip.length - 1, zip.length - 30, Math.floor(zip.length / 2), 40]) {
      expect(importError(() => parseImportFile('omnivore.zip', zip.subarray(0, cut))).code).toBe('truncated');
    }
  });
});
