import { JSDOM, VirtualConsole } from 'jsdom';

/** Parses an untrusted page for the Node tools: no scripts, no sub-resources, errors silenced;
 * nested no deeper than a browser's parser nests it (see `flattenDeepNesting`). */
export function parseHtml(html: string, url: string): Document {
  const virtualConsole = new VirtualConsole(); // drops jsdom's CSS parse errors instead of printing them
  const doc = new JSDOM(html, { url, virtualConsole, contentType: 'text/html' }).window.document;
  flattenDeepNesting(doc);
  return doc;
}

/** Chromium's HTML parser nests elements at most this deep (kMaximumHTMLParserDOMTreeDepth);
 * what would go deeper becomes siblings at this depth. */
export const MAX_PARSER_DEPTH = 512;

/**
 * Does to a parsed page what Chromium's parser does while parsing: every node below an element
 * at MAX_PARSER_DEPTH is moved, in document order, next to it. jsdom nests as deep as the HTML
 * says, and its recursive `cloneNode` overflows the stack on a page nested 5,000 deep, which
 * Chromium reads. Iterative, and a no-op (one walk) on every page of ordinary depth.
 */
export function flattenDeepNesting(doc: Document, maxDepth = MAX_PARSER_DEPTH): void {
  const depths = new Map<Node, number>([[doc, 0]]);
  const tooDeep: Element[] = [];
  const walker = doc.createTreeWalker(doc, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const depth = depths.get(node.parentNode!)! + 1;
    if (depth === maxDepth && node.firstChild) tooDeep.push(node as Element);
    if (depth < maxDepth) depths.set(node, depth);
  }
  for (const el of tooDeep) {
    const below: Node[] = [];
    const all = doc.createTreeWalker(el, 0xffffffff /* NodeFilter.SHOW_ALL */);
    for (let node = all.nextNode(); node; node = all.nextNode()) below.push(node);
    const parent = el.parentNode!;
    // Last node first, each put before the one moved before it: the nodes end up in document
    // order, and each is moved once its descendants (all after it) have gone, so it moves alone
    // (moving a node with 4,000 levels under it overflows jsdom's recursive detach too).
    let next: Node | null = el.nextSibling;
    for (let i = below.length - 1; i >= 0; i--) next = parent.insertBefore(below[i]!, next);
  }
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
