import type { Article } from '../article';
import type { TextWork } from '../extract/text';
import { hostOf, urlKey } from '../url';
import { looksLikeArticle, rejectReason, sameSiteAs, siteOf, type PageIdentity } from './filter';
import { harvestLinks, type Candidate } from './harvest';
import { isRelatedHeading, MIN_HEADLINE_WORDS } from './harvest-rules';
import type { RelatedKind, RelatedLink } from './types';
import { articleTerms, slugWords, stems, subjectMatch, withoutSiteSuffix, type SubjectMatch } from './words';

export type RelatedInput = Pick<Article, 'url' | 'canonicalUrl' | 'title' | 'text' | 'keyFacts'> & {
  siteName?: string | null;
};

/** Up to this many links are shown. */
export const MAX_RELATED = 8;
/** Weight of where a link sits, added to its subject score: the publisher's own related picks
 * (a "Related" block, schema.org relatedLink) and the links the article's text makes. */
const RELATED_BLOCK_BONUS = 4;
const IN_ARTICLE_BONUS = 2;
/** A link outside the publisher's picks and the text (a trending list, previous/next, a plain
 * list of headlines) is kept only when its subject matches this well: a shared name and this
 * much weight, or, without a name, this many shared words weighing WORDS_ONLY_FACTOR times as
 * much. */
const STRONG_SUBJECT = 9;
const STRONG_TERMS = 3;
/** Common words alone say less than a name ("man", "killed" are no subject). */
const WORDS_ONLY_FACTOR = 1.5;
/** Such a link's subject score counts this much: the page put it there for being popular or
 * recent, so the publisher's picks on the same subject come first. */
const UNPICKED_FACTOR = 0.7;
/** A link whose best title is shorter than this (and whose URL has no slug) can't be shown. */
const MIN_TITLE_WORDS = 2;
/** Share of words (Jaccard) above which a link's title is the article's own. */
const SAME_STORY = 0.8;
/** Shown reasons per link. */
const MAX_WHY = 4;
/** A block named "related" by its class alone is often a generic widget: its links are kept
 * when they share a name with the article, or this many words. */
const MIN_CLASS_RELATED_WORDS = 2;

export interface RelatedOptions {
  /** Counts what the harvest reads (elements visited, text reads): how the huge-page tests see
   * a slowdown without a clock. */
  stats?: TextWork;
}

/**
 * Links worth reading next, harvested from the ORIGINAL page `doc` (issue #4): never
 * Readability's output, which drops the blocks that hold related links. Most relevant first.
 */
export function findRelatedLinks(doc: Document, article: RelatedInput, { stats }: RelatedOptions = {}): RelatedLink[] {
  try {
    return rankCandidates(harvestLinks(doc, { url: article.url, text: article.text }, stats), article);
  } catch {
    // Related links are extra: a page that trips the harvest must still give its article.
    return [];
  }
}

/** Filters, merges duplicates and ranks harvested links. */
function rankCandidates(candidates: Candidate[], article: RelatedInput): RelatedLink[] {
  const page = pageIdentity(article);
  const terms = articleTerms({
    title: article.title,
    text: article.text,
    keyFacts: article.keyFacts,
    siteWords: (article.siteName ?? '').split(/\s+/),
  });

  const ownTitle = new Set(stems(withoutSiteSuffix(article.title)));
  const byKey = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (rejectReason(c, page)) continue;
    const key = groupKey(c);
    const group = byKey.get(key);
    if (group) group.push(c);
    else byKey.set(key, [c]);
  }

  const links: (RelatedLink & { order: number })[] = [];
  for (const group of byKey.values()) {
    const best = group.reduce((a, b) => (placeRank(b) > placeRank(a) ? b : a));
    const title = bestTitle(group, best);
    if (title.split(/\s+/).length < MIN_TITLE_WORDS) continue; // "live", "here": nothing to show
    if (sameStory(title, ownTitle)) continue; // the page itself under another URL
    const match = subjectMatch(`${title} ${group.map((c) => c.text).join(' ')} ${slugWords(best.url)}`, terms);
    if (!keep(best, match)) continue;
    const sameSite = sameSiteAs(hostOf(best.url), page.site);
    const kind: RelatedKind = best.inArticle ? (sameSite ? 'in-article' : 'elsewhere') : sameSite ? 'related' : 'elsewhere';
    const picked = best.schemaRelated || best.role === 'related';
    const bonus = picked ? RELATED_BLOCK_BONUS : best.inArticle ? IN_ARTICLE_BONUS : 0;
    const subject = picked || best.inArticle ? match.score : match.score * UNPICKED_FACTOR;
    links.push({
      url: best.url,
      title,
      kind,
      score: Math.round((subject + bonus) * 100) / 100,
      why: match.why.slice(0, MAX_WHY),
      site: hostOf(best.url),
      order: best.order,
    });
  }
  links.sort((a, b) => b.score - a.score || a.order - b.order);
  // One story linked under two URLs (a tracking variant, a gallery view) is shown once.
  const titles = new Set<string>();
  const unique = links.filter((link) => {
    const key = `${link.site} ${link.title.toLowerCase().replace(/\W+/g, ' ').trim()}`;
    if (titles.has(key)) return false;
    titles.add(key);
    return true;
  });
  return unique.slice(0, MAX_RELATED).map(({ order: _order, ...link }) => link);
}

/** Titles that share nearly all their words tell the same story. */
function sameStory(title: string, own: Set<string>): boolean {
  const words = new Set(stems(title));
  if (!words.size || !own.size) return false;
  let shared = 0;
  for (const w of words) if (own.has(w)) shared++;
  return shared / (words.size + own.size - shared) >= SAME_STORY;
}

/** Duplicates share this: the URL key, without its query when the path is an article's own
 * (".../tories-twitter-switch?id=photo-2" is that story). */
function groupKey(c: Candidate): string {
  try {
    const url = new URL(c.url);
    if (url.search && looksLikeArticle(new URL(url.pathname, url.origin))) return c.key.replace(/\?.*$/, '');
  } catch {
    /* the key as it is */
  }
  return c.key;
}

/** Which occurrence of a URL speaks for it: a related pick over the text over the rest. */
function placeRank(c: Candidate): number {
  if (c.schemaRelated || c.role === 'related') return 3;
  if (c.inArticle) return 2;
  if (c.role === 'popular' || c.prevNext) return 0;
  return 1;
}

function keep(c: Candidate, match: SubjectMatch): boolean {
  // A block headed "Related", "Read Also"… is the publisher's word: kept whatever it shares.
  if (c.schemaRelated || (c.role === 'related' && isRelatedHeading(c.heading))) return true;
  // A link of the text is a source; one that shares no word with the article (a "download
  // firmware" link slipped into a paragraph) is not.
  if (c.inArticle) return match.score > 0;
  // A block named "related" only by its class is often a generic widget: a name or two words.
  if (c.role === 'related') return match.names > 0 || match.words >= MIN_CLASS_RELATED_WORDS;
  // Popularity lists, previous/next and unlabelled lists: only on the same subject.
  return strong(match);
}

/** The same subject: a shared name and enough weight, or many shared words and more weight. */
function strong(match: SubjectMatch): boolean {
  if (match.names > 0) return match.score >= STRONG_SUBJECT;
  return match.words >= STRONG_TERMS && match.score >= STRONG_SUBJECT * WORDS_ONLY_FACTOR;
}

/** The title to show: the best occurrence's text, else the longest; a few words at least, else
 * the URL's slug says more ("said" → "Putin to visit Vietnam after Pyongyang"). */
function bestTitle(group: Candidate[], best: Candidate): string {
  const texts = [best.text, ...group.map((c) => c.text).sort((a, b) => b.length - a.length)].filter(Boolean);
  const title = texts.find((t) => t.split(/\s+/).length >= MIN_HEADLINE_WORDS) ?? texts[0] ?? '';
  // A short label outside the text ("Guides", "News") names a section of a page, not its story.
  if (title.split(/\s+/).length >= MIN_HEADLINE_WORDS || !group.some((c) => c.inArticle)) return title;
  const slug = slugWords(best.url);
  return slug.split(/\s+/).length >= MIN_HEADLINE_WORDS ? slug.charAt(0).toUpperCase() + slug.slice(1) : title;
}

export function pageIdentity(article: Pick<RelatedInput, 'url' | 'canonicalUrl'>): PageIdentity {
  const keys = new Set([urlKey(article.url)]);
  if (article.canonicalUrl) keys.add(urlKey(article.canonicalUrl, article.url));
  return { keys, site: siteOf(hostOf(article.url)) };
}

