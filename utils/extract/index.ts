import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { notArticle, type Article, type ReadResult } from '../article';
import { readMetadata } from './metadata';
import { hostOf } from '../url';
import { prepareDocument } from './prepare';
import { blockText, CAPTION_ATTR, countWords, excerptOf, linkDensity, normalize, readingMinutes } from './text';
import { trimEdges } from './trim';

/** Fewer words than this is a teaser, a caption or an error page, not an article. */
const MIN_ARTICLE_WORDS = 50;
/** Share of the body's text inside links above which the "article" is a list of links. */
const MAX_LINK_DENSITY = 0.5;
/** ...and above which it is one when Readability's own check and the page's metadata do not
 * take it for an article, or when it is too short (a home page of teasers). */
const LINK_LIST_DENSITY = MAX_LINK_DENSITY / 2;

const LIST_OF_LINKS = notArticle('not-article', 'This page looks like a list of links (a home, section or search page), not an article.', { key: 'notArticleLinks' });

const RTL_LANGS = /^(ar|arc|dv|fa|ha|he|khw|ks|ku|ps|sd|ur|yi)\b/i;

/**
 * Extracts the article of a page. `doc` is never modified: Readability runs on a clone. The same
 * function runs in the content script (live page) and in Node (jsdom) for the corpus runner.
 */
export function extractArticle(doc: Document, url: string): ReadResult {
  const contentType = doc.contentType;
  if (contentType && !/html|xml/i.test(contentType)) {
    return notArticle('not-html', `This is not a web page but a file (${contentType}); Lede reads articles on web pages.`, { key: 'notArticleFile', subs: [contentType] });
  }
  if (!doc.body) return notArticle('no-content', 'This page has no content to read.', { key: 'notArticleEmpty' });

  const metadata = readMetadata(doc);
  const readerable = isProbablyReaderable(doc);

  const clone = doc.cloneNode(true) as Document;
  prepareDocument(clone);
  const parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  const content = parsed?.content as Element | null | undefined;
  if (!parsed || !content) {
    return notArticle('no-content', 'Lede found no article on this page: no block of running text.', { key: 'notArticleNoText' });
  }

  // Judged before the edges are trimmed: trimming takes runs of links off the end, which on a
  // home page is most of it, and "too little text" would be the wrong reason to give.
  const density = linkDensity(content);
  if (!readerable && !metadata.declaresArticle && density > LINK_LIST_DENSITY) return LIST_OF_LINKS;
  if (density > MAX_LINK_DENSITY) {
    return notArticle('not-article', 'This page is mostly links (a home, section or search page), not an article.', { key: 'notArticleMostlyLinks' });
  }

  const title = normalize(parsed.title) || metadata.title || normalize(doc.title) || url;
  const byline = cleanByline(parsed.byline ?? metadata.byline);
  trimEdges(content, { title, byline });
  const text = blockText(content);
  for (const el of Array.from(content.querySelectorAll(`[${CAPTION_ATTR}]`))) el.removeAttribute(CAPTION_ATTR);
  const wordCount = countWords(text);
  if (wordCount < MIN_ARTICLE_WORDS) {
    // On a home page of teasers Readability settles for the footer: the page is links, not short.
    if (linkDensity(doc.body) > LINK_LIST_DENSITY) return LIST_OF_LINKS;
    return notArticle('too-short', `This page has too little running text to be an article (${wordCount} words).`, { key: 'notArticleTooShort', subs: [String(wordCount)] });
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
    leadImage: metadata.leadImage ?? content.querySelector('img[src]')?.getAttribute('src') ?? null,
    html: content.innerHTML,
    text,
    wordCount,
    readingMinutes: readingMinutes(text),
  };
  return { ok: true, article };
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
