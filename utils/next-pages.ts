/**
 * Articles split over several pages (issue #12): after the first page is read, the page's own
 * "next page" link (`rel=next`, or the next number of a numbered pager) is followed, from the
 * content script, on the article's own origin only, up to MAX_PAGES pages. Each page's article is
 * appended after a visible note ("Page 2"); the text, word count, reading time and key facts are
 * those of the whole. A page that fails to load or is not an article ends the series quietly:
 * what was read stays.
 */
import type { Article, ReadResult } from './article';
import { extractArticle, type ExtractOptions } from './extract';
import { countWords, readingMinutes } from './extract/text';
import { t } from './i18n';
import { extractKeyFacts } from './key-facts';
import { isWebUrl } from './url';

export const MAX_PAGES = 10;

/** Fetches a page's HTML, or null when it cannot (the caller keeps to one origin). */
export type FetchPage = (url: string) => Promise<string | null>;

/** The URL of the page after `doc` (at `url`, page `index` of the series, 1 for the first), or
 * null: never on another origin, never a page already read. */
export function nextPageUrl(doc: Document, url: string, index: number, seen: ReadonlySet<string>): string | null {
  const origin = originOf(url);
  const candidates: (string | null)[] = [
    doc.querySelector('link[rel~="next" i][href]')?.getAttribute('href') ?? null,
    doc.querySelector('a[rel~="next" i][href]')?.getAttribute('href') ?? null,
    pagerLink(doc, index + 1),
  ];
  for (const href of candidates) {
    const next = href ? resolve(href, url) : null;
    if (next && originOf(next) === origin && !seen.has(withoutHash(next))) return next;
  }
  return null;
}

/** A link whose text is the number `n` in a numbered pager: a block holding links to at least
 * two page numbers. */
function pagerLink(doc: Document, n: number): string | null {
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    if (a.textContent?.trim() !== String(n)) continue;
    const pager = a.parentElement?.closest('nav, ul, ol, div, p, span') ?? null;
    const numbers = pager ? Array.from(pager.querySelectorAll('a')).filter((link) => /^\d{1,3}$/.test(link.textContent?.trim() ?? '')).length : 0;
    if (numbers >= 2) return a.getAttribute('href');
  }
  return null;
}

/** `first` with the pages after it joined on. `doc` is the first page, `parse` makes a document
 * of a fetched page's HTML at its URL; each is read as the first was (`options`: the picked block). */
export async function withNextPages(
  first: ReadResult,
  doc: Document,
  url: string,
  fetchPage: FetchPage,
  parse: (html: string, url: string) => Document,
  options: ExtractOptions = {},
): Promise<ReadResult> {
  if (!first.ok) return first;
  const article = first.article;
  const seen = new Set([withoutHash(url)]);
  const parts: { url: string; article: Article }[] = [];
  let page = doc;
  let at = url;
  for (let index = 1; index < MAX_PAGES; index++) {
    const next = nextPageUrl(page, at, index, seen);
    if (!next) break;
    seen.add(withoutHash(next));
    const html = await fetchPage(next).catch(() => null);
    if (html === null) break;
    page = parse(html, next);
    const result = extractArticle(page, next, options);
    if (!result.ok || result.article.text === article.text) break;
    parts.push({ url: next, article: result.article });
    at = next;
  }
  if (!parts.length) return first;
  const text = [article.text, ...parts.map((p) => p.article.text)].join('\n\n');
  const pages = parts.length + 1;
  const joined: Article = {
    ...article,
    html: article.html + parts.map((p, i) => pageNote(doc, i + 2, pages, p.url) + p.article.html).join(''),
    text,
    wordCount: countWords(text),
    readingMinutes: readingMinutes(text),
  };
  joined.keyFacts = extractKeyFacts({ text, title: joined.title, lang: joined.lang });
  return { ok: true, article: joined };
}

/** The note between two pages, made as elements (no markup written by hand): the reader sees
 * where each page starts, and can open it. */
function pageNote(doc: Document, page: number, of: number, url: string): string {
  const link = doc.createElement('a');
  link.setAttribute('href', url);
  link.textContent = t('pageOfPages', page, of);
  const small = doc.createElement('small');
  small.append(link);
  const p = doc.createElement('p');
  p.append(small);
  return doc.createElement('hr').outerHTML + p.outerHTML;
}

/** A fetch for the content script: same origin only, no redirect followed elsewhere, HTML only. */
export function sameOriginFetch(origin: string, timeoutMs = 10_000): FetchPage {
  return async (url) => {
    if (originOf(url) !== origin) return null;
    const response = await fetch(url, { credentials: 'same-origin', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok || response.type === 'opaqueredirect' || !/html/i.test(response.headers.get('content-type') ?? '')) return null;
    return response.text();
  };
}

function resolve(href: string, base: string): string | null {
  try {
    const absolute = new URL(href, base).href;
    return isWebUrl(absolute) ? absolute : null;
  } catch {
    return null;
  }
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function withoutHash(url: string): string {
  return url.split('#')[0]!;
}
