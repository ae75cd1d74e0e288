/**
 * Posts a page embeds from a social network (issue #12). Once the network's script has run, the
 * post is an `<iframe>` of the network's, which Readability takes out (it keeps only video
 * players) and no reader could show anyway: the article would lose it without a trace. Each such
 * frame, with the wrappers that hold only it, becomes a link card, a quote naming the network
 * with a link to the post. A post the
 * script has not turned into a frame yet is a `<blockquote>` with its text and its link: it is
 * kept, its `<div>`s unwrapped. The frame of a video player the reader does not show (any
 * but the few of utils/video-players.ts) becomes a card too, linking to the player. Both are marked so that the chrome removal (a wrapper "social-embed") spares
 * them; the mark is taken off before the article leaves the extraction.
 */

import { isShownPlayer } from '../video-players';
import { CAPTION_ATTR } from './text';

export const EMBED_ATTR = 'data-lede-embed';

export interface EmbedFrame {
  /** The network's name, as the card shows it. */
  network: string;
  /** The frame's host. */
  host: RegExp;
  /** The post's own address, from the frame's; null when the frame is no post (a like button). */
  permalink(src: URL): string | null;
}

const match = (path: string, pattern: RegExp) => path.match(pattern);

/** The networks' embed frames, a named table (tests/unit/fight-back/embeds.test.ts). */
export const EMBED_FRAMES: readonly EmbedFrame[] = [
  {
    network: 'X',
    host: /^(?:platform\.)?(?:twitter|x)\.com$/,
    permalink: (src) => {
      const id = src.searchParams.get('id');
      return id && /^\d+$/.test(id) ? `https://x.com/i/status/${id}` : null;
    },
  },
  {
    network: 'Instagram',
    host: /(?:^|\.)instagram\.com$/,
    permalink: (src) => {
      const m = match(src.pathname, /^\/(p|reel|tv)\/([\w-]+)/);
      return m ? `https://www.instagram.com/${m[1]}/${m[2]}/` : null;
    },
  },
  {
    network: 'Facebook',
    host: /(?:^|\.)facebook\.com$/,
    permalink: (src) => (/^\/plugins\/(?:post|video)\.php$/.test(src.pathname) ? webUrl(src.searchParams.get('href')) : null),
  },
  {
    network: 'TikTok',
    host: /(?:^|\.)tiktok\.com$/,
    permalink: (src) => {
      const m = match(src.pathname, /^\/embed(?:\/v\d)?\/(\d+)/);
      return m ? `https://www.tiktok.com/video/${m[1]}` : null;
    },
  },
  {
    network: 'Bluesky',
    host: /^embed\.bsky\.app$/,
    permalink: (src) => {
      const m = match(src.pathname, /^\/embed\/(did:[\w:.-]+)\/app\.bsky\.feed\.post\/(\w+)/);
      return m ? `https://bsky.app/profile/${m[1]}/post/${m[2]}` : null;
    },
  },
  {
    network: 'Threads',
    host: /(?:^|\.)threads\.(?:net|com)$/,
    permalink: (src) => {
      const m = match(src.pathname, /^(\/@[\w.]+\/post\/[\w-]+)\/embed\/?$/);
      return m ? `https://www.threads.com${m[1]}` : null;
    },
  },
  {
    network: 'Reddit',
    host: /^embed\.reddit\.com$/,
    permalink: (src) => (/^\/r\/\w+\/comments\//.test(src.pathname) ? `https://www.reddit.com${src.pathname}` : null),
  },
  {
    // Mastodon and the rest of the fediverse: any server, a post's address ending in /embed.
    network: 'Mastodon',
    host: /./,
    permalink: (src) => (/^\/@\w+(?:@[\w.-]+)?\/\d+\/embed$/.test(src.pathname) ? `${src.origin}${src.pathname.replace(/\/embed$/, '')}` : null),
  },
];

/** The networks' own markup for a post before their script has run: a quote with the text. */
const EMBED_QUOTE = 'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, blockquote.bluesky-embed, blockquote.reddit-embed-bq, blockquote.text-post-media, blockquote.mastodon-embed, blockquote.fb-xfbml-parse-ignore';

function webUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A frame's address that names a video player (`player.example.com`, `/embed/video/…`); not
 * "embed" alone, which calculators, maps and polls say too. */
const VIDEO_FRAME = /(?:^|[./_-])(?:video|videos|player|players)(?:[./_-]|$)/i;

/** A video player's frame the reader does not show (not one of utils/video-players.ts): the
 * network name "Video" and the player's address, or null. */
export function hiddenPlayer(src: string, base: string): { network: string; url: string } | null {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || isShownPlayer(url.href)) return null;
  return VIDEO_FRAME.test(url.hostname + url.pathname) ? { network: 'Video', url: url.href } : null;
}

/** The network and post address of an embed frame's `src`, or null. */
export function embeddedPost(src: string, base: string): { network: string; url: string } | null {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  for (const frame of EMBED_FRAMES) {
    if (!frame.host.test(url.hostname)) continue;
    const permalink = frame.permalink(url);
    if (permalink) return { network: frame.network, url: permalink };
  }
  return null;
}

/** Turns every embedded post of `doc` (a copy) into a link card, and marks the quotes. */
export function keepEmbeds(doc: Document): void {
  for (const quote of Array.from(doc.querySelectorAll(EMBED_QUOTE))) {
    quote.setAttribute(EMBED_ATTR, '');
    // The networks nest the text in <div>s, which Readability's cleaning judges as link boxes.
    for (const div of Array.from(quote.querySelectorAll('div'))) div.replaceWith(...Array.from(div.childNodes));
  }
  for (const frame of Array.from(doc.querySelectorAll('iframe[src]'))) {
    const src = frame.getAttribute('src')!;
    const post = embeddedPost(src, doc.baseURI) ?? hiddenPlayer(src, doc.baseURI);
    if (!post) continue;
    const card = doc.createElement('blockquote');
    card.setAttribute(EMBED_ATTR, '');
    card.setAttribute(CAPTION_ATTR, ''); // shown, but no running text: not in the article's text
    const p = doc.createElement('p');
    const link = doc.createElement('a');
    link.setAttribute('href', post.url);
    link.textContent = post.url.replace(/^https?:\/\/(?:www\.)?/, '');
    p.append(`${post.network}: `, link);
    card.append(p);
    wrapperOf(frame).replaceWith(card);
  }
}

/** The frame with the wrappers that hold nothing else ("twitter-tweet-rendered" in
 * "social-embed"), which Readability would take for a share box and remove, card and all. */
function wrapperOf(frame: Element): Element {
  let outer = frame;
  for (let parent = outer.parentElement; parent && parent !== frame.ownerDocument.body; parent = parent.parentElement) {
    if (parent.children.length !== 1 || parent.textContent!.trim()) break;
    outer = parent;
  }
  return outer;
}
