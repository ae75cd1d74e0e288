/**
 * Rejection (issue #4): the links that are never worth reading next, whatever words they share
 * with the article: page chrome (menus, breadcrumbs, footers, share bars, comments, forms), ads
 * and sponsored widgets, tag/category/author/account/legal pages, the page itself, links
 * without a title. Previous/next and popularity lists are not rejected here: they are kept when
 * their subject matches (see ./index.ts).
 */
import { hostOf, urlKey } from '../url';
import type { Candidate } from './harvest';

export interface PageIdentity {
  /** urlKey of the page URL and of its canonical URL. */
  keys: Set<string>;
  /** The page's registrable domain (see `siteOf`). */
  site: string;
}

/** Share intents and the like: a link that posts the page somewhere, not a page to read. */
const SHARE_URL =
  /(?:facebook\.[a-z.]+\/(?:sharer|share|dialog)|(?:twitter|x)\.[a-z.]+\/(?:intent|share|home\?status)|linkedin\.[a-z.]+\/(?:share|shareArticle|cws\/share)|pinterest\.[a-z.]+\/pin\/create|reddit\.[a-z.]+\/submit|(?:wa\.me|whatsapp\.com)\/|t\.me\/share|telegram\.me\/share|tumblr\.com\/(?:share|widgets)|news\.ycombinator\.com\/submitlink|getpocket\.com\/(?:save|edit)|flipboard\.com\/bookmarklet|addtoany\.com|sharethis\.com|vk\.com\/share|mix\.com\/add|plus\.google\.com\/share)/i;
/** Social networks and app stores: off the article, a link there is a follow button. */
const SOCIAL_HOST =
  /(?:^|\.)(?:facebook\.com|fb\.com|twitter\.com|x\.com|instagram\.com|youtube\.com|youtu\.be|tiktok\.com|linkedin\.com|pinterest\.[a-z.]+|snapchat\.com|threads\.net|t\.me|telegram\.me|whatsapp\.com|flipboard\.com|apps\.apple\.com|itunes\.apple\.com|play\.google\.com|plus\.google\.com|feedly\.com|news\.google\.com)$/i;
/** Ad servers and recommendation networks. */
const AD_HOST =
  /(?:^|\.)(?:doubleclick\.net|googleadservices\.com|googlesyndication\.com|outbrain\.com|taboola\.com|revcontent\.com|mgid\.com|zergnet\.com|dianomi\.com|amazon-adsystem\.com|adclick\.[a-z.]+|criteo\.com|nativo\.com)$/i;
/** Path segments of pages that are not articles, wherever they sit: topics, people, accounts,
 * legal, search ("/tag/north-korea/" is a list, however many words its slug has). */
const NON_ARTICLE_SEGMENT =
  /\/(?:tags?|category|categories|topics?|authors?|contributors?|columnists?|profiles?|users?|members?|login|log-in|signin|sign-in|signup|sign-up|register|registration|account|my-account|subscribe|subscriptions?|subscriber|newsletters?|membership|donate|search|privacy(?:-policy|-notice)?|cookies?(?:-policy)?|terms(?:-of-(?:use|service)|-and-conditions)?|legal)(?:\/|\.\w+$|$)/i;
/** Segments that name a non-article page only as the last one ("/video/" but not
 * "/video/2019/putin-visits-kim"). */
const NON_ARTICLE_LAST =
  /\/(?:people|section|sections|staff|writers|tos|about(?:-us)?|contact(?:-us)?|help|faq|careers|jobs|advertise|advertising|feed|feeds|rss|sitemap|ethics|corrections|accessibility|shop|store|coupons|games|crossword|weather|horoscopes?|obituaries|classifieds|archives?|video|videos|podcasts?|live-?tv|watch-?live|apps?|e-?edition|epaper)(?:\/index\.\w+)?\/?$/i;
/** Queries of search and login pages. */
const NON_ARTICLE_QUERY = /[?&](?:s|q|query|search|keyword|keywords|redirect_to|returnTo|return_to)=/i;
/** Shop and product pages (affiliate links in deal posts): things to buy, not to read. */
const SHOP_URL = /(?:^|\.)(?:amazon\.[a-z.]+\/(?:.*\/)?(?:dp|gp\/product|gp\/aw\/d)\/|amzn\.to\/|ebay\.[a-z.]+\/itm\/|walmart\.com\/ip\/|bestbuy\.com\/site\/|target\.com\/p\/|apple\.com\/shop\/)/i;
/** Files that are not pages to read. */
const MEDIA_FILE = /\.(?:jpe?g|png|gif|webp|svg|mp3|mp4|m4a|webm|mov|zip|exe|dmg|ics|vcf)$/i;

/** A social link with this many path segments or fewer is a profile ("/bbcnews"), not a post. */
const MAX_PROFILE_SEGMENTS = 1;
/** An article's slug joins at least three words: this many hyphens or underscores... */
const MIN_SLUG_JOINS = 2;
/** ...or a page file ("/2019/putin-visit.html") names it in at least this many characters. */
const MIN_PAGE_NAME = 12;
/** Under a two-letter country code, a second level this short ("co", "com", "net") is a
 * registry's, not the publisher's: "bbc.co.uk" is the site. */
const MAX_REGISTRY_LABEL = 3;

export type RejectReason =
  | 'self'
  | 'no-text'
  | 'share'
  | 'social'
  | 'ad'
  | 'chrome'
  | 'not-article-page'
  | 'home'
  | 'off-site'
  | 'shop';

/** Why `c` can never be a related link, or null when it may be one. */
export function rejectReason(c: Candidate, page: PageIdentity): RejectReason | null {
  if (page.keys.has(c.key)) return 'self';
  let url: URL;
  try {
    url = new URL(c.url);
  } catch {
    return 'not-article-page'; // the harvest gives absolute web URLs: this is no page to read
  }
  const host = hostOf(url);
  if (SHARE_URL.test(`${host}${url.pathname}`)) return 'share';
  if (SHOP_URL.test(`${host}${url.pathname}`)) return 'shop';
  if (isSamePage(url, page)) return 'self';
  if (AD_HOST.test(host) || c.role === 'sponsored' || /(?:^| )sponsored(?: |$)/.test(c.rel)) return 'ad';
  if (c.chrome && !(c.prevNext && /^(?:nav|navigation|pagination|pager)$/.test(c.chrome))) {
    if (/^(?:share|sharing|social)/.test(c.chrome)) return 'share';
    return c.chrome === 'tag' || c.chrome === 'author' ? 'not-article-page' : 'chrome';
  }
  // Off the text, a social link is a follow button; in it, a profile ("follow us on Instagram")
  // still is, while a post (a tweet the story quotes) is a source.
  if (SOCIAL_HOST.test(host) && (!c.inArticle || url.pathname.split('/').filter(Boolean).length <= MAX_PROFILE_SEGMENTS)) return 'social';
  if (!c.text) return 'no-text';
  if (url.pathname.replace(/\/+$/, '') === '' && !url.search) return 'home';
  if (NON_ARTICLE_SEGMENT.test(url.pathname) || NON_ARTICLE_LAST.test(url.pathname) || NON_ARTICLE_QUERY.test(url.search) || MEDIA_FILE.test(url.pathname)) {
    return 'not-article-page';
  }
  const sameSite = sameSiteAs(host, page.site);
  if (sameSite && !c.inArticle && !looksLikeArticle(url)) return 'not-article-page';
  if (!sameSite && !c.inArticle && c.role !== 'related' && !c.schemaRelated) return 'off-site';
  return null;
}

/** The page under another query ("?id=photo-2", "?page=2"): the same article path, when the path
 * is an article's own (a slug or an id), not a script's ("/story.php?id=…"). */
function isSamePage(url: URL, page: PageIdentity): boolean {
  if (!url.search || !looksLikeArticle(new URL(url.pathname, url.origin))) return false;
  const bare = urlKey(`${url.origin}${url.pathname}`);
  return [...page.keys].some((key) => key.replace(/\?.*$/, '') === bare);
}

/** Article URLs carry a slug of several words, an id or a date; section pages ("/news/world/")
 * carry single words. */
export function looksLikeArticle(url: URL): boolean {
  const segments = url.pathname.split('/').filter(Boolean);
  if (!segments.length) return !!url.search && /[?&](?:p|id|story|article)=\w/i.test(url.search);
  if (/\d{4,}/.test(url.pathname)) return true;
  const last = segments[segments.length - 1]!.replace(/\.\w+$/, '');
  const longest = segments.reduce((m, s) => Math.max(m, (s.match(/[-_]/g) ?? []).length), 0);
  return longest >= MIN_SLUG_JOINS || (/\.(?:s?html?|php|aspx?)$/i.test(url.pathname) && last.length >= MIN_PAGE_NAME);
}

/** One publisher under several domains ("bbc.com" and "bbc.co.uk") is one site. */
export function sameSiteAs(host: string, site: string): boolean {
  const other = siteOf(host);
  return other === site || other.split('.')[0] === site.split('.')[0];
}

/** Registrable domain, near enough: the last two labels, three under a two-letter country code
 * with a short second level ("bbc.co.uk", "abc.net.au"). */
export function siteOf(host: string): string {
  if (/^[\d.]+$|:/.test(host)) return host; // an IP address is its own site
  const labels = host.toLowerCase().replace(/^www\./, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const tld = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  const take = tld.length === 2 && (second.length <= MAX_REGISTRY_LABEL || /^(?:gouv|govt|gov|ac|co|com|net|org)$/.test(second)) ? 3 : 2;
  return labels.slice(-take).join('.');
}
