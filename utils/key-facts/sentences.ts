/**
 * Sentence splitting for key facts (issue #3). Rule-based on purpose: a model would cost bytes and
 * milliseconds, and news prose is regular enough for a boundary rule plus a list of abbreviations.
 */

export interface Sentence {
  /** The sentence exactly as it stands in the text. */
  text: string;
  /** Offsets into the text the sentence came from. */
  start: number;
  end: number;
  /** Index of the blank-line-separated block the sentence is in. */
  block: number;
  /** Index of the sentence within its block. */
  inBlock: number;
  /** False for a block that ends without terminal punctuation: a heading, a caption, a byline. */
  terminated: boolean;
}

/** Abbreviations after which a period never ends a sentence: titles and the like come before a name
 * or a number. Lowercase, without the final period. */
const NEVER_FINAL = new Set(
  ('mr mrs ms mx dr prof sr st mt ft gen col lt maj sgt cpl capt cmdr adm gov sen rep rev hon pres supt insp det ' +
    'messrs mme mlle sra sr jan feb mar apr jun jul aug sep sept oct nov dec vol art fig figs approx ' +
    'vs v e.g i.e cf al ca esp dept univ assn ave blvd rd hwy').split(' '),
);

/** Abbreviations that may end a sentence ("…talks with the U.S. The Kremlin said…"): a boundary only
 * when the next word is one that typically opens a sentence. */
const MAYBE_FINAL = new Set(
  'u.s u.k u.n e.u u.s.a d.c n.y l.a a.m p.m etc inc ltd co corp bros jr plc llc ph.d'.split(' '),
);

/** Words that open sentences far more often than they follow an abbreviation mid-sentence. */
const OPENERS = new Set(
  ('the a an he she it they we i you his her its their our this that these those there here but and yet so ' +
    'in on at as after before when while since if although though however meanwhile now then still also ' +
    'some many most one two three no not what who why how').split(' '),
);

const TERMINAL = /[.!?…]/;
/** A run of terminal marks, closing quotes/brackets, then whitespace. */
const BOUNDARY = /([.!?…]+|[。！？]+)(["'”’»)\]]*)(\s*)/g;

/** Splits plain text (blocks separated by a blank line) into sentences, with offsets. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const blockRe = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g; // a block: lines up to a blank line
  let block = 0;
  for (let m = blockRe.exec(text); m; m = blockRe.exec(text)) {
    const raw = m[0];
    if (!raw.trim()) continue;
    splitBlock(raw, m.index, block, out);
    block++;
  }
  return out;
}

function splitBlock(block: string, offset: number, blockIndex: number, out: Sentence[]): void {
  let start = 0;
  let inBlock = 0;
  const push = (end: number) => {
    const piece = block.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed) {
      out.push({
        text: trimmed,
        start: offset + start + lead,
        end: offset + start + lead + trimmed.length,
        block: blockIndex,
        inBlock: inBlock++,
        terminated: TERMINAL.test(trimmed.replace(/["'”’»)\]]+$/, '').slice(-1)) || /[。！？]$/.test(trimmed),
      });
    }
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(block); m; m = BOUNDARY.exec(block)) {
    const end = m.index + m[1]!.length + m[2]!.length;
    const after = block.slice(end + m[3]!.length, end + m[3]!.length + 40); // enough to see the next word
    if (!after) break;
    if (isBoundary(block, m.index, m[1]!, m[2]!, m[3]!, after)) {
      push(end);
      start = end + m[3]!.length;
    }
  }
  push(block.length);
}

function isBoundary(block: string, at: number, marks: string, closers: string, space: string, after: string): boolean {
  if (/^[。！？]/.test(marks)) return true; // CJK full stops need no space after them
  if (!space) return false; // "3.5", "U.S.-led", "example.com"
  const next = after[0]!;
  // The next sentence opens with a capital, a digit, a quote or bracket, or a letter of a script
  // without case (so the splitter still works for, say, Arabic or Hindi).
  if (/[a-z]/.test(next)) return false;
  if (!/[\p{Lu}\p{Lo}\d"'“‘«(\[¿¡]/u.test(next)) return false;
  if (marks !== '.' || closers) return true; // a quotation closed after the period ends its sentence
  const word = /([\p{L}.]+)$/u.exec(block.slice(Math.max(0, at - 20), at))?.[1]?.toLowerCase() ?? '';
  if (!word) return true;
  if (NEVER_FINAL.has(word)) return false;
  if (word === 'no' || word === 'nos') return !/^\d/.test(after); // "No. 10" but "said no. Then"
  // Initials ("J. Doe", "George W. Bush"): a capital letter alone is almost never a sentence's last word.
  if (/^\p{Lu}$/u.test(block[at - 1] ?? '') && word.length === 1) return false;
  if (MAYBE_FINAL.has(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return isOpener(after);
  return true;
}

function isOpener(after: string): boolean {
  const next = /^["'“‘(]?([\p{L}]+)/u.exec(after)?.[1];
  return next ? OPENERS.has(next.toLowerCase()) : /^\d/.test(after) === false;
}
