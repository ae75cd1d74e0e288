/** Quotations and who said them (issue #3). */
import { SPEECH_VERBS } from './lexicon';
import { who, type Mention } from './mentions';
import type { Sentence } from './sentences';
import type { Quote } from './types';

/** Quotations by their marks. Bounded in length, so an unclosed mark costs a scan of 1,000
 * characters, not of the rest of the text. */
const QUOTES = [
  /“([^”\n]{1,1000}?)”/g,
  /(?<=^|[\s([:—–-])"([^"\n]{1,1000}?)"/g,
  /(?<=^|[\s([“:—–-])‘((?:[^’\n]|’(?=\p{L})){1,1000}?)’(?=[\s,.;:!?)\]—–-]|$)/gu,
  /(?<=^|[\s([":—–-])'((?:[^'\n]|'(?=\p{L})){1,1000}?)'(?=[\s,.;:!?)\]—–-]|$)/gu,
];

/** A quotation of one word is a title, a nickname or a scare quote, not something said. */
const MIN_QUOTE_WORDS = 2;
/** Sentences before and after a quotation's own that may name its speaker ("He said:" before,
 * an attribution after a quotation over several sentences). */
const SPEAKER_SENTENCES_BEFORE = 3;
const SPEAKER_SENTENCES_AFTER = 2;
/** A speaker named after a quotation is this close to its closing mark (`"…," said Paul Casey`),
 * with at most four words between... */
const SPEAKER_AFTER_CHARS = 40;
/** ...and the speech verb within this many characters after the name. */
const SPEECH_VERB_AFTER_NAME_CHARS = 12;
/** How far before and after a quotation "he"/"she" and its verb are looked for. */
const PRONOUN_BEFORE_CHARS = 40;
const PRONOUN_AFTER_CHARS = 20;

/** The mentions that can speak, by sentence. */
export function speakerIndex(mentions: Mention[]): Map<number, Mention[]> {
  const index = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (!who(m) || m.possessive) continue;
    const list = index.get(m.sentence);
    if (list) list.push(m);
    else index.set(m.sentence, [m]);
  }
  return index;
}

/** The sentence holding `offset`, by binary search. */
function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function findQuotes(text: string, sentences: Sentence[], speakers: Map<number, Mention[]>): Quote[] {
  const quotes: (Quote & { at: number })[] = [];
  const seen = new Set<string>();
  for (const re of QUOTES) {
    for (const m of text.matchAll(re)) {
      const inner = m[1]!.trim().replace(/[,;:]$/, '').replace(/(?<!\.\.)\.$/, '');
      if (inner.split(/\s+/).length < MIN_QUOTE_WORDS || seen.has(inner)) continue;
      if (quotes.some((q) => m.index > q.at && m.index < q.at + q.text.length + 2)) continue; // nested
      seen.add(inner);
      const speaker = speakerOf(text, m.index, m.index + m[0].length, sentences, speakers);
      quotes.push({ text: inner, ...(speaker ? { speaker } : {}), at: m.index });
    }
  }
  return quotes.sort((a, b) => a.at - b.at).map(({ at: _at, ...q }) => q);
}

function speakerOf(text: string, start: number, end: number, sentences: Sentence[], index: Map<number, Mention[]>): string | undefined {
  const at = sentenceAt(sentences, start);
  if (at < 0) return undefined;
  const sentence = sentences[at]!;
  // The quotation's sentence, the three before it (for "He said:") and the two after (for a
  // quotation that runs over sentences before its attribution).
  const speakers: Mention[] = [];
  for (let k = at - SPEAKER_SENTENCES_BEFORE; k <= at + SPEAKER_SENTENCES_AFTER; k++) speakers.push(...(index.get(k) ?? []));
  // 1. After the quotation: `"…," said Paul Casey`, `"…," Loeb wrote`.
  const after = speakers.find(
    (m) => m.start >= end && m.start - end < SPEAKER_AFTER_CHARS && /^[,.!?]?\s*(?:[\p{L}’'-]+ ){0,4}$/u.test(text.slice(end, m.start)),
  );
  if (after && speechNear(text, end, after.start + after.name.length + SPEECH_VERB_AFTER_NAME_CHARS)) return who(after);
  // 2. "He said: '…'", "'…,' he says": the last person named before.
  if (
    /\b(?:he|she)\s+(?:\w+\s+)?\w+[,:]?\s*$/i.test(text.slice(Math.max(sentence.start, start - PRONOUN_BEFORE_CHARS), start)) ||
    /^[,.!?]?\s*(?:he|she)\s+\w+/i.test(text.slice(end, end + PRONOUN_AFTER_CHARS))
  ) {
    const previous = speakers.filter((m) => m.kind === 'person' && m.start < start && m.sentence >= at - SPEAKER_SENTENCES_BEFORE).pop();
    if (previous) return who(previous);
  }
  // 3. The name a speech verb follows: "The Kremlin called Putin's visit a "friendly state visit"".
  const inSentence = speakers.filter((m) => m.sentence === at && m.start < start);
  const spoke = inSentence.filter((m) => speechNear(text, m.start + m.name.length, start)).pop();
  if (spoke) return who(spoke);
  // 4. The sentence's subject.
  return inSentence[0] ? who(inSentence[0]) : undefined;
}

function speechNear(text: string, from: number, to: number): boolean {
  return [...text.slice(from, to).matchAll(/\p{L}+/gu)].some((m) => SPEECH_VERBS.has(m[0]));
}
