/**
 * The context of a link on the original page (issue #4): the chrome, role and heading of the
 * blocks around it, its block's link density, and whether its paragraph is part of the article
 * text. Read through per-page caches, so a huge page costs time in proportion to its size.
 */
import { linkDensity, linkTextLength, normalize, textOf, type TextWork } from '../extract/text';
import {
  CHROME_CLASS,
  HEADING_CLASS,
  HEADING_TAGS,
  INLINE,
  POPULAR_CLASS,
  POPULAR_HEADING,
  PREV_NEXT_CLASS,
  RELATED_CLASS,
  RELATED_HEADING,
  SPONSORED_CLASS,
  SPONSORED_HEADING,
  TEXT_BLOCK,
} from './harvest-rules';

/** What the block around a link is, as its heading or its class says. */
export type BlockRole = 'related' | 'popular' | 'sponsored' | 'none';

export interface BlockInfo {
  heading: string | null;
  role: BlockRole;
  chrome: string | null;
  prevNext: boolean;
  linkDensity: number;
}

/** A block larger than this is a page wrapper, not a widget: its class words and heading are
 * not the link's context (a body class "single-post category-news" says nothing). */
const MAX_BLOCK_TEXT = 2500;
/** Raw text (whitespace included) longer than this many times a limit is over the limit
 * whatever its whitespace: no need to normalize it to know. */
const RAW_TEXT_FACTOR = 4;
/** A heading longer than this is a paragraph or a link title, not a block's label; shorter than
 * MIN_HEADING_TEXT, a bullet or an icon. */
const MAX_HEADING_TEXT = 80;
const MIN_HEADING_TEXT = 2;
/** How far up from a link its block may be. */
const MAX_DEPTH = 12;
/** A link's density is its block's: the nearest one holding more link text than a stray
 * character (an image link has none)... */
const MIN_DENSITY_LINK_CHARS = 1;
/** ...or this much text. */
const MIN_DENSITY_TEXT = 200;
/** Shorter than this, a block's text may occur in the article by chance. */
const MIN_PARAGRAPH = 25;
/** The first this many characters of a paragraph tell whether it is in the article text. */
const ARTICLE_PROBE_CHARS = 300;

/** Per-page caches: a page has hundreds of links but a few dozen blocks. On a huge page (a
 * menu of thousands of links, a long comment thread) every link asks about the same large
 * ancestors, so nothing that reads an element's whole text is done twice for one element:
 * without these caches the harvest is quadratic in the page's size. `work` counts what is read
 * (see TextWork): the huge-page tests hold it to a few reads per element. */
export class LinkContext {
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

  constructor(
    text: string,
    readonly work?: TextWork,
  ) {
    this.articleText = normalize(text).toLowerCase();
  }

  /** The context of `a`: chrome, role and heading of the blocks around it, nearest first. */
  blockOf(a: Element): BlockInfo {
    const info: BlockInfo = { heading: null, role: 'none', chrome: null, prevNext: false, linkDensity: 0 };
    let densityFound = false;
    let labelled = false;
    const chain: Element[] = [];
    for (let el = a.parentElement; el && el.tagName !== 'BODY' && el.tagName !== 'HTML'; el = el.parentElement) chain.push(el);
    if (this.work) this.work.elements += chain.length;
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
      if (!densityFound && (size.links > MIN_DENSITY_LINK_CHARS || size.text > MIN_DENSITY_TEXT)) {
        info.linkDensity = linkDensity(el, size);
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
      if (this.work) this.work.elements++;
      const known = this.labels.get(prev);
      if (known !== undefined && !isHeadingLike(prev)) {
        label = known;
        break;
      }
      walked.push(prev);
      const text = this.headingText(prev);
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

  /** The text of a standalone heading (itself heading-like, or a small wrapper of one), without
   * links; else null. */
  private headingText(el: Element): string | null {
    const raw = textOf(el, this.work);
    if (raw.length > MAX_HEADING_TEXT * RAW_TEXT_FACTOR) return null;
    const text = normalize(raw);
    if (text.length < MIN_HEADING_TEXT || text.length > MAX_HEADING_TEXT) return null;
    if (el.tagName === 'A' || el.querySelector('a')) return null;
    if (!isHeadingLike(el) && !el.querySelector('h1, h2, h3, h4, h5, h6, strong, b, [role=heading]')) return null;
    return text.replace(/[:»›]+$/, '').trim() || null;
  }

  /** `el.textContent.length`, read once per element. */
  rawLength(el: Element): number {
    let length = this.rawLengths.get(el);
    if (length === undefined) {
      length = textOf(el, this.work).length;
      this.rawLengths.set(el, length);
    }
    return length;
  }

  /** `normalize(el.textContent).length`, read once per element. */
  private textLength(el: Element): number {
    let length = this.textLengths.get(el);
    if (length === undefined) {
      const raw = textOf(el, this.work);
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
      const text = raw > MAX_BLOCK_TEXT * RAW_TEXT_FACTOR ? raw : this.textLength(el);
      const links = text <= MAX_BLOCK_TEXT ? linkTextLength(el, this.work) : 0;
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
      while (block && (INLINE.has(block.tagName) || this.textLength(block) < MIN_PARAGRAPH)) {
        if (this.work) this.work.elements++;
        block = block.parentElement;
      }
    }
    if (!block || block.tagName === 'BODY') return false;
    let found = this.articleBlocks.get(block);
    if (found === undefined) {
      const text = normalize(textOf(block, this.work)).toLowerCase();
      // A bare link list item ("Putin to visit Vietnam") can occur in the text by chance; a
      // paragraph of 25+ characters does not. Its opening is enough to tell.
      found = text.length >= MIN_PARAGRAPH && text.length <= MAX_BLOCK_TEXT && this.inArticleText(text.slice(0, ARTICLE_PROBE_CHARS));
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
