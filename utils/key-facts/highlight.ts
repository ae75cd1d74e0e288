/**
 * Clicking a key point marks that sentence in the rendered article body (issue #3). The body is
 * already-sanitized DOM (components/ArticleBody); this only moves its text nodes into `<mark>`
 * elements it creates itself, so no HTML string is ever parsed here.
 */

export const MARK_CLASS = 'key-point-mark';

/** Removes the marks a previous click left, restoring the text nodes. */
export function clearMarks(root: Element): void {
  for (const mark of [...root.querySelectorAll(`mark.${MARK_CLASS}`)]) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}

/** Quotes and dashes are compared loosely: the plain text and the page may spell them apart. */
function fold(ch: string): string {
  if (/\s/.test(ch)) return ' ';
  if (/[‘’‛′]/.test(ch)) return "'";
  if (/[“”„″]/.test(ch)) return '"';
  if (/[‐‑‒–—]/.test(ch)) return '-';
  return ch;
}

interface Flat {
  text: string;
  /** For each character of `text`, the text node and offset it came from. */
  at: { node: Text; offset: number }[];
}

const BLOCKS = new Set(
  'P|DIV|LI|UL|OL|DL|DT|DD|H1|H2|H3|H4|H5|H6|BLOCKQUOTE|FIGURE|FIGCAPTION|PRE|TABLE|TR|TD|TH|SECTION|ARTICLE|ASIDE|HEADER|FOOTER'.split('|'),
);

function blockOf(node: Node, root: Element): Node {
  let el = node.parentElement;
  while (el && el !== root && !BLOCKS.has(el.tagName)) el = el.parentElement;
  return el ?? root;
}

/** The body's text with whitespace runs folded to one space, mapped back to the nodes. Blocks
 * are kept apart by a space even where the HTML has no whitespace between them. */
function flatten(root: Element): Flat {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const at: Flat['at'] = [];
  let text = '';
  let block: Node | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    const nodeBlock = blockOf(node, root);
    if (block && nodeBlock !== block && text && !text.endsWith(' ')) {
      text += ' ';
      at.push({ node, offset: -1 }); // a synthetic separator, never marked
    }
    block = nodeBlock;
    for (let i = 0; i < data.length; i++) {
      const ch = fold(data[i]!);
      if (ch === ' ' && (text.endsWith(' ') || !text)) continue;
      text += ch;
      at.push({ node, offset: i });
    }
  }
  return { text, at };
}

function normalize(sentence: string): string {
  return [...sentence.trim()].map(fold).join('').replace(/ +/g, ' ');
}

/**
 * Wraps the first occurrence of `sentence` under `root` in `<mark class="key-point-mark">`
 * elements (one per text node it spans), after clearing earlier marks. Returns the first mark, to
 * scroll to, or null when the sentence isn't in the body.
 */
export function markSentence(root: Element, sentence: string): HTMLElement | null {
  clearMarks(root);
  const flat = flatten(root);
  const wanted = normalize(sentence);
  if (!wanted) return null;
  let start = flat.text.indexOf(wanted);
  let length = wanted.length;
  if (start < 0) {
    // The text may differ slightly (a footnote marker, a link's spacing): fall back to the
    // sentence's opening words, which still take the reader to the right place.
    const opening = wanted.split(' ').slice(0, 8).join(' ');
    start = opening.length >= 20 ? flat.text.indexOf(opening) : -1;
    length = opening.length;
  }
  if (start < 0) return null;
  return wrap(root.ownerDocument, flat, start, start + length);
}

function wrap(doc: Document, flat: Flat, start: number, end: number): HTMLElement | null {
  // Group the character range by text node: [node, first offset, last offset + 1].
  const pieces: [Text, number, number][] = [];
  for (let i = start; i < end; i++) {
    const { node, offset } = flat.at[i]!;
    if (offset < 0) continue; // a synthetic block separator
    const last = pieces[pieces.length - 1];
    if (last && last[0] === node) last[2] = offset + 1;
    else pieces.push([node, offset, offset + 1]);
  }
  let first: HTMLElement | null = null;
  for (const [node, from, to] of pieces) {
    const middle = from > 0 ? node.splitText(from) : node;
    if (to - from < middle.data.length) middle.splitText(to - from);
    const mark = doc.createElement('mark');
    mark.className = MARK_CLASS;
    mark.setAttribute('data-testid', 'key-point-mark');
    middle.parentNode!.insertBefore(mark, middle);
    mark.appendChild(middle);
    first ??= mark;
  }
  return first;
}
