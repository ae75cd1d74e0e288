import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { extractArticle } from '@/utils/extract';
import { findRelatedLinks } from '@/utils/related-links';
import type { RelatedLink } from '@/utils/related-links/types';
import { FIXTURES } from '../fixtures';

/** A fixture page as jsdom parses it; `scripts` runs its inline scripts, as a live page would. */
export function pageOf(name: string, url: string, scripts = false): Document {
  const html = readFileSync(join(FIXTURES, name), 'utf8');
  return new JSDOM(html, { url, runScripts: scripts ? 'dangerously' : undefined }).window.document;
}

/** Related links of a fixture page, as readPage finds them (key facts left out: the ranking must
 * work from title and text alone). */
export function relatedOf(name: string, url: string, scripts = false): RelatedLink[] {
  const doc = pageOf(name, url, scripts);
  const result = extractArticle(doc, url);
  if (!result.ok) throw new Error(`${name}: ${result.message}`);
  return findRelatedLinks(doc, result.article);
}

export const titles = (links: RelatedLink[]) => links.map((l) => l.title);
export const paths = (links: RelatedLink[]) => links.map((l) => new URL(l.url).pathname);
