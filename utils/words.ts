/**
 * English words shared by the key facts (utils/key-facts/words.ts), the related links
 * (utils/related-links/words.ts) and the library's index (utils/library/terms.ts): the stopwords
 * and the stemmer, each once (issue #17). Each of those modules adds only what its own job
 * needs; none writes out a list of English function words of its own.
 */

const list = (words: string) => words.split(/\s+/).filter(Boolean);

/** The commonest English function words. The library's full-text index leaves out exactly
 * these: its terms are stored with every saved article, so a word added here would stay in the
 * index of every article saved before and go missing from every one saved after. Change this
 * list with a reindex (a schema version in utils/library/db.ts), or not at all. */
const COMMON = list(`
  a an and are as at be been but by can could did do does for from had has have he her his how i if in into is it
  its just me more most my no not of on or our out she so than that the their them then there these they this
  those to too up us was we were what when where which who why will with would you your about after all also any
  because before being both each few further here many much must nor off once only other over own same should
  some such through under until very while
`);

/** The rest of the function words: pronouns, prepositions, conjunctions, modals. */
const MORE = list(`
  above across again against although am amid among aren below between doing don down during having hers herself
  him himself however itself may might myself now ours ourselves per shall since theirs themselves though via
  whether whom yet yours yourself yourselves
`);

/** Words too common to tell articles apart in the library's index (see COMMON). */
export const INDEX_STOPWORDS: ReadonlySet<string> = new Set(COMMON);

/** English function words: they carry no subject, so two texts sharing them share nothing. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([...COMMON, ...MORE]);

/** Words every news story uses, whatever it is about ("said", "year", "first"). */
export const NEWS_WORDS: ReadonlySet<string> = new Set(
  list('back even first get got like made make new one said say says still time two well year years'),
);

/** Words longer than this lose a plural "s" ("bans" → "ban"; "gas", "its" stay)... */
const MIN_S_STEM = 3;
/** ...and words longer than this lose "-ies", "-ied" or "-es" ("ties" stays), and stems longer
 * than it a final "e" ("line", "case" stay). */
const MIN_ES_STEM = 4;
/** Words longer than this lose "-ing" or "-ed" ("bring", "bleed" stay). */
const MIN_VERB_STEM = 5;

/**
 * The stem of a lower-case word: plural and verb endings off, and a final "e", so "visits",
 * "visited" and "visiting" meet, as do "increase" and "increased", "studies" and "studied",
 * "sanctions" and "sanction". Deliberately light: a link title or a key point is a dozen words,
 * and what matters is that the forms a news text uses meet, not linguistic finesse. No table.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > MIN_ES_STEM && /ie[sd]$/.test(w)) w = `${w.slice(0, -3)}y`;
  else if (w.length > MIN_ES_STEM && /(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > MIN_S_STEM && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > MIN_VERB_STEM && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > MIN_VERB_STEM && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > MIN_ES_STEM && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}
