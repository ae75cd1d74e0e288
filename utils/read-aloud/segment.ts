/**
 * What read aloud speaks (issue #10): the rendered, already-sanitized article body cut into
 * paragraphs and sentences, each sentence with a DOM Range over the body's own text nodes so it
 * can be highlighted while it is spoken. Nothing here parses HTML or changes the DOM.
 */

export interface SpokenSentence {
  /** The sentence as spoken: trimmed, whitespace runs folded to one space. */
  text: string;
  /** Over the body's text nodes, from the sentence's first character to its last. */
  range: Range;
}

export interface SpokenParagraph {
  /** The block it was read from (p, li, h2…, blockquote): scrolled into view while spoken. */
  element: Element;
  sentences: SpokenSentence[];
}

/** Blocks that are read, with their text. A blockquote's own paragraphs are p elements. */
const READABLE = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'DT', 'DD']);

/** Blocks that only hold others; text sitting directly in one still forms a paragraph. */
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'UL', 'OL', 'DL', 'DETAILS', 'SUMMARY', 'ADDRESS']);

/** Never spoken: code is meaningless read out, tables read cell by cell are noise, and a figure
 * is its media and caption (captions repeat or describe the image, not the story). Inline
 * `code` inside a paragraph stays, since the sentence would not make sense without it. */
const SKIPPED = new Set(['PRE', 'TABLE', 'FIGURE', 'FIGCAPTION', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'MATH', 'NOSCRIPT', 'SCRIPT', 'STYLE', 'TEMPLATE']);

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4; // NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT
const ACCEPT = 1; // NodeFilter.FILTER_ACCEPT
const REJECT = 2; // NodeFilter.FILTER_REJECT: the element and everything under it
const WHITESPACE = /\s/;

/** One paragraph being collected: its text, and where each text node's data starts in it. */
interface Run {
  element: Element;
  text: string;
  pieces: { node: Text; start: number }[];
}

function skipped(el: Element): boolean {
  return SKIPPED.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/** The block a text node's words belong to: its nearest readable block, else its nearest
 * container, else the body. */
function ownerOf(node: Node, body: Element): Element {
  let container: Element | null = null;
  for (let el = node.parentElement; el && el !== body; el = el.parentElement) {
    const tag = el.tagName.toUpperCase();
    if (READABLE.has(tag)) return el;
    if (!container && CONTAINERS.has(tag)) container = el;
  }
  return container ?? body;
}

/** The body's text, in document order, grouped into runs of consecutive text nodes sharing a
 * block: `<li>a<ul><li>b</li></ul>c</li>` gives "a", "b", "c", so a highlight never spans a
 * nested list. */
function collectRuns(body: Element): Run[] {
  const doc = body.ownerDocument;
  const walker = doc.createTreeWalker(body, SHOW_ELEMENT_AND_TEXT, {
    acceptNode: (node) => (node.nodeType === 1 && skipped(node as Element) ? REJECT : ACCEPT),
  });
  const runs: Run[] = [];
  let run: Run | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      // A line break inside a paragraph ends a line (a verse, an address): it must not glue
      // the words on either side. The newline is a separator no text node holds.
      if ((node as Element).tagName.toUpperCase() === 'BR' && run) run.text += '\n';
      continue;
    }
    const text = node as Text;
    const owner = ownerOf(text, body);
    if (!run || run.element !== owner) {
      run = { element: owner, text: '', pieces: [] };
      runs.push(run);
    }
    run.pieces.push({ node: text, start: run.text.length });
    run.text += text.data;
  }
  return runs;
}

/** The text node and offset of the character at `index` of the run's text. With `end`, the
 * position just after the character before `index` (a range's exclusive end). Separators
 * (line breaks) are whitespace, which sentences never start or end on. */
function boundary(run: Run, index: number, end: boolean): { node: Text; offset: number } {
  let found = run.pieces[0]!;
  for (const piece of run.pieces) {
    if (end ? piece.start < index : piece.start <= index) found = piece;
    else break;
  }
  return { node: found.node, offset: Math.min(index - found.start, found.node.data.length) };
}

function segmenter(lang: string | null): Intl.Segmenter {
  try {
    return new Intl.Segmenter(lang ?? undefined, { granularity: 'sentence' });
  } catch {
    // A malformed `lang` attribute ("en_GB!") throws a RangeError: split by the default rules.
    return new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
}

function sentencesOf(run: Run, split: Intl.Segmenter, doc: Document): SpokenSentence[] {
  const sentences: SpokenSentence[] = [];
  for (const { segment, index } of split.segment(run.text)) {
    let first = 0;
    let last = segment.length;
    while (first < last && WHITESPACE.test(segment[first]!)) first++;
    while (last > first && WHITESPACE.test(segment[last - 1]!)) last--;
    if (first === last) continue;
    const start = boundary(run, index + first, false);
    const end = boundary(run, index + last, true);
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    sentences.push({ text: segment.slice(first, last).replace(/\s+/g, ' '), range });
  }
  return sentences;
}

/** The paragraphs of the article body, in reading order, each with at least one sentence. */
export function readingUnits(body: Element, lang: string | null): SpokenParagraph[] {
  const split = segmenter(lang);
  const paragraphs: SpokenParagraph[] = [];
  for (const run of collectRuns(body)) {
    const sentences = sentencesOf(run, split, body.ownerDocument);
    if (sentences.length) paragraphs.push({ element: run.element, sentences });
  }
  return paragraphs;
}
