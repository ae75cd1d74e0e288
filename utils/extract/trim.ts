/**
 * Trims the edges of Readability's article: the metadata lines it keeps above the first paragraph
 * (the headline again, "Posted: Fri 6:45 PM, Feb 16, 2018", "By", "Reuters", a view counter) and
 * the widgets it keeps below the last one (a "Recent articles" heading whose list is gone, a run of
 * links to other stories, "Follow us on Twitter"). Lede shows title, byline and date in its own
 * header, so above the body they are repeats; below it they are not the article. Only the edges
 * are touched, one block at a time, and the first block that is running text stops each side.
 */
import { countWords, linkDensity, normalize } from './text';

/** Block elements; a block holding another is not a leaf. */
const BLOCK_TAGS = new Set(
  'P H1 H2 H3 H4 H5 H6 LI DT DD BLOCKQUOTE PRE FIGURE TABLE DIV SECTION HEADER FOOTER ASIDE UL OL DL ARTICLE MAIN'.split(' '),
);
/** Blocks that count as one, whatever they hold. */
const ATOMIC_TAGS = new Set(['FIGURE', 'TABLE', 'PRE']);
const HEADING = /^H[1-6]$/;

/** A paragraph this long is the body itself: the leading trim never reaches past it. */
const BODY_PARAGRAPH_CHARS = 100;
/** How far from each edge to look, in blocks. */
const MAX_EDGE_BLOCKS = 12;
/** A metadata line ("Updated 3:27 am PST, Wednesday, November 20, 2019") is this short. */
const MAX_META_CHARS = 100;
/** A label ("Opinion Columnist", "2.289", "letture") has at most this many words. */
const MAX_LABEL_WORDS = 3;
/** A link to another story ("How to invest in index funds, explained") is this short... */
const MAX_LINK_BLOCK_CHARS = 160;
/** ...and this much of its text is the link's. */
const MIN_LINK_BLOCK_DENSITY = 0.9;
/** A call to follow or subscribe ("Follow Newsbeat on Instagram") is this short. */
const MAX_CALL_TO_ACTION_CHARS = 250;
/** An author's box ("Phil Helsel is a reporter for NBC News.") is this short. */
const MAX_AUTHOR_BOX_CHARS = 400;
/** Removing a block can make its wrapper a leaf to judge: the leading trim looks again, at most
 * this many times. */
const MAX_LEADING_PASSES = 3;

const SENTENCE_END = /[.!?…。]["'”’»)]*$/u;
const DATE_LIKE =
  /\b(?:1[89]|20)\d{2}\b|\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/i;
/** "Follow Newsbeat on Instagram", "Subscribe to 9to5Mac on YouTube", "Listen to Newsbeat live
 * (link)": the call, then the channel or a link to it. */
const CALL_TO_ACTION = /^(?:follow|subscribe|sign up|like us|join us|listen to|watch|download)(?![-\p{L}])/iu;
const CHANNEL = /\b(?:twitter|facebook|instagram|youtube|tiktok|linkedin|whatsapp|telegram|newsletter|podcast|full coverage)\b|@\w/i;

export interface TrimContext {
  title: string | null;
  byline: string | null;
  /** The page's meta description: set again in the article's header, it is the standfirst. */
  description?: string | null;
}

export function trimEdges(content: Element, context: TrimContext): void {
  trimLeading(content, context);
  trimTrailing(content, context);
}

function trimLeading(content: Element, context: TrimContext): void {
  // Removing a block can make its wrapper a leaf ("Updated …" left alone once the headline above
  // it is gone), so look again until nothing changes.
  let kept: Element[] = [];
  for (let pass = 0, removed = true; removed && pass < MAX_LEADING_PASSES; pass++) {
    removed = false;
    kept = [];
    for (const block of leafBlocks(content).slice(0, MAX_EDGE_BLOCKS)) {
      const text = normalize(block.textContent);
      if (isLeadingMetadata(block, text, context)) {
        removeBlock(block, content);
        removed = true;
        continue;
      }
      kept.push(block);
      if (block.tagName !== 'FIGURE' && text.length >= BODY_PARAGRAPH_CHARS) break;
    }
  }
  // A section heading above the body with nothing under it ("BREAKING NEWS" over an emptied
  // ticker) is followed straight by a heading of the same or a higher rank.
  for (let i = 0; i < kept.length - 1; i++) {
    const [block, next] = [kept[i]!, kept[i + 1]!];
    if (HEADING.test(block.tagName) && HEADING.test(next.tagName) && next.tagName <= block.tagName) {
      removeBlock(block, content);
    }
  }
}

function trimTrailing(content: Element, context: TrimContext): void {
  const blocks = leafBlocks(content).slice(-MAX_EDGE_BLOCKS).reverse();
  for (const block of blocks) {
    const text = normalize(block.textContent);
    if (!text && hasMedia(block)) continue; // an image after the text is kept, and looked past
    if (!isTrailingChrome(block, text, context)) return;
    removeBlock(block, content);
  }
}

function isLeadingMetadata(block: Element, text: string, { title, byline, description }: TrimContext): boolean {
  if (!text) return !hasMedia(block);
  if (block.tagName === 'FIGURE' || block.tagName === 'LI') return false;
  if (title && sameText(text, title)) return true;
  // The standfirst, shown again in the article's own header: the page's summary, not its text.
  // Only inside a header: on many sites the description is the first paragraph, copied.
  if (description && block.closest('header') && sameText(text, description)) return true;
  if (/^https?:\/\/\S+$/.test(text)) return true; // the page's own address, printed
  if (text.length > MAX_META_CHARS || SENTENCE_END.test(text)) return false;
  if (byline && (sameText(text, byline) || /^by\b/i.test(text))) return true;
  if (DATE_LIKE.test(text)) return true;
  // Counted as the reading time counts them: a line of Chinese has no spaces, but many words.
  return !HEADING.test(block.tagName) && countWords(text) <= MAX_LABEL_WORDS;
}

function isTrailingChrome(block: Element, text: string, { byline }: TrimContext): boolean {
  if (!text) return !hasMedia(block);
  if (HEADING.test(block.tagName)) return true; // a heading with nothing under it
  // A label with nothing under it, set as a paragraph ("RECENT ARTICLES", "Comments"): a few
  // words, no sentence, no figure, and no colon leading into what follows ("See more photos:").
  // After the last paragraph a story does not go on in labels.
  if (countWords(text) <= MAX_LABEL_WORDS && !SENTENCE_END.test(text) && !/[\p{N}:]/u.test(text)) return true;
  // A label and the links it names ("Filed under: Courts | Crime", "Tags: floods, dams").
  if (isLabelledLinks(block, text)) return true;
  const links = linkDensity(block, { text: text.length });
  // A headline is not a sentence; a paragraph inside a link left open higher up the page is.
  if (text.length <= MAX_LINK_BLOCK_CHARS && links >= MIN_LINK_BLOCK_DENSITY && !SENTENCE_END.test(text)) return true;
  if (text.length <= MAX_CALL_TO_ACTION_CHARS && CALL_TO_ACTION.test(text) && (CHANNEL.test(text) || links > 0)) return true;
  // The author's box: "Phil Helsel", then "Phil Helsel is a reporter for NBC News."
  const author = byline?.split(/,| and /)[0]?.trim();
  if (author && text.length <= MAX_AUTHOR_BOX_CHARS && (sameText(text, author) || isBioOf(author, text))) return true;
  return false;
}

/** Blocks with no block inside: the paragraphs, headings, items a reader sees, in document order.
 * Walked by hand: jsdom's querySelectorAll returns a selector list grouped by selector, not in
 * document order as browsers do. A figure, table or code block is one block. */
export function leafBlocks(root: Element): Element[] {
  const leaves: Element[] = [];
  const visit = (el: Element): boolean => {
    let hasBlock = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (visit(child)) hasBlock = true;
    }
    if (!BLOCK_TAGS.has(el.tagName)) return hasBlock;
    if (ATOMIC_TAGS.has(el.tagName)) {
      // Its inner blocks are part of it: drop any leaves collected inside it.
      while (leaves.length && el.contains(leaves[leaves.length - 1]!)) leaves.pop();
      leaves.push(el);
    } else if (!hasBlock) {
      leaves.push(el);
    }
    return true;
  };
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) visit(child);
  return leaves;
}

/** "Topics:" and what follows it, mostly links: a tag line, never a sentence of the story. */
const LABEL_OPENING = /^[\p{L}][\p{L} ]{0,24}:\s*/u;
const MAX_TAG_LINE_CHARS = 250;
const MIN_TAG_LINE_LINK_SHARE = 0.5;

function isLabelledLinks(block: Element, text: string): boolean {
  const label = LABEL_OPENING.exec(text)?.[0];
  if (!label || text.length > MAX_TAG_LINE_CHARS || SENTENCE_END.test(text)) return false;
  const rest = text.length - label.length;
  return rest > 0 && linkDensity(block, { text: text.length }) * text.length >= rest * MIN_TAG_LINE_LINK_SHARE;
}

/** A picture, player, drawing or table: content a block can have without text. */
export function hasMedia(block: Element): boolean {
  return block.querySelector('img, picture, video, iframe, svg, canvas, table') !== null || /^(?:IMG|PICTURE|VIDEO|IFRAME|TABLE)$/.test(block.tagName);
}

/** Removes a block and the wrappers it leaves empty. */
function removeBlock(block: Element, root: Element): void {
  let el: Element | null = block;
  while (el && el !== root) {
    const parent: Element | null = el.parentElement;
    el.remove();
    el = parent && parent !== root && !normalize(parent.textContent) && !parent.querySelector('img, picture, video, iframe') ? parent : null;
  }
}

/** A bio is a person's: an agency or a desk ("Reuters", "BBC News") writes sentences that open
 * with its own name ("Reuters was unable to verify the footage."), and they are the story. */
const MIN_PERSON_NAME_WORDS = 2;

function isBioOf(author: string, text: string): boolean {
  if (!text.startsWith(author) || author.split(/\s+/).length < MIN_PERSON_NAME_WORDS) return false;
  return /^\s*(?:is|was|covers|writes|reports|joined|has (?:been|covered|written))\b/i.test(text.slice(author.length));
}

function sameText(a: string, b: string): boolean {
  const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return fold(a) === fold(b) && fold(a) !== '';
}
