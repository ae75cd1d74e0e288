import * as v from 'valibot';
import { countWords, readingMinutes } from '../../extract/text';
import type { KeyFacts } from '../../key-facts/types';
import type { RelatedLink } from '../../related-links/types';
import type { SavedArticle } from '../types';
import { checkUrl, clip, isLibraryDate } from './fields';

/**
 * A library record as the views read it, in valibot (issue #16): Lede's JSON export is checked
 * against it record by record, and the tests check every importer's records with it. The reader
 * reads every `keyFacts` list as an array and `relatedLinks` as an array of `{url, title, kind,
 * why[]}`; a file with `"keyFacts":"x"` was stored as it was and crashed the reader
 * (`reading 'length'`, `links.filter is not a function`).
 */

const strings = v.array(v.string());

export const KeyFactsSchema = v.object({
  keyPoints: strings,
  morePoints: v.optional(strings),
  people: v.array(v.object({ name: v.string(), role: v.optional(v.string()) })),
  organizations: strings,
  places: strings,
  dates: strings,
  numbers: strings,
  quotes: v.array(v.object({ text: v.string(), speaker: v.optional(v.string()) })),
  entitiesSupported: v.optional(v.boolean()),
});

export const RelatedLinkSchema = v.object({
  url: v.string(),
  title: v.string(),
  kind: v.picklist(['related', 'in-article', 'elsewhere']),
  score: v.pipe(v.number(), v.finite()),
  why: strings,
  site: v.optional(v.string()),
});

export const SOURCES = ['lede', 'pocket', 'instapaper', 'omnivore', 'link'] as const;

/** A BCP 47 tag the browser's `Intl` takes: the reader formats dates in the article's language,
 * and `toLocaleDateString('en_US')` throws. */
export function isLanguageTag(tag: unknown): tag is string {
  if (typeof tag !== 'string') return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

let cached: { now: number; schema: ReturnType<typeof buildSchema> } | undefined;

/** The record schema; dates are checked against `now` (utils/library/import/fields.ts). Built
 * once per `now`: an import checks every record against the same one. */
export function savedArticleSchema(now: number = Date.now()): ReturnType<typeof buildSchema> {
  if (cached?.now !== now) cached = { now, schema: buildSchema(now) };
  return cached.schema;
}

function buildSchema(now: number) {
  const date = (field: string) =>
    v.pipe(
      v.number((issue) => `${field} ${shown(issue.input)} is not a date`),
      v.check((ms) => isLibraryDate(ms, now), (issue) => `${field} ${String(issue.input)} is not a date between 1990 and today`),
    );
  const nullableText = (field: string) => v.optional(v.nullable(v.string(`${field} is not text`)), null);
  const count = (field: string) => v.pipe(v.number(`${field} is not a number`), v.finite(`${field} is not a number`), v.minValue(0, `${field} is below 0`));
  return v.object({
    id: v.pipe(v.string('no id'), v.nonEmpty('no id')),
    url: v.pipe(
      v.string('no URL'),
      v.check(
        (url) => 'url' in checkUrl(url),
        (issue) => {
          const checked = checkUrl(String(issue.input));
          return 'reason' in checked ? checked.reason : 'not a web address';
        },
      ),
    ),
    title: v.string('no title'),
    siteName: nullableText('siteName'),
    byline: nullableText('byline'),
    publishedTime: nullableText('publishedTime'),
    lang: v.optional(v.nullable(v.pipe(v.string('lang is not text'), v.check((tag: string) => isLanguageTag(tag), (issue) => `lang "${String(issue.input)}" is not a language tag`))), null),
    dir: v.optional(v.nullable(v.picklist(['ltr', 'rtl'], (issue) => `unknown text direction ${shown(issue.input)}`)), null),
    excerpt: nullableText('excerpt'),
    leadImage: nullableText('leadImage'),
    html: nullableText('html'),
    text: nullableText('text'),
    wordCount: count('wordCount'),
    readingMinutes: count('readingMinutes'),
    keyFacts: v.optional(KeyFactsSchema),
    relatedLinks: v.optional(v.array(RelatedLinkSchema)),
    tags: v.array(v.string(), 'tags are not a list of words'),
    savedAt: date('savedAt'),
    updatedAt: date('updatedAt'),
    archived: v.boolean('archived is not true or false'),
    favorite: v.boolean('favorite is not true or false'),
    readAt: v.optional(v.nullable(date('readAt')), null),
    progress: v.pipe(v.number('progress is not a number'), v.finite('progress is not a number'), v.minValue(0, 'progress is below 0'), v.maxValue(1, 'progress is past 1')),
    highlights: v.optional(v.array(v.string(), 'highlights are not a list of text')),
    source: v.picklist(SOURCES, (issue) => `unknown source ${shown(issue.input)}`),
  });
}

// The schema and the types say the same thing: a change to one that the other lacks fails here.
type SchemaRecord = v.InferOutput<ReturnType<typeof buildSchema>>;
const _toType = (r: SchemaRecord): SavedArticle => r;
const _fromType = (r: SavedArticle): SchemaRecord => r;
const _facts = (f: v.InferOutput<typeof KeyFactsSchema>): KeyFacts => f;
const _link = (l: v.InferOutput<typeof RelatedLinkSchema>): RelatedLink => l;
void [_toType, _fromType, _facts, _link];

/** Does this record match the format (every view can show it, every export can write it)? */
export function isSavedArticle(record: unknown, now: number = Date.now()): record is SavedArticle {
  return v.is(savedArticleSchema(now), record);
}

/** Why a record does not match the format, one reason per field; [] when it does. */
export function savedArticleIssues(record: unknown, now: number = Date.now()): string[] {
  const result = v.safeParse(savedArticleSchema(now), record);
  return result.success ? [] : result.issues.map(reasonOf);
}

/** Without these a record is not an article: it is unreadable, not repaired. */
const ESSENTIAL = new Set(['id', 'url', 'title', 'html', 'text']);

export type CheckedRecord = { record: SavedArticle; repairs: string[] } | { reason: string };

/**
 * A record of a Lede export, checked: the record (with `repairs`, one line per field that was
 * left out or replaced), or why it is unreadable. A record is unreadable only when what makes it
 * an article is wrong (id, URL, title, HTML, text): the rest is repaired, since an article with
 * its text and no key facts loses far less than no article. Bad dates become `now` (the import
 * time), metadata that is not text becomes null, key facts not in the format are left out (the
 * reader shows none), related links and highlights keep their good entries, counts are counted
 * again from the text.
 */
export function checkSavedArticle(raw: unknown, now: number = Date.now()): CheckedRecord {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { reason: 'not an article record' };
  const schema = savedArticleSchema(now);
  const first = v.safeParse(schema, raw);
  if (first.success) return { record: first.output, repairs: [] };

  const byField = new Map<string, v.BaseIssue<unknown>>();
  for (const issue of first.issues) {
    const key = issue.path?.[0]?.key;
    if (typeof key !== 'string') return { reason: 'not an article record' };
    if (!byField.has(key)) byField.set(key, issue);
  }
  for (const [key, issue] of byField) {
    if (ESSENTIAL.has(key)) return { reason: reasonOf(issue) };
  }
  const record: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  const repairs: string[] = [];
  for (const [key, issue] of byField) repairs.push(repair(record, key, reasonOf(issue), now));
  const second = v.safeParse(schema, record);
  return second.success ? { record: second.output, repairs } : { reason: reasonOf(second.issues[0]) };
}

/** Mends one field of `record` in place; says what was done. */
function repair(record: Record<string, unknown>, key: string, reason: string, now: number): string {
  switch (key) {
    case 'savedAt':
    case 'updatedAt':
      record[key] = now;
      return `${reason}, so the import date is used`;
    case 'readAt':
      record[key] = now;
      return `${reason}, so it is marked read at the import date`;
    case 'keyFacts':
      delete record[key];
      return 'its key facts are not in Lede’s format, so they were left out';
    case 'relatedLinks': {
      const links = Array.isArray(record[key]) ? (record[key] as unknown[]).filter((link) => v.is(RelatedLinkSchema, link)) : [];
      if (links.length) record[key] = links;
      else delete record[key];
      return links.length ? 'some of its related links are not in Lede’s format, so they were left out' : 'its related links are not in Lede’s format, so they were left out';
    }
    case 'highlights':
    case 'tags': {
      const list = Array.isArray(record[key]) ? (record[key] as unknown[]).filter((x): x is string => typeof x === 'string') : [];
      if (key === 'tags' || list.length) record[key] = list;
      else delete record[key];
      return `its ${key} are not all text, so what is not was left out`;
    }
    case 'wordCount':
    case 'readingMinutes': {
      const text = typeof record.text === 'string' ? record.text : '';
      record[key] = key === 'wordCount' ? countWords(text) : text.trim() ? readingMinutes(text) : 0;
      return `${reason}, so it was counted again from the text`;
    }
    case 'progress': {
      const n = record[key];
      record[key] = typeof n === 'number' && Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
      return `${reason}, so it was set to ${String(record[key])}`;
    }
    case 'archived':
    case 'favorite':
      record[key] = record[key] === 'true';
      return `${reason}, so it was set to ${String(record[key])}`;
    case 'source':
      record[key] = 'lede';
      return `${reason}, so it is taken as Lede’s`;
    default:
      // siteName, byline, publishedTime, lang, dir, excerpt, leadImage: metadata, shown if there.
      record[key] = null;
      return `${reason}, so it was left out`;
  }
}

function shown(value: unknown): string {
  if (typeof value === 'string') return `"${clip(value, 40)}"`;
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return /^[aeiou]/.test(typeof value) ? `an ${typeof value}` : `a ${typeof value}`;
}

function reasonOf(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'not an article record';
  const key = issue.path?.[0]?.key;
  // A missing key: valibot says 'Invalid key: Expected "id" but received undefined'.
  if (typeof key === 'string' && issue.input === undefined && issue.path?.length === 1) return key === 'url' ? 'no URL' : `no ${key}`;
  return issue.message;
}
