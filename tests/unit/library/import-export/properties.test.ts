import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportLedeJson } from '@/utils/library/export';
import { ImportError, parseImportFile, planImport, savedArticleIssues, toSavedArticle } from '@/utils/library/import';
import { EARLIEST_DATE } from '@/utils/library/import/fields';
import { SOURCES } from '@/utils/library/import/schema';
import type { ParsedImport, SavedArticle } from '@/utils/library/types';
import { generatePocketCsv } from '../../../fixtures/import/generate';
import { sampleArticles } from './articles';
import { importFixture } from './helpers';
import { UNDER_MUTATION } from '../../mutation';

/**
 * Property tests of the importers (issue #16): no input, random or a valid export damaged,
 * makes an importer throw anything but its own ImportError; whatever it accepts becomes records
 * the views can show; and a library of valid records comes back from Lede JSON as it went.
 */

/** Runs per property: the whole file stays within a few seconds. */
const RUNS = UNDER_MUTATION ? 50 : 400;

/** Parses, and checks what came out; returns the ImportError's code or 'ok'. */
function importChecked(name: string, bytes: Uint8Array): string {
  let parsed: ParsedImport;
  try {
    parsed = parseImportFile(name, bytes);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    if (!error.message) throw new Error(`ImportError ${error.code} without a message`);
    return error.code;
  }
  const now = Date.now();
  parsed.items.forEach((item, i) => {
    const issues = savedArticleIssues(toSavedArticle(item, now), now);
    if (issues.length) throw new Error(`${name}: item ${i + 1} would not be a valid record: ${issues.join('; ')}`);
  });
  for (const p of parsed.problems) {
    if (typeof p.where !== 'string' || typeof p.reason !== 'string' || !p.reason) throw new Error(`${name}: a problem without a reason`);
  }
  const plan = planImport(parsed, new Set());
  if (plan.new.length + plan.duplicates.length + plan.unreadable.length - parsed.problems.length !== parsed.items.length) {
    throw new Error(`${name}: the plan lost items`);
  }
  return 'ok';
}

/** Fisher–Yates driven by the generated keys, so a failing case shrinks and replays. */
function shuffle<T>(list: readonly T[], keys: readonly number[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = keys[i % keys.length]! % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Cells swapped within each line, and lines swapped (the header among them). */
function shuffleCsv(bytes: Uint8Array, keys: number[]): Uint8Array {
  const lines = text(bytes).split('\n').map((line, i) => shuffle(line.split(','), [...keys.slice(i % keys.length), ...keys]).join(','));
  return strToU8((keys[0]! % 3 === 0 ? shuffle(lines, keys) : lines).join('\n'));
}

/** Attribute values swapped among the file's attributes. */
function shuffleHtml(bytes: Uint8Array, keys: number[]): Uint8Array {
  const source = text(bytes);
  const values = shuffle([...source.matchAll(/="([^"]*)"/g)].map((m) => m[1]!), keys);
  let i = 0;
  return strToU8(source.replace(/="([^"]*)"/g, () => `="${values[i++]}"`));
}

/** In every object of the file, values swapped among its keys. */
function shuffleJson(bytes: Uint8Array, keys: number[]): Uint8Array {
  let data: unknown;
  try {
    data = JSON.parse(text(bytes));
  } catch {
    return bytes;
  }
  let n = 0;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!value || typeof value !== 'object') return value;
    const entries = Object.entries(value as Record<string, unknown>);
    const moved = shuffle(entries.map(([, v]) => walk(v)), [...keys.slice(n++ % keys.length), ...keys]);
    return Object.fromEntries(entries.map(([k], i) => [k, moved[i]]));
  };
  return strToU8(JSON.stringify(walk(data)));
}

/** Entry contents swapped among names, and each entry's fields shuffled as its type says. */
function shuffleZip(bytes: Uint8Array, keys: number[]): Uint8Array {
  const files = unzipSync(bytes);
  const names = Object.keys(files);
  const contents = keys[0]! % 2 ? shuffle(names.map((n) => files[n]!), keys) : names.map((n) => files[n]!);
  return zipSync(
    Object.fromEntries(
      names.map((n, i) => {
        const data = contents[i]!;
        const shuffled = /\.json$/.test(n) ? shuffleJson(data, keys) : /\.csv$/.test(n) ? shuffleCsv(data, keys) : shuffleHtml(data, keys);
        return [n, shuffled];
      }),
    ),
  );
}

/** A valid file cut short, with bytes flipped, or with its fields shuffled. */
function damaged(bases: readonly Uint8Array[], shuffleFields: (bytes: Uint8Array, keys: number[]) => Uint8Array): fc.Arbitrary<Uint8Array> {
  const base = fc.constantFrom(...bases);
  return fc.oneof(
    fc.tuple(base, fc.nat()).map(([b, n]) => b.subarray(0, n % (b.length + 1))),
    fc.tuple(base, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 })).map(([b, flips]) => {
      const copy = b.slice();
      for (const [at, x] of flips) if (copy.length) copy[at % copy.length] = copy[at % copy.length]! ^ x;
      return copy;
    }),
    fc.tuple(base, fc.array(fc.nat(), { minLength: 1, maxLength: 20 })).map(([b, keys]) => shuffleFields(b, keys)),
  );
}

const randomBytes = fc.uint8Array({ maxLength: 600 });
const randomText = fc.string({ unit: 'binary', maxLength: 300 });
const zipStart = randomBytes.map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b]));
/** Text made of the characters the formats care about, so the parsers' branches are reached. */
const formatText = fc.string({ unit: fc.constantFrom(',', '"', '\n', '\r', ';', '|', '<', '>', '=', 'a', '1', ' ', 'https://x.example/', '<a href="', '</a>', '<h1>', '</h1>', 'time_added="'), maxLength: 80 });
const anyText = fc.oneof(randomText, formatText).map(strToU8);

function check(name: string, inputs: fc.Arbitrary<Uint8Array>): void {
  fc.assert(
    fc.property(inputs, (bytes) => {
      importChecked(name, bytes);
    }),
    { numRuns: RUNS },
  );
}

const POCKET_HEADER = 'title,url,time_added,cursor,tags,status\n';
const INSTAPAPER_HEADER = 'URL,Title,Selection,Folder,Timestamp,Tags\n';
const OMNIVORE_KEYS = ['id', 'slug', 'title', 'author', 'description', 'url', 'savedAt', 'updatedAt', 'publishedAt', 'labels', 'state', 'readingProgress', 'siteName'];
const RECORD_KEYS = ['id', 'url', 'title', 'siteName', 'byline', 'publishedTime', 'lang', 'dir', 'excerpt', 'leadImage', 'html', 'text', 'wordCount', 'readingMinutes', 'keyFacts', 'relatedLinks', 'tags', 'savedAt', 'updatedAt', 'archived', 'favorite', 'readAt', 'progress', 'highlights', 'source'];

/** JSON objects with a format's keys and any values: what a crafted file holds. */
const craftedObjects = (keys: string[]) => fc.array(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 2 }), { maxKeys: keys.length }), { maxLength: 4 });

describe('importers never throw anything but ImportError, and accept only valid records', () => {
  it('Pocket HTML', () => {
    const wrapped = anyText.map((b) => strToU8(`<html><body><h1>Unread</h1><ul>${text(b)}</ul></body></html>`));
    check('ril_export.html', fc.oneof(randomBytes, anyText, wrapped, damaged([importFixture('pocket.html'), importFixture('no-links.html')], shuffleHtml)));
  });

  it('Pocket CSV', () => {
    const withHeader = anyText.map((b) => strToU8(POCKET_HEADER + text(b)));
    check('part_000000.csv', fc.oneof(randomBytes, anyText, withHeader, damaged([importFixture('pocket.csv'), importFixture('pocket-shuffled.csv'), strToU8(generatePocketCsv(20))], shuffleCsv)));
  });

  it('Instapaper CSV', () => {
    const withHeader = anyText.map((b) => strToU8(INSTAPAPER_HEADER + text(b)));
    check('instapaper-export.csv', fc.oneof(randomBytes, anyText, withHeader, damaged([importFixture('instapaper.csv'), importFixture('instapaper-new.csv')], shuffleCsv)));
  });

  it('Omnivore zip', () => {
    const crafted = fc.tuple(craftedObjects(OMNIVORE_KEYS), anyText).map(([entries, html]) =>
      zipSync({ 'metadata_0_to_4.json': strToU8(JSON.stringify(entries)), [`content/${String(entries[0]?.slug ?? 's')}.html`]: html, 'highlights/s.md': html }),
    );
    const entry = { id: '1', slug: 's', title: 'T', url: 'https://example.com/s', savedAt: '2024-06-18T09:30:00.000Z', updatedAt: '2024-06-19T10:00:00.000Z', labels: ['a'], state: 'ARCHIVED', readingProgress: 100 };
    const oneBadField = fc.tuple(fc.constantFrom(...OMNIVORE_KEYS), fc.jsonValue({ maxDepth: 2 })).map(([key, value]) =>
      zipSync({ 'metadata_0_to_1.json': strToU8(JSON.stringify([{ ...entry, [key]: value }])), 'content/s.html': strToU8('<p>Text</p>') }),
    );
    check('omnivore.zip', fc.oneof(zipStart, crafted, oneBadField, damaged([importFixture('omnivore.zip'), importFixture('omnivore-contents.zip')], shuffleZip)));
  });

  it('Lede JSON', () => {
    const crafted = fc.tuple(craftedObjects(RECORD_KEYS), fc.jsonValue({ maxDepth: 1 })).map(([articles, version]) =>
      strToU8(JSON.stringify({ format: 'lede-library', version: typeof version === 'number' ? version : 1, articles })),
    );
    // A valid record with one field of any JSON value: `"keyFacts":"x"`, `"savedAt":-1e300`, ….
    const oneBadField = fc.tuple(validRecord, fc.constantFrom(...RECORD_KEYS), fc.jsonValue({ maxDepth: 2 })).map(([record, key, value]) =>
      strToU8(JSON.stringify({ format: 'lede-library', version: 1, articles: [{ ...record, [key]: value }] })),
    );
    const file = fc.array(validRecord, { maxLength: 3 }).map((records) => strToU8(exportLedeJson(records)));
    const bases = [importFixture('lede.json'), strToU8(exportLedeJson(sampleArticles()))];
    check('lede-library.json', fc.oneof(randomBytes, anyText, crafted, oneBadField, damaged(bases, shuffleJson), file.chain((b) => damaged([b], shuffleJson))));
  });

  it('zip of CSV files', () => {
    const crafted = fc.tuple(anyText, craftedObjects(['url', 'title', 'highlights'])).map(([csv, annotations]) =>
      zipSync({ 'part_000000.csv': strToU8(POCKET_HEADER + text(csv)), 'annotations/part_000000.json': strToU8(JSON.stringify(annotations)) }),
    );
    check('pocket.zip', fc.oneof(zipStart, crafted, damaged([importFixture('pocket-parts.zip')], shuffleZip)));
  });
});

/** -0 written to JSON comes back as 0. */
const noNegativeZero = (x: number) => x || 0;
const someText = fc.string({ unit: 'binary', maxLength: 40 });
const words = fc.array(someText, { maxLength: 4 });

const keyFacts = fc.record(
  {
    keyPoints: words,
    morePoints: words,
    people: fc.array(fc.record({ name: someText, role: someText }, { requiredKeys: ['name'], noNullPrototype: true }), { maxLength: 3 }),
    organizations: words,
    places: words,
    dates: words,
    numbers: words,
    quotes: fc.array(fc.record({ text: someText, speaker: someText }, { requiredKeys: ['text'], noNullPrototype: true }), { maxLength: 3 }),
    entitiesSupported: fc.boolean(),
  },
  { requiredKeys: ['keyPoints', 'people', 'organizations', 'places', 'dates', 'numbers', 'quotes'], noNullPrototype: true },
);

const relatedLink = fc.record(
  {
    url: fc.webUrl(),
    title: someText,
    kind: fc.constantFrom('related' as const, 'in-article' as const, 'elsewhere' as const),
    score: fc.double({ noNaN: true, noDefaultInfinity: true }).map(noNegativeZero),
    why: words,
    site: someText,
  },
  { requiredKeys: ['url', 'title', 'kind', 'score', 'why'], noNullPrototype: true },
);

const date = fc.integer({ min: EARLIEST_DATE, max: Date.now() });
const nullableText = fc.option(someText, { nil: null });

/** Any record the format allows. */
const validRecord: fc.Arbitrary<SavedArticle> = fc.record(
  {
    id: someText.filter((s) => s.length > 0),
    url: fc.webUrl({ withQueryParameters: true, withFragments: true }),
    title: someText,
    siteName: nullableText,
    byline: nullableText,
    publishedTime: nullableText,
    lang: fc.constantFrom(null, 'en', 'fr-CA', 'ar', 'zh-Hant-TW', 'de-1996'),
    dir: fc.constantFrom(null, 'ltr' as const, 'rtl' as const),
    excerpt: nullableText,
    leadImage: nullableText,
    html: fc.option(fc.string({ maxLength: 200 }), { nil: null }),
    text: nullableText,
    wordCount: fc.nat(),
    readingMinutes: fc.nat(),
    keyFacts,
    relatedLinks: fc.array(relatedLink, { maxLength: 3 }),
    tags: words,
    savedAt: date,
    updatedAt: date,
    archived: fc.boolean(),
    favorite: fc.boolean(),
    readAt: fc.option(date, { nil: null }),
    progress: fc.double({ min: 0, max: 1, noNaN: true }).map(noNegativeZero),
    highlights: words,
    source: fc.constantFrom(...SOURCES),
  },
  { requiredKeys: RECORD_KEYS.filter((k) => !['keyFacts', 'relatedLinks', 'highlights'].includes(k)) as (keyof SavedArticle)[], noNullPrototype: true },
) as fc.Arbitrary<SavedArticle>;

describe('Lede JSON round trip', () => {
  it('gives back any library of valid records as it was', () => {
    const library = fc.uniqueArray(validRecord, { selector: (r) => r.id, maxLength: 6 });
    fc.assert(
      fc.property(library, (records) => {
        const parsed = parseImportFile('lede-library.json', strToU8(exportLedeJson(records)));
        expect(parsed.problems).toEqual([]);
        expect(parsed.items.map((item) => toSavedArticle(item, Date.now()))).toStrictEqual(records);
      }),
      { numRuns: RUNS },
    );
  });

  it('generates records the schema takes, so the round trip tests what it says', () => {
    for (const record of fc.sample(validRecord, 50)) expect(savedArticleIssues(record)).toEqual([]);
  });
});
