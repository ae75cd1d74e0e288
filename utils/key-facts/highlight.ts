/**
 * Key sentences marked in the rendered article body: all of them, as the reader and the side
 * panel show them (issue #10), and the one a click on a key point asks for (issue #3). The body
 * is already-sanitized DOM (components/ArticleBody); this only moves its text nodes into `<mark>`
 * elements it creates itself, so no HTML string is ever parsed here.
 */

export const MARK_CLASS = 'key-point-mark';
/** Every key sentence, marked at once; `data-point` holds its index in the list of points. */
export const KEY_SENTENCE_CLASS = 'key-sentence';

/** Removes the marks of one kind, restoring the text nodes. */
export function clearMarks(root: Element, className: string = MARK_CLASS): void {
  for (const mark of [...root.querySelectorAll(`mark.${className}`)]) {
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
  // Characters gathered in an array and joined once: asking a string built a character at a
  // time whether it ends with a space copies it whole each time (quadratic on a long body).
  const chars: string[] = [];
  let last = '';
  let block: Node | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    const nodeBlock = blockOf(node, root);
    if (block && nodeBlock !== block && last && last !== ' ') {
      chars.push((last = ' '));
      at.push({ node, offset: -1 }); // a synthetic separator, never marked
    }
    block = nodeBlock;
    for (let i = 0; i < data.length; i++) {
      const ch = fold(data[i]!);
      if (ch === ' ' && (last === ' ' || !last)) continue;
      chars.push((last = ch));
      at.push({ node, offset: i });
    }
  }
  return { text: chars.join(''), at };
}

/** A sentence as `flatten` writes the body: quotes and dashes folded, one space between words. */
function foldSentence(sentence: string): string {
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
  const found = find(flat, sentence);
  return found ? wrap(root.ownerDocument, flat, found[0], found[1], MARK_CLASS, { 'data-testid': 'key-point-mark' }) : null;
}

/**
 * Marks each of `sentences` in `<mark class="key-sentence" data-point="i">`, after clearing
 * earlier key-sentence marks. Returns, for each sentence, its first mark or null when it is not
 * in the body.
 */
export function markKeySentences(root: Element, sentences: readonly string[]): (HTMLElement | null)[] {
  clearMarks(root, KEY_SENTENCE_CLASS);
  return sentences.map((sentence, i) => {
    const flat = flatten(root); // again for each: the previous marks split text nodes
    const found = find(flat, sentence);
    return found ? wrap(root.ownerDocument, flat, found[0], found[1], KEY_SENTENCE_CLASS, { 'data-point': String(i) }) : null;
  });
}

/** Where `sentence` starts and ends in the flattened text, or null. */
/** A sentence not found whole is looked for by its opening words: this many... */
const OPENING_WORDS = 8;
/** ...when they make at least this many characters, enough not to be found by chance. */
const MIN_OPENING_CHARS = 20;

function find(flat: Flat, sentence: string): [number, number] | null {
  const wanted = foldSentence(sentence);
  if (!wanted) return null;
  const start = flat.text.indexOf(wanted);
  if (start >= 0) return [start, start + wanted.length];
  // The text may differ slightly (a footnote marker, a link's spacing): fall back to the
  // sentence's opening words, which still take the reader to the right place.
  const opening = wanted.split(' ').slice(0, OPENING_WORDS).join(' ');
  const at = opening.length >= MIN_OPENING_CHARS ? flat.text.indexOf(opening) : -1;
  return at >= 0 ? [at, at + opening.length] : null;
}

function wrap(doc: Document, flat: Flat, start: number, end: number, className: string, attrs: Record<string, string>): HTMLElement | null {
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
    mark.className = className;
    for (const [name, value] of Object.entries(attrs)) mark.setAttribute(name, value);
    middle.parentNode!.insertBefore(mark, middle);
    mark.appendChild(middle);
    first ??= mark;
  }
  return first;
}
