/**
 * Key-point ranking (issue #3). News puts the news first, so the opening sentences are the prior
 * (the "lead-3" baseline that summarization research finds hard to beat); the other signals only
 * move a sentence when they have something to say:
 * - overlap with the headline (the editor's own summary),
 * - centrality: how much of the sentence's vocabulary recurs in the rest of the article,
 * - density of names and numbers (who, how many),
 * - penalties for what reads badly out of context: questions, bare quotations, fragments
 *   (captions, headings), sentences that lean on a pronoun for their subject,
 * and a redundancy check so two points never say the same thing.
 */
import type { Sentence } from './sentences';
import { contentStems } from './words';

/** Every tunable, named (cf. Readability's constants). */
export const RANK = {
  /** Position prior: exp(-index / LEAD_DECAY) over body sentences. */
  LEAD_DECAY: 3,
  LEAD_WEIGHT: 1,
  TITLE_WEIGHT: 0.35,
  CENTRALITY_WEIGHT: 0.3,
  DENSITY_WEIGHT: 0.25,
  /** Fewer words than this reads as a fragment; more is a run-on that will be cut in the popup. */
  MIN_WORDS: 6,
  MAX_WORDS: 40,
  /** A candidate sharing more than this share of its content words with a chosen point is a repeat. */
  MAX_OVERLAP: 0.6,
  QUESTION_FACTOR: 0.5,
  QUOTE_FACTOR: 0.75,
  PRONOUN_FACTOR: 0.85,
  FRAGMENT_FACTOR: 0.3,
  LONG_POWER: 2,
  NO_VERB_FACTOR: 0.4,
} as const;

/** Sentence openers that point back to something the reader of one sentence hasn't seen. */
const DANGLING = /^(he|she|it|they|this|that|these|those|but|and|so|also|however|his|her|their|its)\b/i;
/** English verbs a news sentence almost always has one of; a "sentence" with none is a caption
 * ("Vladimir Putin and Kim Jong Un at the Vostochny Cosmodrome in September."). An -ed word after
 * a determiner is an adjective ("the flooded streets"), not a verb. */
const VERBISH =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did|said|says|(?<!\b(?:the|a|an|his|her|its|their) )\w+ed|\w+e?s|\w{3,}ing)\b/i;

export interface Ranked {
  sentence: Sentence;
  score: number;
  stems: Set<string>;
}

export interface RankOptions {
  title?: string | null;
  /** English-only signals (the verb check) apply. */
  english: boolean;
}

/** Scores body sentences: higher is more of a key point. */
export function scoreSentences(sentences: Sentence[], { title, english }: RankOptions): Ranked[] {
  // Headings and captions end without a full stop; but a text with no full stop at all (Thai
  // writes none) still has sentences to rank.
  const terminated = sentences.filter((s) => s.terminated);
  const body = terminated.length ? terminated : sentences;
  const stemLists = body.map((s) => contentStems(s.text));
  const df = new Map<string, number>();
  for (const list of stemLists) for (const st of new Set(list)) df.set(st, (df.get(st) ?? 0) + 1);
  const titleStems = new Set(title ? contentStems(title) : []);
  const n = body.length;

  // Fragments and captions don't take up a lead position: a caption above the first paragraph
  // must not push the real opening sentences down.
  let position = 0;
  return body.map((sentence, index) => {
    const list = stemLists[index]!;
    const stems = new Set(list);
    const wordCount = sentence.text.split(/\s+/).length;
    const form = formFactor(sentence.text, wordCount, english);
    const lead = Math.exp(-position / RANK.LEAD_DECAY);
    if (!isFragment(sentence.text, wordCount, english)) position++;
    let titleHits = 0;
    for (const st of titleStems) if (stems.has(st)) titleHits++;
    const titleScore = titleStems.size ? titleHits / titleStems.size : 0;
    // Centrality: the share of the sentence's words that other sentences repeat.
    let recurring = 0;
    for (const st of stems) if ((df.get(st) ?? 0) > 1) recurring += Math.min((df.get(st)! - 1) / Math.max(n - 1, 1), 0.2) * 5;
    const centrality = stems.size ? recurring / Math.sqrt(stems.size) / 2 : 0;
    const density = Math.min(namesAndNumbers(sentence.text) / Math.max(wordCount, 1), 0.5) * 2;
    const score =
      RANK.LEAD_WEIGHT * lead +
      RANK.TITLE_WEIGHT * titleScore +
      RANK.CENTRALITY_WEIGHT * centrality +
      RANK.DENSITY_WEIGHT * density;
    return { sentence, score: score * form, stems };
  });
}

/** How well a sentence reads on its own, as a factor: 1 for a plain statement. */
function formFactor(text: string, wordCount: number, english: boolean): number {
  let factor = 1;
  if (/\?["'”’)]*$/.test(text)) factor *= RANK.QUESTION_FACTOR;
  if (/^["“‘'«]/.test(text)) factor *= RANK.QUOTE_FACTOR;
  if (DANGLING.test(text)) factor *= RANK.PRONOUN_FACTOR;
  if (wordCount < RANK.MIN_WORDS) factor *= RANK.FRAGMENT_FACTOR;
  // Past MAX_WORDS the odds grow that two sentences (or a caption and a sentence) ran together.
  if (wordCount > RANK.MAX_WORDS) factor *= (RANK.MAX_WORDS / wordCount) ** RANK.LONG_POWER;
  if (english && !VERBISH.test(stripNames(text))) factor *= RANK.NO_VERB_FACTOR;
  return factor;
}

function isFragment(text: string, wordCount: number, english: boolean): boolean {
  return wordCount < RANK.MIN_WORDS || (english && !VERBISH.test(stripNames(text)));
}

/** Capitalised words not at the start of the sentence, and numbers. */
function namesAndNumbers(text: string): number {
  let count = 0;
  const tokens = text.split(/\s+/);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (/\d/.test(t)) count++;
    else if (i > 0 && /^["“‘(]?\p{Lu}/u.test(t)) count++;
  }
  return count;
}

/** Drops capitalised words so a name ending in "s" (Jones, Paris) doesn't pass for a verb. */
function stripNames(text: string): string {
  return text.replace(/\b\p{Lu}[\p{L}'’-]*/gu, ' ');
}

/** Picks up to `count` sentences by score, skipping repeats; returns them in article order. */
export function pickPoints(ranked: Ranked[], count: number): Ranked[] {
  const order = [...ranked].sort((a, b) => b.score - a.score);
  const chosen: Ranked[] = [];
  for (const candidate of order) {
    if (chosen.length >= count) break;
    if (chosen.some((c) => overlap(candidate.stems, c.stems) > RANK.MAX_OVERLAP)) continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.sentence.start - b.sentence.start);
}

/** Share of the smaller set's words found in the other. */
function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return 1;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}
