/**
 * Harvest (issue #4): every link of the ORIGINAL page with the context that tells a related pick
 * from page chrome: the block it sits in and that block's heading, the block's link density,
 * whether its paragraph is part of the article text (./link-context.ts), schema.org
 * `relatedLink`, rel, card titles (./link-title.ts). Nothing is rejected here (see ./filter.ts),
 * so the labelled set can be built from this list.
 */
import { normalize, textOf, type TextWork } from '../extract/text';
import { isWebUrl, urlKey } from '../url';
import { PREV_NEXT_CLASS, PREV_NEXT_TEXT } from './harvest-rules';
import { LinkContext, type BlockRole } from './link-context';
import { linkTitle } from './link-title';

export interface Candidate {
  /** Absolute URL, as the page links it. */
  url: string;
  /** `urlKey(url)`: what duplicates share. */
  key: string;
  /** The anchor's text, or the card's title when the anchor itself says nothing ("Read more"). */
  text: string;
  /** The anchor's own text, as written. */
  anchorText: string;
  /** The heading of the block holding the link ("Related Articles"), when it has one. */
  heading: string | null;
  role: BlockRole;
  /** Page chrome around the link (nav, footer, share…), or null. */
  chrome: string | null;
  /** Inside a paragraph (or list item, quote…) of the extracted article text. */
  inArticle: boolean;
  /** A previous/next-article link. */
  prevNext: boolean;
  /** Named by schema.org `relatedLink` (JSON-LD or microdata). */
  schemaRelated: boolean;
  /** Share of the block's text that is link text: near 1 for link lists, low in running text. */
  linkDensity: number;
  /** `rel` of the anchor (tag, author, nofollow sponsored…). */
  rel: string;
  /** Position on the page, for stable ordering. */
  order: number;
}

export interface HarvestInput {
  /** The page's own URL. */
  url: string;
  /** The extracted article's plain text: a link inside it is "in the article". */
  text: string;
}

/** All links of `doc` with their context, in page order, duplicates kept. What it reads is
 * counted into `work` when given (see TextWork). */
export function harvestLinks(doc: Document, page: HarvestInput, work?: TextWork): Candidate[] {
  const body = doc.body;
  if (!body) return [];
  const ctx = new LinkContext(page.text, work);
  const schemaRelated = schemaRelatedLinks(doc, page.url, work);
  const out: Candidate[] = [];
  let order = 0;
  const base = doc.baseURI || page.url;
  for (const a of Array.from(body.querySelectorAll('a[href], area[href]'))) {
    if (work) work.elements++;
    const url = absolute(a.getAttribute('href') ?? '', base);
    if (!url) continue;
    const anchorText = normalize(textOf(a, work) || a.getAttribute('aria-label') || a.getAttribute('title') || '');
    const block = ctx.blockOf(a);
    const key = urlKey(url);
    const prevNext = block.prevNext || isPrevNext(a, anchorText);
    const inArticle = ctx.inArticle(a);
    // A link in the article's text is no card: its words, else its URL, title it.
    const text = linkTitle(a, anchorText, url, !inArticle, ctx);
    out.push({
      url,
      key,
      // "Next post: Baking With…" is titled "Baking With…".
      text: prevNext ? text.replace(PREV_NEXT_TEXT, '').replace(/^\s*[:»›|-]?\s*/, '') : text,
      anchorText,
      heading: block.heading,
      role: block.role,
      chrome: block.chrome ?? relChrome(a),
      inArticle,
      prevNext,
      schemaRelated: schemaRelated.has(key) || (a.getAttribute('itemprop') ?? '').split(/\s+/).includes('relatedLink'),
      linkDensity: block.linkDensity,
      rel: (a.getAttribute('rel') ?? '').toLowerCase(),
      order: order++,
    });
  }
  return out;
}

function relChrome(a: Element): string | null {
  const rel = ` ${(a.getAttribute('rel') ?? '').toLowerCase()} `;
  if (/ (?:tag|category) /.test(rel)) return 'tag';
  if (/ author /.test(rel)) return 'author';
  if (/ (?:sponsored|ugc) /.test(rel)) return 'sponsored';
  return null;
}

function isPrevNext(a: Element, text: string): boolean {
  const rel = ` ${(a.getAttribute('rel') ?? '').toLowerCase()} `;
  if (/ (?:prev|next) /.test(rel)) return true;
  if (PREV_NEXT_CLASS.test(a.getAttribute('class') ?? '')) return true;
  return PREV_NEXT_TEXT.test(text);
}

/** URLs that the page's schema.org data names as `relatedLink`. */
function schemaRelatedLinks(doc: Document, base: string, work?: TextWork): Set<string> {
  const keys = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [name, inner] of Object.entries(value as Record<string, unknown>)) {
        if (name === 'relatedLink') {
          for (const link of [inner].flat()) {
            const url = typeof link === 'string' ? link : (link as { url?: unknown; '@id'?: unknown } | null)?.url ?? (link as { '@id'?: unknown } | null)?.['@id'];
            if (typeof url === 'string') keys.add(urlKey(url, base));
          }
        } else visit(inner);
      }
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(textOf(script, work)));
    } catch {
      /* a broken JSON-LD block is the page's problem, not a reason to lose the others */
    }
  }
  for (const el of Array.from(doc.querySelectorAll('link[itemprop~=relatedLink][href]'))) keys.add(urlKey(el.getAttribute('href')!, base));
  return keys;
}

function absolute(href: string, base: string): string | null {
  const trimmed = href.trim();
  if (!trimmed || trimmed.startsWith('#')) return null;
  let url: string;
  try {
    url = new URL(trimmed, base).href;
  } catch {
    return null;
  }
  return isWebUrl(url) ? url : null;
}
