/** Escaping for text put into HTML and XML by the exporters. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value, for HTML and XML alike. Characters XML forbids are dropped. */
export function escapeText(value: string): string {
  return xmlSafe(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Control characters (other than tab and line ends), U+FFFE/U+FFFF and lone surrogates are not
 * allowed anywhere in XML; one in a title would make a whole EPUB chapter unreadable. */
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafe(value: string): string {
  return value.replace(XML_INVALID, '');
}

/** An address safe to put in `href`: the web or e-mail only, else null (no `javascript:`). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'mailto:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** `2024-06-18`: the same in every locale and time zone of the reader. */
export function isoDate(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}
