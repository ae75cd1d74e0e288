import { JSDOM, VirtualConsole } from 'jsdom';

/** Parses an untrusted page for the Node tools: no scripts, no sub-resources, errors silenced. */
export function parseHtml(html: string, url: string): Document {
  const virtualConsole = new VirtualConsole(); // drops jsdom's CSS parse errors instead of printing them
  return new JSDOM(html, { url, virtualConsole, contentType: 'text/html' }).window.document;
}

/** jsdom throws on some real pages' inline CSS when Readability reads `element.style`. The page is
 * still worth reading, so the retry drops every style attribute and sheet. */
export function withoutStyles(html: string): string {
  return html.replace(/<style\b[\s\S]*?<\/style>/gi, '').replace(/\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
}

/** The page's own URL if it names one (canonical, og:url), else a stand-in from the file name. */
export function guessUrl(html: string, file: string): string {
  const canonical =
    /<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i.exec(html)?.[1] ??
    /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(html)?.[1];
  if (canonical) {
    try {
      return new URL(canonical).href;
    } catch {
      /* fall through */
    }
  }
  return `https://page.invalid/${encodeURIComponent(file.split('/').pop() ?? 'page')}`;
}

/** `read` of the page parsed, retried on the page without its styles when jsdom's CSS parser
 * throws (see `withoutStyles`). */
export function readRetryingStyles<T>(html: string, url: string, read: (doc: Document) => T): T {
  try {
    return read(parseHtml(html, url));
  } catch {
    return read(parseHtml(withoutStyles(html), url));
  }
}
