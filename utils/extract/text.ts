/** Plain text of an element, one block per paragraph, blocks separated by a blank line.
 * `textContent` would glue `<p>a</p><p>b</p>` into "ab".
 *
 * The text is the article's running text, what word counts, reading time and key facts read:
 * figure captions and photo credits ("Credit: Getty", "Image copyright EPA") stay in the HTML that
 * the reader shows, but are not part of it. */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TR', 'UL', 'CAPTION',
]);
const CELL_TAGS = new Set(['TD', 'TH']);

/** Set by prepare.ts on caption-like elements that are not `<figcaption>` (`span.caption`,
 * `p.wp-caption-text`), since Readability drops the class names that told them apart. */
export const CAPTION_ATTR = 'data-lede-caption';

/** Inside a `<figure>`, the parts that are text in their own right: sites wrap tables, code and
 * pull quotes in figures (WordPress does for every table). The rest of a figure is its media:
 * image, player, gallery counter, credit. */
const FIGURE_TEXT_TAGS = new Set(['TABLE', 'PRE', 'BLOCKQUOTE']);

/** Starts the text of a code block in `walk`'s output: its lines keep their indentation. A
 * private-use character, which no text means. */
const CODE_MARK = '\uE000';

export function blockText(root: Element): string {
  const parts: string[] = [];
  walk(root, parts);
  return parts
    .join('')
    .split(/\n{2,}/)
    .map((block) =>
      block.startsWith(CODE_MARK)
        ? block.slice(1).replace(/[ \t\f\v\r\u00a0]+$/gm, '').replace(/^\n+|\n+$/g, '')
        : block.replace(/[ \t\f\v\r\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').trim(),
    )
    .filter(Boolean)
    .join('\n\n');
}

function walk(node: Node, parts: string[], inFigure = false, inPre = false): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const value = child.nodeValue ?? '';
      // A code block keeps its lines and their indentation (one newline: a blank line would
      // end the block).
      if (!inFigure) parts.push(inPre ? value.replace(/\r\n?/g, '\n').replace(/\n\s*\n/g, '\n') : value.replace(/\s+/g, ' '));
    } else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
      if (tag === 'FIGCAPTION' || el.hasAttribute(CAPTION_ATTR)) continue;
      if (inFigure && !FIGURE_TEXT_TAGS.has(tag)) {
        walk(child, parts, true, inPre);
        continue;
      }
      if (tag === 'FIGURE') {
        parts.push('\n\n');
        walk(child, parts, true, inPre);
        parts.push('\n\n');
        continue;
      }
      if (tag === 'BR') {
        parts.push('\n');
        continue;
      }
      const block = BLOCK_TAGS.has(tag);
      if (block) parts.push('\n\n');
      if (tag === 'PRE' && !inPre) parts.push(CODE_MARK);
      walk(child, parts, false, inPre || tag === 'PRE');
      if (block) parts.push('\n\n');
      else if (CELL_TAGS.has(tag)) parts.push(' ');
    }
  }
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g;
/** Words per minute for a news reader, and characters per minute where words aren't spaced. */
const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 500;

export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return words + cjk;
}

/** How long `text` takes to read, in minutes, unrounded: spaced words at one rate, CJK
 * characters (Chinese, Japanese kana and kanji, Korean syllables) at theirs, so a Korean or
 * Japanese article is not timed by its spaces. */
export function readingTime(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = countWords(text) - cjk;
  return words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE;
}

export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(readingTime(text)));
}

/** Whitespace runs as one space, the ends trimmed: how the extraction, the key facts and the
 * related links compare and measure a piece of a page's text. */
export function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Work done reading a page, for the tests that guard against a slowdown (issue #17): on a shared
 * machine a clock cannot tell a linear harvest from a quadratic one, a count can. Callers pass
 * one in where they want it counted; nothing is counted otherwise.
 */
export interface TextWork {
  /** Elements looked at: ancestors climbed, siblings walked, links summed. */
  elements: number;
  /** Reads of a node's `textContent`, and the characters they returned. */
  textReads: number;
  textChars: number;
}

/** A new counter, all zero. */
export function textWork(): TextWork {
  return { elements: 0, textReads: 0, textChars: 0 };
}

/** `node.textContent`, counted into `work` when given: reading it costs the node's whole text. */
export function textOf(node: Node, work?: TextWork): string {
  const text = node.textContent ?? '';
  if (work) {
    work.textReads++;
    work.textChars += text.length;
  }
  return text;
}

/** Length of `el`'s text, normalized. */
export function textLength(el: Element, work?: TextWork): number {
  return normalize(textOf(el, work)).length;
}

/** Characters of `el`'s text inside links, each link's text normalized. */
export function linkTextLength(el: Element, work?: TextWork): number {
  let length = 0;
  // A static list: a live collection copied is quadratic in jsdom (the Node runner).
  for (const a of Array.from(el.querySelectorAll('a'))) {
    if (work) work.elements++;
    length += normalize(textOf(a, work)).length;
  }
  return length;
}

/**
 * Share of `el`'s text that is link text: near 1 for a list of links, low in running text, 0 when
 * it has no text. A caller that has measured the text or the links already passes the lengths.
 */
export function linkDensity(el: Element, measured: { text?: number; links?: number } = {}, work?: TextWork): number {
  const text = measured.text ?? textLength(el, work);
  if (!text) return 0;
  return Math.min(1, (measured.links ?? linkTextLength(el, work)) / text);
}

/** An excerpt is at most this long, "…" aside: the library's card shows 280 characters of it
 * (CARD_EXCERPT_CHARS in utils/library/db.ts) and cuts anything longer mid-word. */
export const MAX_EXCERPT = 240;
/** A shorter block is a dateline, a subheading or a byline, not the opening paragraph. */
const MIN_LEAD_BLOCK = 80;
/** A cut is made at the last space before MAX_EXCERPT, unless that falls in the first half:
 * text without spaces (Chinese, Japanese) is cut at MAX_EXCERPT characters. */
const MIN_CUT_SHARE = 0.5;

/**
 * The opening paragraph of plain text (blocks separated by a blank line), as an excerpt: the
 * first block of MIN_LEAD_BLOCK characters or more, else the first block; cut at a word before
 * MAX_EXCERPT characters and marked as cut. Null for a text of no words. The extraction's excerpt
 * when a page has no description, and an imported article's when its file has none.
 */
export function excerptOf(text: string): string | null {
  let first: string | null = null;
  let lead: string | null = null;
  for (const block of text.split('\n\n')) {
    const line = normalize(block);
    if (!line) continue;
    first ??= line;
    if (line.length >= MIN_LEAD_BLOCK) {
      lead = line;
      break;
    }
  }
  lead ??= first;
  if (!lead || lead.length <= MAX_EXCERPT) return lead;
  const cut = lead.slice(0, MAX_EXCERPT);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_EXCERPT * MIN_CUT_SHARE ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Of a readable text's characters, at most this share are control characters other than white
 * space (a page of bytes decoded as windows-1252 has about one in nine)... */
const MAX_CONTROL_SHARE = 0.01;
/** ...and at most this share are U+FFFD, what a decoder puts where bytes are not text in the
 * page's encoding (about four in ten when random bytes are decoded as UTF-8; a page in an
 * undeclared encoding with a few accented letters stays well under). */
const MAX_REPLACEMENT_SHARE = 0.1;

/** Whether `text` is binary data or text decoded with the wrong encoding rather than words. */
export function isUnreadable(text: string): boolean {
  if (!text) return false;
  let controls = 0;
  let replacements = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) replacements++;
    else if (code <= 0x08 || (code >= 0x0e && code <= 0x1f) || (code >= 0x7f && code <= 0x9f)) controls++;
  }
  return controls > text.length * MAX_CONTROL_SHARE || replacements > text.length * MAX_REPLACEMENT_SHARE;
}
