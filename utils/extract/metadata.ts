/** Page metadata that Readability does not give, or gives less reliably: read from the original
 * document (JSON-LD, Open Graph, meta tags, `<time>`), never from the cleaned copy. */
import { normalize } from './text';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  leadImage: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  /** The page's own summary (description, og:description), as its meta tags give it. */
  description: string | null;
  /** The page declares itself an article (og:type article, a schema.org *Article). */
  declaresArticle: boolean;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPE = /Article$|^BlogPosting$|^Report$|^LiveBlogPosting$/;

export function readMetadata(doc: Document): PageMetadata {
  const ld = findLdArticle(doc);
  const meta = metaReader(doc);
  const ogType = meta('property', 'og:type');
  return {
    title: clean(str(ld?.headline)) ?? meta('property', 'og:title') ?? meta('name', 'twitter:title'),
    byline:
      names(ld?.author) ??
      meta('name', 'author', 'property', 'author') ??
      meta('property', 'article:author')?.replace(/^https?:\/\/\S+$/, '') ??
      null,
    siteName: meta('property', 'og:site_name') ?? names((ld?.publisher as JsonObject | undefined) ?? null),
    publishedTime:
      meta('property', 'article:published_time') ??
      clean(str(ld?.datePublished)) ??
      meta('name', 'pubdate') ??
      meta('itemprop', 'datePublished') ??
      clean(doc.querySelector('time[datetime]')?.getAttribute('datetime')),
    leadImage: absolute(doc, meta('property', 'og:image') ?? meta('name', 'twitter:image') ?? image(ld?.image)),
    canonicalUrl: absolute(doc, clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? meta('property', 'og:url')),
    lang: clean(doc.documentElement.getAttribute('lang')),
    description: meta('name', 'description', 'property', 'og:description') ?? meta('name', 'twitter:description'),
    declaresArticle: ogType === 'article' || ld !== null,
  };
}

/**
 * The content of the first `<meta>` (in document order) whose attribute equals a value, for
 * pairs of attribute and value: `meta('name', 'author', 'property', 'author')`. The page's
 * `<meta>` elements are listed once: a selector per field walks the whole document each time,
 * which under jsdom (the Node runner) costs seconds on a page of 100,000 elements.
 */
function metaReader(doc: Document): (...pairs: string[]) => string | null {
  const metas = Array.from(doc.querySelectorAll('meta'));
  return (...pairs) => {
    for (const el of metas) {
      for (let i = 0; i < pairs.length; i += 2) {
        if (el.getAttribute(pairs[i]!) === pairs[i + 1]) return clean(el.getAttribute('content'));
      }
    }
    return null;
  };
}

/** The lead picture of a page without `og:image`: the first figure's image inside the page's
 * article (or main). A lead figure between the headline and the body's container is a sibling
 * of that container, which Readability leaves out, so it is read from the original document. */
export function leadFigureImage(doc: Document): string | null {
  const img = doc.querySelector('article figure img[src], main figure img[src]');
  return absolute(doc, clean(img?.getAttribute('src')));
}

function findLdArticle(doc: Document): JsonObject | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is common; the meta tags still work
    }
    const found = walkLd(data);
    if (found) return found;
  }
  return null;
}

function walkLd(data: unknown): JsonObject | null {
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = walkLd(item);
      if (found) return found;
    }
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const obj = data as JsonObject;
  const types = ([] as unknown[]).concat(obj['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) return obj;
  return walkLd(obj['@graph']);
}

function names(value: unknown): string | null {
  if (!value) return null;
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) {
    const all = value.map(names).filter((n): n is string => !!n);
    return all.length ? all.join(', ') : null;
  }
  if (typeof value === 'object') return clean(str((value as JsonObject).name));
  return null;
}

function image(value: unknown): string | null {
  if (!value) return null;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return image(value[0]);
  if (typeof value === 'object') return str((value as JsonObject).url);
  return null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function clean(value: string | null | undefined): string | null {
  return normalize(value) || null;
}

function absolute(doc: Document, url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url, doc.baseURI).href;
  } catch {
    return null;
  }
}
