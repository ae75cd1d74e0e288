import { blockText } from '../../extract/text';
import { decodeEntities } from './entities';

/**
 * Plain text of imported article HTML, blocks separated by a blank line, as the extractor
 * writes it. With a DOM (extension pages, jsdom) it is the extractor's own `blockText`; without
 * one (Node, a worker) a tag-stripping fallback gives the same words, which is what word counts
 * and search need.
 */
export function htmlToText(html: string): string {
  if (typeof DOMParser !== 'undefined') {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return blockText(doc.body);
  }
  return stripToText(html);
}

const BLOCK = /<\/?(?:address|article|aside|blockquote|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tr|ul|caption)\b[^>]*>/gi;

export function stripToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/\s+/g, ' ')
    .replace(BLOCK, '\n\n')
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, ' ')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split(/\n{2,}/)
    .map((block) => block.replace(/[ \t\f\v\r\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').trim())
    .filter(Boolean)
    .join('\n\n');
}
