import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { notArticle, type Article, type ReadResult } from '../article';
import { findByline } from './byline';
import { leadFigureImage, readMetadata } from './metadata';
import { hostOf } from '../url';
import { prepareDocument } from './prepare';
import { blockText, CAPTION_ATTR, countWords, excerptOf, isUnreadable, linkDensity, normalize, readingMinutes } from './text';
import { EMBED_ATTR } from './embeds';
import { judgeInnerBlocks } from './inner-blocks';
import { leafBlocks, trimEdges } from './trim';
import { narrowToPicked } from './picked-block';

/** Fewer words than this is a teaser, a caption or an error page, not an article. */
const MIN_ARTICLE_WORDS = 50;
/** More words than this is no article but a log, a data dump or a generated page: about ten
 * hours of reading, five times the longest long-read, and where a browser tab showing it, key
 * facts and a saved copy start to cost seconds and megabytes. */
export const MAX_ARTICLE_WORDS = 150_000;
/** A picked block Readability keeps less of than this share of its text is shown whole: the
 * person said this block is the article, and Readability's choice on the page was wrong once
 * already. Readability may take out what it sees as chrome in it (a share bar, a "related" box),
 * up to a tenth of its text; more is its choice overruling the person's. */
const PICK_KEPT = 0.9;
/** Share of the body's text inside links above which the "article" is a list of links. */
const MAX_LINK_DENSITY = 0.5;
/** ...and above which it is one when Readability's own check and the page's metadata do not
 * take it for an article, or when it is too short (a home page of teasers). */
const LINK_LIST_DENSITY = MAX_LINK_DENSITY / 2;

const LIST_OF_LINKS = notArticle('not-article', 'This page looks like a list of links (a home, section or search page), not an article.', { key: 'notArticleLinks' });

const FRAMESET = notArticle(
  'no-content',
  'This page is a set of frames: its text is in other pages. Open the frame with the article on its own, then try Lede again.',
  { key: 'notArticleFrames' },
);
const UNREADABLE = notArticle(
  'not-article',
  "This page's text is not readable text: it looks like binary data, or text in an encoding the page does not declare.",
  { key: 'notArticleUnreadable' },
);

const RTL_LANGS = /^(ar|arc|dv|fa|ha|he|khw|ks|ku|ps|sd|ur|yi)\b/i;

export interface ExtractOptions {
  /** The selector of the block the person picked as the article on this site
   * (utils/site-picks.ts): read first, and by Lede's own rules when this page has no such block. */
  picked?: string | null;
}

/**
 * Extracts the article of a page. `doc` is never modified: Readability runs on a clone. The same
 * function runs in the content script (live page) and in Node (jsdom) for the corpus runner.
 */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ReadResult {
  const contentType = doc.contentType;
  if (contentType && !/html|xml/i.test(contentType)) {
    return notArticle('not-html', `This is not a web page but a file (${contentType}); Lede reads articles on web pages.`, { key: 'notArticleFile', subs: [contentType] });
  }
  if (doc.body?.localName === 'frameset') return FRAMESET;
  if (!doc.body || !doc.body.textContent?.trim()) return notArticle('no-content', 'This page has no content to read.', { key: 'notArticleEmpty' });

  const metadata = readMetadata(doc);
  const readerable = isProbablyReaderable(doc);

  const picked = options.picked ? parsePicked(doc, options.picked) : null;
  const { parsed, pageByline } = picked ?? parseArticle(doc);
  const content = picked?.content ?? (parsed?.content as Element | null | undefined);
  if (!parsed || !content) {
    return notArticle('no-content', 'Lede found no article on this page: no block of running text.', { key: 'notArticleNoText' });
  }

  // Judged before the edges are trimmed: trimming takes runs of links off the end, which on a
  // home page is most of it, and "too little text" would be the wrong reason to give. Not for a
  // block the person picked: they said what the article is.
  const density = picked ? 0 : linkDensity(content);
  if (!readerable && !metadata.declaresArticle && density > LINK_LIST_DENSITY) return LIST_OF_LINKS;
  if (density > MAX_LINK_DENSITY) {
    return notArticle('not-article', 'This page is mostly links (a home, section or search page), not an article.', { key: 'notArticleMostlyLinks' });
  }

  const parsedTitle = normalize(parsed.title);
  // Only the document's own <title> carries a site's name: og:title and headlines do not.
  const title = (parsedTitle === normalize(doc.title) ? withoutDashedSiteName(parsedTitle) : parsedTitle) || metadata.title || normalize(doc.title) || url;
  const byline = cleanByline(bylineOf(doc, parsed.byline, pageByline) ?? metadata.byline);
  judgeInnerBlocks(content, leafBlocks(content));
  trimEdges(content, { title, byline, description: metadata.description });
  const text = blockText(content);
  if (isUnreadable(text)) return UNREADABLE;
  for (const el of Array.from(content.querySelectorAll(`[${CAPTION_ATTR}]`))) el.removeAttribute(CAPTION_ATTR);
  for (const el of Array.from(content.querySelectorAll(`[${EMBED_ATTR}]`))) el.removeAttribute(EMBED_ATTR);
  const wordCount = countWords(text);
  if (wordCount < (picked ? 1 : MIN_ARTICLE_WORDS)) {
    // On a home page of teasers Readability settles for the footer: the page is links, not short.
    if (linkDensity(doc.body) > LINK_LIST_DENSITY) return LIST_OF_LINKS;
    return notArticle('too-short', `This page has too little running text to be an article (${wordCount} words).`, { key: 'notArticleTooShort', subs: [String(wordCount)] });
  }
  if (wordCount > MAX_ARTICLE_WORDS) {
    const subs = [String(wordCount), String(MAX_ARTICLE_WORDS)];
    return notArticle('too-long', `This page's text is far too long to be an article (${subs[0]} words; Lede reads up to ${subs[1]}).`, { key: 'notArticleTooLong', subs });
  }

  const lang = parsed.lang ?? metadata.lang;
  const dirAttr = (parsed.dir ?? doc.documentElement.getAttribute('dir') ?? '').toLowerCase();
  const article: Article = {
    url,
    canonicalUrl: metadata.canonicalUrl,
    title,
    byline,
    siteName: normalize(parsed.siteName) || metadata.siteName || hostOf(url) || null,
    publishedTime: metadata.publishedTime ?? (normalize(parsed.publishedTime) || null),
    lang: lang || null,
    dir: dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : lang && RTL_LANGS.test(lang) ? 'rtl' : null,
    excerpt: excerpt(normalize(parsed.excerpt), byline, text),
    leadImage: metadata.leadImage ?? content.querySelector('img[src]')?.getAttribute('src') ?? leadFigureImage(doc),
    html: content.innerHTML,
    text,
    wordCount,
    readingMinutes: readingMinutes(text),
  };
  if (options.picked) article.pick = { selector: options.picked, found: !!picked };
  return { ok: true, article };
}

/** "Lorem ipsum dolor sit amet – My website": Readability 0.6 takes a site's name off after a
 * hyphen or a bar, not after an en dash (later versions do). Taken off, as Readability does after a
 * hyphen, when a headline of at least MIN_HEADLINE_WORDS is left; and only when what follows the
 * last dash is short enough to be a name ("Inflation falls to 2% – what it means for your rent"
 * keeps its dash). */
const MIN_HEADLINE_WORDS = 3;
const MAX_SITE_NAME_WORDS = 4;

export function withoutDashedSiteName(title: string): string {
  const at = title.lastIndexOf(' – ');
  if (at < 0) return title;
  const [head, site] = [title.slice(0, at), title.slice(at + 3)];
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  return words(head) >= MIN_HEADLINE_WORDS && words(site) >= 1 && words(site) <= MAX_SITE_NAME_WORDS ? head : title;
}

/** Readability's article of a prepared copy of `doc`; or, when Readability found no block it was
 * sure of there and fell back on a guess (its own signal that the page is hard), the article of
 * an untouched copy when that one is much longer: the chrome removed from the prepared copy can
 * tip Readability's guess onto a smaller block (a reader's comment under a post made of link
 * lists). Only such pages pay for a second parse. */
function parseArticle(doc: Document): { parsed: ReturnType<Readability<Node>['parse']>; pageByline: string | null } {
  const clone = doc.cloneNode(true) as Document;
  prepareDocument(clone);
  const prepared = parseWith(clone);
  if (!prepared.guessed) return prepared;
  const untouched = parseWith(doc.cloneNode(true) as Document);
  return (untouched.parsed?.length ?? 0) > (prepared.parsed?.length ?? 0) * MUCH_LONGER ? untouched : prepared;
}

/** Readability's article of a copy narrowed to the picked block, and `content`: Readability's
 * own, or the whole prepared block when Readability kept too little of it. Null when the page
 * has no such block. */
function parsePicked(doc: Document, selector: string): (ReturnType<typeof parseWith> & { content: Element | null }) | null {
  const copy = doc.cloneNode(true) as Document;
  if (!narrowToPicked(copy, selector)) return null;
  prepareDocument(copy);
  const block = copy.createElement('div');
  block.append(...Array.from(copy.body.cloneNode(true).childNodes));
  const read = parseWith(copy);
  const kept = read.parsed?.content as Element | null | undefined;
  const whole = kept && blockText(kept).length >= PICK_KEPT * blockText(block).length;
  // No article at all from Readability: the block, with no metadata of Readability's.
  const parsed = read.parsed ?? { title: null, content: block, textContent: null, length: null, excerpt: null, byline: null, dir: null, siteName: null, lang: null, publishedTime: null };
  return { ...read, parsed, content: whole ? kept : block };
}

/** An untouched copy's article replaces a guessed one when this many times longer. */
const MUCH_LONGER = 2;

/** Readability's parse of `copy`, and what Readability 0.6 keeps of it beyond its result (not public API, so a test pins it:
 * tests/unit/extract/readability-guess.test.ts): whether it retried with looser rules (its
 * `_attempts`), and the byline it found in the page rather than in the metadata
 * (`_articleByline`). */
function parseWith(copy: Document): { parsed: ReturnType<Readability<Node>['parse']>; guessed: boolean; pageByline: string | null } {
  const reader = new Readability<Node>(copy, { serializer: (node) => node });
  const parsed = reader.parse();
  const state = reader as unknown as { _attempts?: unknown[]; _articleByline?: string | null };
  return { parsed, guessed: Array.isArray(state._attempts) && state._attempts.length > 0, pageByline: state._articleByline ?? null };
}

/**
 * The byline: Readability's when it comes from the page's metadata; else the first byline of the
 * untouched page (utils/extract/byline.ts), which Readability would have found there but may not
 * have on the prepared copy, whose chrome removal can take the byline's block away and leave it a
 * date or an agency's name. The copy's byline stays when it is that one, or the start of it (the
 * name, where the page's byline line goes on with a date).
 */
function bylineOf(doc: Document, parsed: string | null | undefined, pageByline: string | null): string | null {
  if (parsed && parsed !== pageByline) return parsed; // from the metadata
  const untouched = findByline(doc);
  if (!untouched) return parsed ?? null;
  return parsed && normalize(untouched).startsWith(normalize(parsed)) ? parsed : untouched;
}

/** An excerpt shorter than this that names the author is the byline line, not a summary. */
const MAX_BYLINE_EXCERPT = 80;

/** The page's description; else, or when Readability took the byline line for it ("By Jane
 * Doe"), the opening paragraph of the text. */
function excerpt(candidate: string, byline: string | null, text: string): string | null {
  const isByline =
    candidate.length < MAX_BYLINE_EXCERPT && (/^by\s/i.test(candidate) || (!!byline && candidate.includes(byline)));
  if (candidate && !isByline) return candidate;
  return excerptOf(text) ?? (candidate || null);
}

function cleanByline(byline: string | null | undefined): string | null {
  const text = normalize(byline).replace(/^by\s+/i, '');
  return text || null;
}
