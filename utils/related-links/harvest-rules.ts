/**
 * The rule tables of the harvest (issue #4): what a block's heading, class words or a link's own
 * text say it is. Data, exported: the context of a link (./link-context.ts), its title
 * (./link-title.ts) and the ranking (./index.ts) read them, and a test may list them.
 */

/** Headings of blocks the publisher picked for this story. */
export const RELATED_HEADING =
  /^(?:related\b|read (?:also|more)\b|also read|see also|more on (?:this|the|that)\b|more about\b|more coverage\b|further reading|in (?:context|depth)|explore more|the latest on|background\b|timeline\b)/i;
/** Headings of recirculation: popular, recent, or the site's own "more from us" lists. They say
 * nothing of the subject, so their links are kept only when the subject matches. */
export const POPULAR_HEADING =
  /^(?:trending|latest|most (?:read|popular|viewed|shared|watched|commented)|popular|top (?:stories|news|headlines|deals)|editor'?s? picks|just in|breaking|in other news|what'?s hot|today'?s|news in brief|most recent|recent(?: posts?| stories)?|more (?:from|in|stories|news|to read)\b|recommended|you (?:may|might) (?:also )?(?:like|be interested|enjoy)|what to read next|read next|up next|keep reading|don'?t miss|features\b|elsewhere on)/i;
/** Headings of paid blocks: ads, whatever their links share with the article. */
export const SPONSORED_HEADING = /^(?:sponsored|promoted|paid (?:content|post)|partner (?:content|stories)|from (?:our|the) (?:partners|web)|around the web|advertis|you may like \(ad\)|by taboola|by outbrain)/i;

/** Class/id words of the same three kinds of block. Words are matched whole, between - and _
 * and spaces. */
export const RELATED_CLASS = /(?:^|[\s_-])(?:related\w*|read-?also|also-?read|readalso|see-?also|more-?on-?this|further-?reading|yarpp\w*|jp-relatedposts|crp_related|more-?like-?this)(?:$|[\s_-])/i;
export const POPULAR_CLASS =
  /(?:^|[\s_-])(?:trending|popular|most-?read|mostread|most-?viewed|mostviewed|most-?popular|latest|top-?stories|editors?-?picks|recent-?posts|recommend\w*|more-?stories|read-?next|readnext|recirc\w*|recirculation)(?:$|[\s_-])/i;
export const SPONSORED_CLASS =
  /(?:^|[\s_-])(?:ads?|adslot|ad-?slot|ad-?unit|adsbygoogle|advert\w*|sponsor\w*|promoted|paid-?content|native-?ad\w*|outbrain\w*|taboola\w*|ob-widget|trc_\w+|revcontent|mgid\w*|zergnet|dianomi|partner-?content|nativo)(?:$|[\s_-])/i;
/** Chrome: never a related link, whatever its words. */
export const CHROME_CLASS =
  /(?:^|[\s_-])(nav|navbar|navigation|menu|menus|megamenu|breadcrumbs?|share\w*|sharing|social\w*|sociallinks|comments?|commentlist|disqus|cookie\w*|consent|gdpr|newsletter\w*|subscri\w+|signup|login|paywall|byline|author-?box|author-?bio|tags|tagcloud|tag-?list|post-?tags|topics-?list|masthead|site-?header|site-?footer|global-?footer|footer|skip-?link|pagination|pager|bottom-?bar|top-?bar|toolbar)(?:$|[\s_-])/i;
/** Class words and anchor texts of previous/next-article links. */
export const PREV_NEXT_CLASS = /(?:^|[\s_-])(?:prev|previous|next|nav-previous|nav-next|post-?navigation|prev-?next\w*|older|newer)(?:$|[\s_-])/i;
export const PREV_NEXT_TEXT = /^(?:«|‹|←)?\s*(?:previous|prev|next|older|newer)\b(?:\s+(?:article|post|story|entry|page))?/i;

/** Anchor texts that say nothing of where they go: the card title or the URL speaks instead. */
export const GENERIC_TEXT =
  /^(?:read(?: the)?(?: full)?(?: more| story| article| on| here)?|more|continue(?: reading)?|full (?:story|article|coverage)|here|click here|this|link|source|view|watch|listen|see more|learn more|details|go|»|›|→|\.\.\.|…)\W*$/i;

/** Elements that label the block after them: headings, and what sites use for one. */
export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'DT', 'LEGEND', 'CAPTION']);
/** Class words of an element that labels the block after it. */
export const HEADING_CLASS = /title|heading|header|label|kicker/i;
/** Class words of a card's title. */
export const CARD_TITLE_CLASS = /title|headline/i;
/** The blocks of running text a link of the article sits in. */
export const TEXT_BLOCK = 'p, li, blockquote, dd, td, figcaption, h2, h3, h4, h5, h6';
/** Inline elements: a link's paragraph is the nearest block above them. */
export const INLINE = new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'SMALL', 'MARK', 'CITE', 'Q', 'SUP', 'SUB', 'FONT']);
/** Alt text that opens so is a caption ("In this photo issued by ITV, …"), not a title. */
export const CAPTION_LEAD = /^(?:in this (?:photo|image|file)|file (?:photo|image)|photo|image|picture)\b/i;

/** A headline has at least this many words: fewer ("Guides", "said") is a label, and a slug of
 * fewer is an id. */
export const MIN_HEADLINE_WORDS = 3;

/** The block's own heading names it a related pick ("Read Also"), not only its class. */
export function isRelatedHeading(heading: string | null): boolean {
  return !!heading && RELATED_HEADING.test(heading);
}
