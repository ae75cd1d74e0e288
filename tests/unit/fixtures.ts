import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

export const FIXTURES = join(__dirname, '..', 'fixtures');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** A fixture page as a Document, at a URL of its own. */
export function fixtureDocument(name: string, url = `https://news.example/${name}`): Document {
  return new JSDOM(fixture(name), { url }).window.document;
}

export const SEED_URL = 'https://dailyledger.example/news/politics/putin-first-trip-north-korea-24-years/';
