/**
 * What a name is (issue #3): a known organisation or place, a person by a title, a role, a given
 * name, a speech verb or an age, or unknown until coreference says more (./coreference.ts).
 */
import {
  COUNTRIES,
  DEMONYMS,
  GIVEN_NAMES,
  HONORIFICS,
  KIN_WORDS,
  OPENERS,
  ORG_SUFFIXES,
  ORGS,
  PLACE_SUFFIXES,
  PLACES,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  SPEECH_VERBS,
} from './lexicon';
import type { Kind, Mention, Token } from './mentions';
import { CALENDAR, spaceOnly } from './name-runs';

/** Titles that are also common words ("The General Election"): a title only before a full name. */
const AMBIGUOUS_TITLES = new Set(['General', 'Chief', 'Head', 'Star', 'Justice', 'Chair', 'Speaker', 'Deputy', 'Vice', 'Executive', 'Leader']);
/** Words that open a noun phrase: a role before a name stops at one ("his new defence minister"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'new']);

export function classify(
  text: string,
  tokens: Token[],
  [from, to]: [number, number],
  sentence: number,
  lowercaseWords: Set<string>,
): Mention | null {
  // "The New York Times", "the Kremlin"; a caption run into a sentence: "When Air Force …".
  while (to - from > 1 && OPENERS.has(tokens[from]!.text)) from++;
  while (to - from > 1 && OPENERS.has(tokens[to - 1]!.text)) to--; // a caption run into a sentence: "… ISIS The"
  // "American Lauren Davis": a nationality before a name is no part of it (before a title, as in
  // "Scottish First Minister Nicola Sturgeon", it is part of the role).
  const hasTitle = tokens.slice(from, to).some((t) => ROLE_WORDS.has(t.text.toLowerCase()) || HONORIFICS.has(t.text));
  while (!hasTitle && to - from > 2 && DEMONYMS.has(tokens[from]!.text)) from++;
  const words = tokens.slice(from, to).map((t) => t.text);
  const last = tokens[to - 1]!;
  const base = { start: tokens[from]!.start, sentence, possessive: last.possessive };
  const full = words.join(' ');
  // A shouted word ("SUNDAY", "WASPS" in a heading) is no acronym when the text also writes it in
  // lowercase or title case.
  if (words.length === 1 && full.length > 2 && full === full.toUpperCase() && (lowercaseWords.has(full.toLowerCase()) || CALENDAR.has(cap(full)) || lowercaseWords.has(`^${cap(full)}`))) return null;
  if (words.length === 1 && full.length < 2) return null;
  const known = knownKind(full, words);
  if (known) return { kind: known, name: canonicalPlace(full), ...base };
  if (words.every((w, k) => DEMONYMS.has(w) || DEMONYMS.has(`${w} ${words[k + 1] ?? ''}`) || DEMONYMS.has(`${words[k - 1] ?? ''} ${w}`)))
    return null; // "North Korean", "Russian": an adjective

  // A title in the run: "Russian President Vladimir Putin", "New York Mayor Michael Bloomberg",
  // "Secretary of State Antony Blinken". What stands before the last title word qualifies it.
  let peel = 0;
  for (let k = 0; k < words.length - 1; k++) {
    if (HONORIFICS.has(words[k]!) || ROLE_WORDS.has(words[k]!.toLowerCase())) peel = k + 1;
  }
  if (words[peel] === 'of' && peel + 2 < words.length) peel += 2;
  // "The General Election": a title that is also a common adjective needs a full name after it.
  if (peel > 0 && AMBIGUOUS_TITLES.has(words[peel - 1]!) && words.length - peel < 2) peel = 0;
  const titled = peel > 0;
  if (words.slice(peel).some((w) => ROLE_WORDS.has(w.toLowerCase()))) return null; // "Lt Colonel"
  const nameParts = words.slice(peel);
  const name = nameParts.join(' ');
  if (!name || (peel > 0 && knownKind(name, nameParts))) return null;
  // "General Election", "Grand National": words the text also writes in lowercase are no name.
  if (nameParts.every((w) => lowercaseWords.has(w.toLowerCase()))) return null;
  const givenName = nameParts.length > 1 && GIVEN_NAMES.has(nameParts[0]!);
  // "BBC Scotland", "Ipsos MORI Scotland": a name built on an organisation or a place is not a person.
  if (!titled && !givenName) {
    if (nameParts.some((w) => w.length > 2 && ORGS.has(w))) return { kind: 'org', name, ...base };
    if (nameParts.some((w) => ORG_SUFFIXES.has(w))) return null; // "World Health Organization Report"
    if (nameParts.some((w) => COUNTRIES.has(w) || PLACES.has(w))) return null;
  }
  let role = peel > 0 && !HONORIFICS.has(words[peel - 1]!) ? text.slice(tokens[from]!.start, tokens[from + peel - 1]!.end) : undefined;
  role ??= roleBefore(text, tokens, from) ?? roleAfter(text, tokens, to);
  const nameWords = words.length - peel;
  const evidence =
    titled ||
    role !== undefined ||
    givenName ||
    (nameWords > 1 && (speaks(text, tokens, from, to) || agedAfter(text, tokens, to)));
  return { kind: evidence ? 'person' : 'unknown', name, role, ...base, start: tokens[from + peel]!.start };
}

const cap = (w: string) => w[0] + w.slice(1).toLowerCase();

function knownKind(full: string, words: string[]): Kind | null {
  if (ORGS.has(full)) return 'org';
  if (COUNTRIES.has(full) || PLACES.has(full)) return 'place';
  const lastWord = words[words.length - 1]!;
  if (words.length > 1 && ORG_SUFFIXES.has(lastWord)) return 'org';
  if (words.length > 1 && PLACE_SUFFIXES.has(lastWord)) return 'place';
  if (words.length === 1 && /^(\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u.test(full) && !NOT_ORGS.has(full)) return 'org'; // an acronym
  return null;
}

/** Capitalised abbreviations that name no organisation. */
const NOT_ORGS = new Set('TV|CV|PM|AM|OK|ID|DNA|GPS|CEO|MP|UFO|PC|VIP|HIV|AIDS|IQ|GP|PR|HQ|DJ|RIP|LOL|OMG|UK|US|EU|UN|UAE'.split('|'));

const ALIASES: Record<string, string> = {
  US: 'United States',
  'U.S.': 'United States',
  USA: 'United States',
  'U.S.A.': 'United States',
  America: 'United States',
  UK: 'United Kingdom',
  'U.K.': 'United Kingdom',
  'Great Britain': 'Britain',
  DC: 'D.C.',
};
const canonicalPlace = (name: string) => ALIASES[name] ?? name;

/** "North Korean leader Kim Jong Un", "his new defense minister, Andrei Belousov". */
function roleBefore(text: string, tokens: Token[], from: number): string | undefined {
  const head = from - 1;
  const gap = head >= 0 ? text.slice(tokens[head]!.end + (tokens[head]!.possessive ? 2 : 0), tokens[from]!.start) : '';
  if (head < 0 || !/^(?: +|, +)$/.test(gap) || !ROLE_WORDS.has(tokens[head]!.text.toLowerCase()) || tokens[head]!.cap) return undefined;
  let left = head;
  while (left > 0) {
    const t = tokens[left - 1]!;
    if (!spaceOnly(text, t, tokens[left]!)) break;
    const lower = t.text.toLowerCase();
    if (DETERMINERS.has(lower)) break;
    if (!(ROLE_MODIFIERS.has(lower) || ROLE_WORDS.has(lower) || (t.cap && !OPENERS.has(t.text)))) break;
    left--;
  }
  return text.slice(tokens[left]!.start, tokens[head]!.end).replace(/^(?:the|a|an) /i, '');
}

/** "Kim Jong Il, Kim Jong Un's father," / "Sergei Shoigu, the former defence minister,". */
function roleAfter(text: string, tokens: Token[], to: number): string | undefined {
  const last = tokens[to - 1]!;
  const next = tokens[to];
  if (!next || !/^, +$/.test(text.slice(last.possessive ? last.end + 2 : last.end, next.start))) return undefined;
  let k = to;
  if (DETERMINERS.has(next.text.toLowerCase())) k++;
  const start = k;
  for (; k < tokens.length && k < start + 6; k++) {
    const t = tokens[k]!;
    const lower = t.text.toLowerCase();
    if (!t.cap && (ROLE_WORDS.has(lower) || KIN_WORDS.has(lower))) {
      const after = text.slice(t.end + (t.possessive ? 2 : 0), t.end + 3);
      if (/^(?:[,.;)]|$)/.test(after) || /^ (?:of|at|for)\b/.test(text.slice(t.end, t.end + 5))) {
        return text.slice(tokens[start]!.start, t.end);
      }
    }
    if (k > start && !spaceOnly(text, tokens[k - 1]!, t)) return undefined;
    if (!t.cap && !ROLE_MODIFIERS.has(lower) && !ROLE_WORDS.has(lower)) return undefined;
  }
  return undefined;
}

/** "Nick Loeb wrote", "… ," said Paul Casey. */
function speaks(text: string, tokens: Token[], from: number, to: number): boolean {
  const next = tokens[to];
  if (next && !next.cap && SPEECH_VERBS.has(next.text) && spaceOnly(text, tokens[to - 1]!, next)) return true;
  const prev = tokens[from - 1];
  return !!prev && /^(said|says|added|wrote|asked|explained)$/.test(prev.text) && /["”’'],? *$/.test(text.slice(0, prev.start));
}

/** "Aliesha Peterson, 22, detailed …". */
function agedAfter(text: string, tokens: Token[], to: number): boolean {
  return /^, \d{1,3},/.test(text.slice(tokens[to - 1]!.end, tokens[to - 1]!.end + 7));
}
