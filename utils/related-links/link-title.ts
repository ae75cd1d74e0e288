/**
 * A link's title (issue #4): its own text when that says where it goes, else its card's heading,
 * its image's alt text, its title attribute, or the words of its URL's slug.
 */
import { normalize, textOf } from '../extract/text';
import { CAPTION_LEAD, CARD_TITLE_CLASS, GENERIC_TEXT, MIN_HEADLINE_WORDS } from './harvest-rules';
import type { LinkContext } from './link-context';
import { slugWords } from './words';

/** A text this long says what a link is about; a shorter one ("Guides", "Watch") may not. */
const MIN_TITLE_TEXT = 12;
/** Longer alt text is a caption, not a title. */
const MAX_ALT_TITLE = 100;
/** A card (image, title, teaser) holds at most this much text, whitespace included... */
const MAX_CARD_TEXT = 600;
/** ...and sits at most this many levels above its link. */
const MAX_CARD_DEPTH = 4;

/** A link's title: its text, else its card's heading, its image's alt, its title attribute. */
export function linkTitle(a: Element, anchorText: string, url: string, mayBeCard: boolean, ctx: LinkContext): string {
  if (anchorText.length >= MIN_TITLE_TEXT && !GENERIC_TEXT.test(anchorText)) return anchorText;
  const card = mayBeCard ? cardOf(a, ctx) : null;
  if (card) {
    // Walked by hand: a card is small, and attribute selectors are slow in jsdom.
    const href = a.getAttribute('href');
    let best = '';
    for (const el of Array.from(card.getElementsByTagName('*'))) {
      if (ctx.work) ctx.work.elements++;
      const text = normalize(textOf(el, ctx.work));
      if (/^H[1-6]$/.test(el.tagName) || CARD_TITLE_CLASS.test(el.getAttribute('class') ?? '') || el.getAttribute('itemprop') === 'headline') {
        if (text.length >= MIN_TITLE_TEXT) return text;
      } else if (el.tagName === 'A' && el.getAttribute('href') === href && text.length > best.length && !GENERIC_TEXT.test(text)) {
        best = text;
      }
    }
    if (best.length >= MIN_TITLE_TEXT) return best;
  }
  // An image's alt text is a headline only when it is headline-sized; "In this photo issued by
  // ITV, …" is a caption.
  const altText = normalize(a.getElementsByTagName('img')[0]?.getAttribute('alt'));
  const alt = altText.length <= MAX_ALT_TITLE && !CAPTION_LEAD.test(altText) ? altText : '';
  const title = normalize(a.getAttribute('title') ?? a.getAttribute('aria-label'));
  const fallback = [title, alt].find((t) => t.length >= MIN_TITLE_TEXT && !GENERIC_TEXT.test(t));
  if (fallback) return fallback;
  if (!GENERIC_TEXT.test(anchorText) && anchorText) return anchorText;
  // "published here": the URL's slug is the only title there is.
  const slug = slugWords(url);
  return slug.split(' ').length >= MIN_HEADLINE_WORDS ? slug.charAt(0).toUpperCase() + slug.slice(1) : '';
}

/** The card around a link: the largest small ancestor whose links all go where this one goes,
 * so a card's image link, title and "Read more" share one title. */
function cardOf(a: Element, ctx: LinkContext): Element | null {
  const href = a.getAttribute('href');
  let card: Element | null = null;
  let el = a.parentElement;
  for (let depth = 0; el && depth < MAX_CARD_DEPTH && el.tagName !== 'BODY'; depth++, el = el.parentElement) {
    if (ctx.rawLength(el) > MAX_CARD_TEXT) break; // raw length: cheap, and enough
    const links = el.getElementsByTagName('a');
    let other = false;
    for (let i = 0; i < links.length && !other; i++) {
      if (ctx.work) ctx.work.elements++;
      other = !!links[i]!.getAttribute('href') && links[i]!.getAttribute('href') !== href;
    }
    if (other) break;
    card = el;
  }
  return card;
}
