/**
 * Words for subject matching (issue #4): tokens, their stems (the light English stemmer of
 * utils/words.ts), and the article's weighted terms and names. Deliberately small: a link title
 * is a dozen words, so what matters is that "Korea's" meets "Korea" and "sanctions" meets
 * "sanction", not linguistic finesse.
 */
import { MONTHS, WEEKDAYS } from '../key-facts/lexicon';
import type { KeyFacts } from '../key-facts/types';
import { FUNCTION_WORDS, NEWS_WORDS, stem } from '../words';

/** Words that say nothing about a subject: English function words and the words every story
 * uses (utils/words.ts), and what link titles and URLs add: newsroom labels ("live", "video"),
 * days, dates and the parts of a URL. */
const STOPWORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...NEWS_WORDS,
  ...`${WEEKDAYS}|${MONTHS}`.toLowerCase().split('|'),
  ...`news latest update updates live video videos photo photos watch read full story stories article articles
  report reports today yesterday tomorrow day days week weeks times three gets makes saying go goes going way ways
  http https www com html htm php amp index page`.split(/\s+/),
]);

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Lower-case stems of the content words of `text`, in order, repeats kept. */
export function stems(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const stem = stemOf(match[0]);
    if (stem) out.push(stem);
  }
  return out;
}

/** Shorter words are fragments ("un", "mp"): no subject. */
const MIN_STEM_WORD = 3;

/** The stem of one word, or null for a stopword, a number-only token or a fragment. */
export function stemOf(word: string): string | null {
  const w = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
  if (STOPWORDS.has(w)) return null;
  if (/^\d+$/.test(w)) return null; // "2020", "24": every car launch of the year shares them
  if (w.length < MIN_STEM_WORD) return null;
  const stemmed = stem(w);
  // "updated" is "updat": the stopword "update" less its "e".
  return STOPWORDS.has(stemmed) || STOPWORDS.has(`${stemmed}e`) ? null : stemmed;
}

/** Words of a URL path's last meaningful segment ("putin-to-visit-vietnam" → its words). */
export function slugWords(url: string): string {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return '';
  }
  // A segment with spaces or commas is some other text pasted into a URL, not a slug.
  const segments = path.split('/').filter((s) => s && !/[\s,]/.test(s));
  // The slug is usually the longest segment; ids and dates around it add nothing.
  const slug = segments.reduce((best, s) => (s.replace(/\.\w+$/, '').length > best.length ? s.replace(/\.\w+$/, '') : best), '');
  return slug.replace(/[-_+.]+/g, ' ').replace(/\b[a-z]*\d[\da-z]*\b/gi, ' ').replace(/\s+/g, ' ').trim();
}

/** A term of the article: its stem, how much it says about the subject, and how to show it. */
export interface Term {
  weight: number;
  /** As the article writes it ("Korea", "sanctions"). */
  display: string;
  /** Capitalised mid-sentence in the article: part of a name. */
  name: boolean;
}

export interface ArticleTerms {
  terms: Map<string, Term>;
  /** Multi-word names ("North Korea", "Kim Jong Un") as stem lists, longest first. */
  phrases: { stems: string[]; tokens: string[]; display: string }[];
}

export interface ArticleWords {
  title: string;
  text: string;
  keyFacts?: KeyFacts;
  /** Words of the site's own name, which every link title on the site may carry. */
  siteWords?: string[];
}

/** Title words count this much; the lead's, this much; body repetitions add up to MAX_BODY. */
const TITLE_WEIGHT = 3;
const LEAD_WEIGHT = 1.5;
const MAX_BODY_WEIGHT = 2.5;
/** A name (person, place, organisation) says more about a subject than a common word. */
const NAME_FACTOR = 1.5;
/** The lead: this many characters from the start of the text. */
const LEAD_CHARS = 600;

/** Weighted terms and names of an article, from its title, lead and text (and key facts when
 * the key-facts step found any: they work without them). */
export function articleTerms({ title: fullTitle, text, keyFacts, siteWords = [] }: ArticleWords): ArticleTerms {
  const title = withoutSiteSuffix(fullTitle);
  const terms = new Map<string, Term>();
  const counts = new Map<string, number>();
  const capitalised = new Map<string, number>();
  const display = new Map<string, string>();
  const forms = new Map<string, number>();
  const skip = new Set(siteWords.map(stemOf).filter((s): s is string => !!s));

  for (const match of title.matchAll(TOKEN)) {
    const stem = stemOf(match[0]);
    if (!stem || skip.has(stem) || display.has(stem)) continue;
    display.set(stem, match[0].replace(/['’]s$/, ''));
    forms.set(`${stem} ${display.get(stem)}`, 0);
  }
  // Names are capitalised words that do not open a sentence. Capitals in a Title Case Headline
  // say nothing, so only the text's sentences are read for them.
  for (const sentence of text.split(/(?<=[.!?:;"“”])\s+|\n+/)) {
    let index = 0;
    for (const match of sentence.matchAll(TOKEN)) {
      const stem = stemOf(match[0]);
      if (stem && !skip.has(stem)) {
        counts.set(stem, (counts.get(stem) ?? 0) + 1);
        const form = match[0].replace(/['’]s$/, '');
        const key = `${stem} ${form}`;
        forms.set(key, (forms.get(key) ?? 0) + 1);
        // Shown as the text most often writes it ("starter", not the headline's "Starters").
        if (!display.has(stem) || forms.get(key)! > forms.get(`${stem} ${display.get(stem)}`)!) display.set(stem, form);
        // Mid-sentence capitals (and acronyms: NATO, UN) mark a name.
        if (index > 0 && /^\p{Lu}/u.test(match[0])) capitalised.set(stem, (capitalised.get(stem) ?? 0) + 1);
      }
      index++;
    }
  }
  const lowerCount = new Map<string, number>();
  for (const match of text.matchAll(TOKEN)) {
    if (/^\p{Ll}/u.test(match[0])) {
      const stem = stemOf(match[0]);
      if (stem) lowerCount.set(stem, (lowerCount.get(stem) ?? 0) + 1);
    }
  }
  const isName = (stem: string) => (capitalised.get(stem) ?? 0) > (lowerCount.get(stem) ?? 0);

  const titleStems = new Set(stems(title));
  const leadStems = new Set(stems(text.slice(0, LEAD_CHARS)));
  for (const stem of titleStems) if (!skip.has(stem) && !counts.has(stem)) counts.set(stem, 1);
  for (const [stem, count] of counts) {
    let weight = Math.min(MAX_BODY_WEIGHT, Math.log2(count + 1) - 0.5); // a word said once is a detail
    if (titleStems.has(stem)) weight += TITLE_WEIGHT;
    if (leadStems.has(stem)) weight += LEAD_WEIGHT;
    const name = isName(stem);
    if (name) weight *= NAME_FACTOR;
    const shown = display.get(stem) ?? stem;
    if (weight > 0) terms.set(stem, { weight, display: name || /^\p{Lu}{2,}$/u.test(shown) ? shown : shown.toLowerCase(), name });
  }

  const phrases = new Map<string, { stems: string[]; tokens: string[]; display: string }>();
  const addPhrase = (words: string) => {
    const list = stems(words);
    if (list.length > 1 && list.every((s) => terms.has(s))) {
      const tokens = nameTokens(words);
      phrases.set(tokens.join(' '), { stems: list, tokens, display: words });
    }
  };
  // Runs of capitalised words in the text: "North Korea", "Kim Jong Un", and "Great Barrier Reef"
  // once it recurs (a lone "the reef" must not unmake the name).
  const runs = new Map<string, number>();
  for (const run of text.matchAll(/\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)+/gu)) {
    const words = withoutLeadingStopwords(run[0].replace(/['’]s$/, ''));
    runs.set(words, (runs.get(words) ?? 0) + 1);
  }
  for (const [words, count] of runs) {
    const list = stems(words);
    if (list.length > 1 && (count > 1 || list.filter(isName).length * 2 > list.length)) addPhrase(words);
  }
  if (keyFacts) {
    for (const name of [...keyFacts.people.map((p) => p.name), ...keyFacts.organizations, ...keyFacts.places]) {
      for (const stem of stems(name)) {
        const term = terms.get(stem);
        if (term && !term.name) terms.set(stem, { ...term, name: true, weight: term.weight * NAME_FACTOR });
      }
      addPhrase(name);
    }
  }
  return { terms, phrases: [...phrases.values()].sort((a, b) => b.stems.length - a.stems.length) };
}

/** "The Great Barrier Reef" is "Great Barrier Reef". */
function withoutLeadingStopwords(words: string): string {
  const list = words.split(/\s+/);
  let first = 0;
  while (first < list.length - 1 && !stemOf(list[first]!)) first++;
  return list.slice(first).join(' ');
}

/** Every word of `text` for name matching: stems where there are, else the lower-case word, so
 * "Kim Jong Un" and "Kim Jong Il" stay apart. */
function nameTokens(text: string): string[] {
  return Array.from(text.matchAll(TOKEN), (m) => stemOf(m[0]) ?? m[0].toLowerCase().replace(/['’]s$/, ''));
}

/** "Lexus goes topless with the LC500 - Auto News" → "Lexus goes topless with the LC500": the
 * site's name after a dash or bar is no word of the story. */
export function withoutSiteSuffix(title: string): string {
  const bare = title.replace(/\s+[-|–—•]\s+[^-|–—•]{2,40}$/u, '');
  return bare.split(/\s+/).length >= 4 ? bare : title;
}

export interface SubjectMatch {
  score: number;
  /** Shared names first, then shared words, as the article writes them. */
  why: string[];
  names: number;
  words: number;
}

/** How much `text` (a link's title, slug…) shares with the article's subject. */
export function subjectMatch(text: string, article: ArticleTerms): SubjectMatch {
  const linkStems = new Set(stems(text));
  const linkTokens = new Set(nameTokens(text));
  let score = 0;
  let names = 0;
  let words = 0;
  const nameWhy: string[] = [];
  const wordWhy: string[] = [];
  const used = new Set<string>();
  for (const phrase of article.phrases) {
    if (phrase.tokens.every((t) => linkTokens.has(t)) && phrase.stems.every((s) => !used.has(s))) {
      for (const s of phrase.stems) used.add(s);
      nameWhy.push(phrase.display);
    }
  }
  const shared = [...linkStems].filter((s) => article.terms.has(s));
  shared.sort((a, b) => article.terms.get(b)!.weight - article.terms.get(a)!.weight);
  for (const stem of shared) {
    const term = article.terms.get(stem);
    if (!term) continue;
    score += term.weight;
    if (term.name) names++;
    else words++;
    if (used.has(stem)) continue;
    // "Russia" and "Russian" are one reason.
    const lower = term.display.toLowerCase();
    if ([...nameWhy, ...wordWhy].some((w) => w.toLowerCase().startsWith(lower) || lower.startsWith(w.toLowerCase()))) continue;
    (term.name ? nameWhy : wordWhy).push(term.display);
  }
  return { score, why: [...nameWhy, ...wordWhy], names, words };
}
