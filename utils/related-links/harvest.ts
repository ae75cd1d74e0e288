/**
 * Harvest (issue #4): every link of the ORIGINAL page with the context that tells a related pick
 * from page chrome: the block it sits in and that block's heading, the block's link density,
 * whether its paragraph is part of the article text, schema.org `relatedLink`, rel, card titles.
 * Nothing is rejected here (see ./filter.ts), so the labelled set can be built from this list.
 */
import { urlKey } from '../url';
import { slugWords } from './words';

/** What the block around a link is, as its heading or its class says. */
export type BlockRole = 'related' | 'popular' | 'sponsored' | 'none';

/** The block's own heading names it a related pick ("Read Also"), not only its class. */
export function isRelatedHeading(heading: string | null): boolean {
  return !!heading && RELATED_HEADING.test(heading);
}

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

/** Headings of blocks the publisher picked for this story. */
const RELATED_HEADING =
  /^(?:related\b|read (?:also|more)\b|also read|see also|more on (?:this|the|that)\b|more about\b|more coverage\b|further reading|in (?:context|depth)|explore more|the latest on|background\b|timeline\b)/i;
/** Headings of recirculation: popular, recent, or the site's own "more from us" lists. They say
 * nothing of the subject, so their links are kept only when the subject matches. */
const POPULAR_HEADING =
  /^(?:trending|latest|most (?:read|popular|viewed|shared|watched|commented)|popular|top (?:stories|news|headlines|deals)|editor'?s? picks|just in|breaking|in other news|what'?s hot|today'?s|news in brief|most recent|recent(?: posts?| stories)?|more (?:from|in|stories|news|to read)\b|recommended|you (?:may|might) (?:also )?(?:like|be interested|enjoy)|what to read next|read next|up next|keep reading|don'?t miss|features\b|elsewhere on)/i;
const SPONSORED_HEADING = /^(?:sponsored|promoted|paid (?:content|post)|partner (?:content|stories)|from (?:our|the) (?:partners|web)|around the web|advertis|you may like \(ad\)|by taboola|by outbrain)/i;

/** Class/id words of such blocks. Words are matched whole, between - and _ and spaces. */
const RELATED_CLASS = /(?:^|[\s_-])(?:related\w*|read-?also|also-?read|readalso|see-?also|more-?on-?this|further-?reading|yarpp\w*|jp-relatedposts|crp_related|more-?like-?this)(?:$|[\s_-])/i;
const POPULAR_CLASS =
  /(?:^|[\s_-])(?:trending|popular|most-?read|mostread|most-?viewed|mostviewed|most-?popular|latest|top-?stories|editors?-?picks|recent-?posts|recommend\w*|more-?stories|read-?next|readnext|recirc\w*|recirculation)(?:$|[\s_-])/i;
const SPONSORED_CLASS =
  /(?:^|[\s_-])(?:ads?|adslot|ad-?slot|ad-?unit|adsbygoogle|advert\w*|sponsor\w*|promoted|paid-?content|native-?ad\w*|outbrain\w*|taboola\w*|ob-widget|trc_\w+|revcontent|mgid\w*|zergnet|dianomi|partner-?content|nativo)(?:$|[\s_-])/i;
/** Chrome: never a related link, whatever its words. */
const CHROME_CLASS =
  /(?:^|[\s_-])(nav|navbar|navigation|menu|menus|megamenu|breadcrumbs?|share\w*|sharing|social\w*|sociallinks|comments?|commentlist|disqus|cookie\w*|consent|gdpr|newsletter\w*|subscri\w+|signup|login|paywall|byline|author-?box|author-?bio|tags|tagcloud|tag-?list|post-?tags|topics-?list|masthead|site-?header|site-?footer|global-?footer|footer|skip-?link|pagination|pager|bottom-?bar|top-?bar|toolbar)(?:$|[\s_-])/i;
const PREV_NEXT_CLASS = /(?:^|[\s_-])(?:prev|previous|next|nav-previous|nav-next|post-?navigation|prev-?next\w*|older|newer)(?:$|[\s_-])/i;
const PREV_NEXT_TEXT = /^(?:«|‹|←)?\s*(?:previous|prev|next|older|newer)\b(?:\s+(?:article|post|story|entry|page))?/i;

/** A block larger than this is a page wrapper, not a widget: its class words and heading are
 * not the link's context (a body class "single-post category-news" says nothing). */
const MAX_BLOCK_TEXT = 2500;
/** A heading longer than this is a paragraph or a link title, not a block's label. */
const MAX_HEADING_TEXT = 80;
/** How far up from a link its block may be. */
const MAX_DEPTH = 12;

/** Anchor texts that say nothing of where they go: the card title or the URL speaks instead. */
const GENERIC_TEXT =
  /^(?:read(?: the)?(?: full)?(?: more| story| article| on| here)?|more|continue(?: reading)?|full (?:story|article|coverage)|here|click here|this|link|source|view|watch|listen|see more|learn more|details|go|»|›|→|\.\.\.|…)\W*$/i;

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'DT', 'LEGEND', 'CAPTION']);
const HEADING_CLASS = /title|heading|header|label|kicker/i;
const CARD_TITLE_CLASS = /title|headline/i;
const TEXT_BLOCK = 'p, li, blockquote, dd, td, figcaption, h2, h3, h4, h5, h6';
const INLINE = new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'SMALL', 'MARK', 'CITE', 'Q', 'SUP', 'SUB', 'FONT']);
/** Longer alt text is a caption, not a title. */
const MAX_ALT_TITLE = 100;
const CAPTION_LEAD = /^(?:in this (?:photo|image|file)|file (?:photo|image)|photo|image|picture)\b/i;
/** A card (image, title, teaser) holds at most this much text, whitespace included. */
const MAX_CARD_TEXT = 600;
/** Shorter than this, a block's text may occur in the article by chance. */
const MIN_PARAGRAPH = 25;

export interface HarvestInput {
  /** The page's own URL. */
  url: string;
  /** The extracted article's plain text: a link inside it is "in the article". */
  text: string;
}

/** All links of `doc` with their context, in page order, duplicates kept. */
export function harvestLinks(doc: Document, page: HarvestInput): Candidate[] {
  const body = doc.body;
  if (!body) return [];
  const ctx = new Context(doc, page);
  const out: Candidate[] = [];
  let order = 0;
  const base = doc.baseURI || page.url;
  for (const a of Array.from(body.querySelectorAll('a[href], area[href]'))) {
    const url = absolute(a.getAttribute('href') ?? '', base);
    if (!url) continue;
    const anchorText = normalize(a.textContent || a.getAttribute('aria-label') || a.getAttribute('title') || '');
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
      schemaRelated: ctx.schemaRelated.has(key) || (a.getAttribute('itemprop') ?? '').split(/\s+/).includes('relatedLink'),
      linkDensity: block.linkDensity,
      rel: (a.getAttribute('rel') ?? '').toLowerCase(),
      order: order++,
    });
  }
  return out;
}

interface BlockInfo {
  heading: string | null;
  role: BlockRole;
  chrome: string | null;
  prevNext: boolean;
  linkDensity: number;
}

/** Per-page caches: a page has hundreds of links but a few dozen blocks. On a huge page (a
 * menu of thousands of links, a long comment thread) every link asks about the same large
 * ancestors, so nothing that reads an element's whole text is done twice for one element:
 * without these caches the harvest is quadratic in the page's size. */
class Context {
  readonly schemaRelated: Set<string>;
  private readonly labels = new Map<Element, string | null>();
  private readonly sizes = new Map<Element, { text: number; links: number }>();
  private readonly rawLengths = new Map<Element, number>();
  private readonly textLengths = new Map<Element, number>();
  private readonly articleBlocks = new Map<Element, boolean>();
  private readonly articleText: string;
  /** The article text's words (between spaces), made on first use; see `inArticleText`. */
  private articleWords: Set<string> | null = null;
  /** Where the last paragraph found in the article text starts: the next is usually after it. */
  private articleCursor = 0;

  constructor(doc: Document, page: HarvestInput) {
    this.schemaRelated = schemaRelatedLinks(doc, page.url);
    this.articleText = normalize(page.text).toLowerCase();
  }

  /** The context of `a`: chrome, role and heading of the blocks around it, nearest first. */
  blockOf(a: Element): BlockInfo {
    const info: BlockInfo = { heading: null, role: 'none', chrome: null, prevNext: false, linkDensity: 0 };
    let densityFound = false;
    let labelled = false;
    const chain: Element[] = [];
    for (let el = a.parentElement; el && el.tagName !== 'BODY' && el.tagName !== 'HTML'; el = el.parentElement) chain.push(el);
    // insideArticle[i]: chain[i] has an <article> above it (site headers and footers don't).
    const insideArticle: boolean[] = new Array<boolean>(chain.length);
    for (let i = chain.length - 1, seen = false; i >= 0; i--) {
      insideArticle[i] = seen;
      if (chain[i]!.tagName === 'ARTICLE') seen = true;
    }
    let child: Element = a;
    for (let depth = 0; depth < chain.length; child = chain[depth]!, depth++) {
      const el = chain[depth]!;
      const tag = el.tagName;
      const role = el.getAttribute('role') ?? '';
      const inArticle = insideArticle[depth]!;
      if (!info.chrome) {
        if (tag === 'NAV' || role === 'navigation' || role === 'menu' || role === 'menubar') info.chrome = 'nav';
        else if ((tag === 'HEADER' && !inArticle) || role === 'banner') info.chrome = 'header';
        else if ((tag === 'FOOTER' && !inArticle) || role === 'contentinfo') info.chrome = 'footer';
        else if (role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true') info.chrome = 'dialog';
        else if (tag === 'FORM' || role === 'search') info.chrome = 'form';
      }
      if (depth > MAX_DEPTH) continue;
      const size = this.sizeOf(el);
      if (size.text > MAX_BLOCK_TEXT) continue;
      if (!densityFound && (size.links > 1 || size.text > 200)) {
        info.linkDensity = size.text ? Math.min(1, size.links / size.text) : 1;
        densityFound = true;
      }
      const classes = `${el.getAttribute('class') ?? ''} ${el.id}`;
      if (!info.prevNext && PREV_NEXT_CLASS.test(classes)) info.prevNext = true;
      // An ad widget is one at any level, whatever "related" words its inner blocks carry.
      if (SPONSORED_CLASS.test(classes)) info.role = 'sponsored';
      else if (info.role === 'none') {
        if (RELATED_CLASS.test(classes)) info.role = 'related';
        else if (POPULAR_CLASS.test(classes)) info.role = 'popular';
      }
      // Class words count only on blocks this small (see MAX_BLOCK_TEXT): a "social-affairs"
      // section wrapping a whole story is no share bar.
      if (!info.chrome) info.chrome = CHROME_CLASS.exec(classes)?.[1]?.toLowerCase() ?? null;
      if (!labelled) {
        // The nearest heading that names a kind of block wins ("More on this story" over the
        // card's own "Title"); else the nearest heading is kept for the record.
        const heading = this.labelBefore(child);
        if (heading) {
          const role = SPONSORED_HEADING.test(heading) ? 'sponsored' : RELATED_HEADING.test(heading) ? 'related' : POPULAR_HEADING.test(heading) ? 'popular' : null;
          if (role) {
            labelled = true;
            info.heading = heading;
            if (info.role !== 'sponsored' && (info.role === 'none' || (info.role === 'popular' && role !== 'popular') || role === 'sponsored')) info.role = role;
          } else info.heading ??= heading;
        }
      }
    }
    return info;
  }

  /** The label of the block a child sits in: the nearest earlier sibling that is a heading
   * standing alone ("<h2>Related</h2><ul>…"). A heading inside an earlier sibling section labels
   * that section, not the links after it, so it is not looked for. */
  private labelBefore(child: Element): string | null {
    const cached = this.labels.get(child);
    if (cached !== undefined) return cached;
    const walked: Element[] = [];
    let label: string | null = null;
    for (let prev = child.previousElementSibling; prev; prev = prev.previousElementSibling) {
      const known = this.labels.get(prev);
      if (known !== undefined && !isHeadingLike(prev)) {
        label = known;
        break;
      }
      walked.push(prev);
      const text = headingText(prev);
      if (text) {
        label = text;
        break;
      }
    }
    // Every sibling walked over has the same label: a long list is walked once.
    this.labels.set(child, label);
    for (const el of walked) if (!isHeadingLike(el)) this.labels.set(el, label);
    return label;
  }

  /** `el.textContent.length`, read once per element. */
  rawLength(el: Element): number {
    let length = this.rawLengths.get(el);
    if (length === undefined) {
      length = (el.textContent ?? '').length;
      this.rawLengths.set(el, length);
    }
    return length;
  }

  /** `normalize(el.textContent).length`, read once per element. */
  private textLength(el: Element): number {
    let length = this.textLengths.get(el);
    if (length === undefined) {
      const raw = el.textContent ?? '';
      this.rawLengths.set(el, raw.length);
      length = normalize(raw).length;
      this.textLengths.set(el, length);
    }
    return length;
  }

  private sizeOf(el: Element): { text: number; links: number } {
    let size = this.sizes.get(el);
    if (!size) {
      const raw = this.rawLength(el);
      // Whitespace aside, a text this long is a page wrapper: no need to normalize it.
      const text = raw > MAX_BLOCK_TEXT * 4 ? raw : this.textLength(el);
      let links = 0;
      if (text <= MAX_BLOCK_TEXT) for (const a of Array.from(el.getElementsByTagName('a'))) links += normalize(a.textContent).length;
      size = { text, links };
      this.sizes.set(el, size);
    }
    return size;
  }

  /** The link sits in a paragraph (list item, quote…) whose text is part of the article text.
   * Some sites write paragraphs as <div>s, so the nearest block with some text stands in. */
  inArticle(a: Element): boolean {
    if (!this.articleText) return false;
    let block: Element | null = a.closest(TEXT_BLOCK);
    if (!block) {
      block = a.parentElement;
      while (block && (INLINE.has(block.tagName) || this.textLength(block) < MIN_PARAGRAPH)) block = block.parentElement;
    }
    if (!block || block.tagName === 'BODY') return false;
    let found = this.articleBlocks.get(block);
    if (found === undefined) {
      const text = normalize(block.textContent).toLowerCase();
      // A bare link list item ("Putin to visit Vietnam") can occur in the text by chance; a
      // paragraph of 25+ characters does not. Its first 300 characters are enough to tell.
      found = text.length >= MIN_PARAGRAPH && text.length <= MAX_BLOCK_TEXT && this.inArticleText(text.slice(0, 300));
      this.articleBlocks.set(block, found);
    }
    return found;
  }

  /** `articleText.includes(part)`, without scanning a long text for every paragraph of the
   * page. A part whose inner words (those with a space on both sides) are not all words of the
   * article cannot be in it: comments, menus and teasers are told so at once. A part that is
   * there is looked for from where the last one was found, as the page's paragraphs follow the
   * text's order; only when that fails is the whole text searched. */
  private inArticleText(part: string): boolean {
    this.articleWords ??= new Set(this.articleText.split(' '));
    const words = part.split(' ');
    for (let i = 1; i < words.length - 1; i++) if (!this.articleWords.has(words[i]!)) return false;
    let at = this.articleText.indexOf(part, this.articleCursor);
    if (at < 0) at = this.articleText.indexOf(part);
    if (at < 0) return false;
    this.articleCursor = at;
    return true;
  }
}

/** An element that looks like a heading: a heading tag, role=heading, or a title-ish class. */
function isHeadingLike(el: Element): boolean {
  return HEADING_TAGS.has(el.tagName) || el.getAttribute('role') === 'heading' || HEADING_CLASS.test(el.getAttribute('class') ?? '');
}

/** The text of a standalone heading (itself heading-like, or a small wrapper of one), without
 * links; else null. */
function headingText(el: Element): string | null {
  const raw = el.textContent ?? '';
  if (raw.length > MAX_HEADING_TEXT * 4) return null;
  const text = normalize(raw);
  if (text.length < 2 || text.length > MAX_HEADING_TEXT) return null;
  if (el.tagName === 'A' || el.querySelector('a')) return null;
  if (!isHeadingLike(el) && !el.querySelector('h1, h2, h3, h4, h5, h6, strong, b, [role=heading]')) return null;
  return text.replace(/[:»›]+$/, '').trim() || null;
}

/** A link's title: its text, else its card's heading, its image's alt, its title attribute. */
function linkTitle(a: Element, anchorText: string, url: string, mayBeCard: boolean, ctx: Context): string {
  if (anchorText.length >= 12 && !GENERIC_TEXT.test(anchorText)) return anchorText;
  const card = mayBeCard ? cardOf(a, ctx) : null;
  if (card) {
    // Walked by hand: a card is small, and attribute selectors are slow in jsdom.
    const href = a.getAttribute('href');
    let best = '';
    for (const el of Array.from(card.getElementsByTagName('*'))) {
      const text = normalize(el.textContent);
      if (/^H[1-6]$/.test(el.tagName) || CARD_TITLE_CLASS.test(el.getAttribute('class') ?? '') || el.getAttribute('itemprop') === 'headline') {
        if (text.length >= 12) return text;
      } else if (el.tagName === 'A' && el.getAttribute('href') === href && text.length > best.length && !GENERIC_TEXT.test(text)) {
        best = text;
      }
    }
    if (best.length >= 12) return best;
  }
  // An image's alt text is a headline only when it is headline-sized; "In this photo issued by
  // ITV, …" is a caption.
  const altText = normalize(a.getElementsByTagName('img')[0]?.getAttribute('alt'));
  const alt = altText.length <= MAX_ALT_TITLE && !CAPTION_LEAD.test(altText) ? altText : '';
  const title = normalize(a.getAttribute('title') ?? a.getAttribute('aria-label'));
  const fallback = [title, alt].find((t) => t.length >= 12 && !GENERIC_TEXT.test(t));
  if (fallback) return fallback;
  if (!GENERIC_TEXT.test(anchorText) && anchorText) return anchorText;
  // "published here": the URL's slug is the only title there is.
  const slug = slugWords(url);
  return slug.split(' ').length >= 3 ? slug.charAt(0).toUpperCase() + slug.slice(1) : '';
}

/** The card around a link: the largest small ancestor whose links all go where this one goes,
 * so a card's image link, title and "Read more" share one title. */
function cardOf(a: Element, ctx: Context): Element | null {
  const href = a.getAttribute('href');
  let card: Element | null = null;
  let el = a.parentElement;
  for (let depth = 0; el && depth < 4 && el.tagName !== 'BODY'; depth++, el = el.parentElement) {
    if (ctx.rawLength(el) > MAX_CARD_TEXT) break; // raw length: cheap, and enough
    const links = el.getElementsByTagName('a');
    let other = false;
    for (let i = 0; i < links.length && !other; i++) other = !!links[i]!.getAttribute('href') && links[i]!.getAttribute('href') !== href;
    if (other) break;
    card = el;
  }
  return card;
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
function schemaRelatedLinks(doc: Document, base: string): Set<string> {
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
      visit(JSON.parse(script.textContent ?? ''));
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
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
