/** URL identity shared by the library (dedupe on save and import) and related links (dedupe),
 * the one test of what Lede treats as a web page, and the one way to name a page's host. */

/**
 * Whether `url` is a web page: an absolute http or https address. Only such a URL is read, saved
 * or rendered as a link; a `javascript:`, `data:`, `file:` or `chrome:` one is refused, or shown as
 * text (issue #16).
 */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The origin of a web page's URL (`https://example.com`, a port if any), which per-site
 * choices are kept under; null for any other scheme. */
export function webOrigin(url: string): string | null {
  try {
    const { protocol, origin } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? origin : null;
  } catch {
    return null;
  }
}

/**
 * The host a reader knows a page by: lower case, without `www.` ("bbc.co.uk" for
 * "https://www.BBC.co.uk/news"); '' when `url` has none (no URL at all, `mailto:`, `file:`).
 * Views show it for a missing site name, the library indexes it, related links compare sites
 * with it. Never the text itself: a `javascript:` URL is no site to show (issue #17).
 */
export function hostOf(url: string | URL): string {
  let hostname: string;
  try {
    hostname = typeof url === 'string' ? new URL(url).hostname : url.hostname;
  } catch {
    return '';
  }
  return hostname.toLowerCase().replace(/^www\./, '');
}

// module (nytimes.com "?module=inline"), intc_* and intcid (bbc), ito, ftag, cmp: in-house link tracking seen on news sites (issue #4).
const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref|ref_src|ref_url|cmpid|ncid|ocid|sr_share|smid|share|s_cid|cid|icid|at_medium|at_campaign|guccounter|__twitter_impression|module|intcid|intc_\w+|ito|ftag|cmp)$/i;

/**
 * The key two URLs of the same article share: no fragment, no tracking parameters, no trailing
 * slash, lower-case host, no `www.`, http and https alike. Not a URL to open: use it to compare.
 */
export function urlKey(url: string, base?: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return url.trim();
  }
  parsed.hash = '';
  for (const name of Array.from(parsed.searchParams.keys())) {
    if (TRACKING_PARAM.test(name)) parsed.searchParams.delete(name);
  }
  parsed.searchParams.sort();
  const host = hostOf(parsed);
  const port = parsed.port ? `:${parsed.port}` : '';
  const path = parsed.pathname.replace(/\/+$/, '') || '';
  const query = parsed.searchParams.toString();
  const scheme = parsed.protocol === 'https:' || parsed.protocol === 'http:' ? 'http' : parsed.protocol.replace(/:$/, '');
  return `${scheme}://${host}${port}${path}${query ? `?${query}` : ''}`;
}
