import { zipSync, strToU8 } from 'fflate';
import TurndownService from 'turndown';
import type { SavedArticle } from '../types';
import { fileSlug, UniqueNames } from './file-names';
import { isoDate, safeHref, xmlSafe } from './escape';
import { hasDate, readableArticle } from './readable';

/**
 * A zip of Markdown files, one per article, with YAML front matter (title, url, site, saved,
 * tags, …) for notes apps such as Obsidian. HTML → Markdown is turndown, which needs a DOM:
 * extension pages have one; unit tests run under jsdom.
 */

function createTurndown(): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_' });
  service.remove(['script', 'style', 'noscript', 'template']);
  // `- item` rather than turndown's `-   item`: what people type, and what notes apps show.
  service.addRule('listItem', {
    filter: 'li',
    replacement: (content, node) => {
      const li = node as HTMLElement;
      const parent = li.parentElement;
      let prefix = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start') ?? '1') || 1;
        prefix = `${start + Array.prototype.indexOf.call(parent.children, li)}. `;
      }
      const body = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n/gm, `\n${' '.repeat(prefix.length)}`);
      return prefix + body + (li.nextSibling && !/\n$/.test(body) ? '\n' : '');
    },
  });
  // Links and images only to the web: the stored HTML was sanitized, but a Markdown file outlives
  // that guarantee, and a relative link means nothing outside the page it came from.
  service.addRule('webLinks', {
    filter: (node) => node.nodeName === 'A' && node.hasAttribute('href'),
    replacement: (content, node) => {
      const href = safeHref((node as Element).getAttribute('href'));
      return href && content.trim() ? `[${content}](${href.replace(/[()]/g, '\\$&')})` : content;
    },
  });
  service.addRule('webImages', {
    filter: 'img',
    replacement: (_content, node) => {
      const img = node as Element;
      const src = safeHref(img.getAttribute('src'));
      const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').replace(/[[\]]/g, '\\$&');
      return src && !src.startsWith('mailto:') ? `![${alt}](${src.replace(/[()]/g, '\\$&')})` : alt;
    },
  });
  // A video player kept by the sanitizer would otherwise vanish: keep where it pointed.
  service.addRule('iframe', {
    filter: 'iframe',
    replacement: (_content, node) => {
      const href = safeHref((node as Element).getAttribute('src'));
      return href ? `\n\n[Embedded media](${href})\n\n` : '';
    },
  });
  // Tables as GFM pipe tables (turndown alone spills the cells as loose lines) when they are a
  // plain grid; tables with merged cells or tables inside keep turndown's block output.
  service.addRule('gridTable', {
    filter: (node) => node.nodeName === 'TABLE' && gridRows(node) !== null,
    replacement: (_content, node) => {
      const rows = gridRows(node)!.map((cells) => cells.map((cell) => cellMarkdown(service, cell)));
      const caption = node.querySelector('caption')?.textContent?.replace(/\s+/g, ' ').trim();
      const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
      const table = [line(rows[0]!), line(rows[0]!.map(() => '---')), ...rows.slice(1).map(line)].join('\n');
      return `\n\n${caption ? `${caption}\n\n` : ''}${table}\n\n`;
    },
  });
  return service;
}

/** The cells of a table that is a plain grid (same width every row, no merged cells, no table
 * inside), else null. */
function gridRows(table: Element): Element[][] | null {
  if (table.querySelector('table')) return null;
  const rows = Array.from(table.querySelectorAll('tr')).map((tr) => Array.from(tr.children).filter((c) => c.nodeName === 'TD' || c.nodeName === 'TH'));
  if (!rows.length || !rows[0]!.length || rows.some((r) => r.length !== rows[0]!.length)) return null;
  if (rows.some((r) => r.some((c) => Number(c.getAttribute('colspan') ?? 1) > 1 || Number(c.getAttribute('rowspan') ?? 1) > 1))) return null;
  return rows;
}

/** A cell's Markdown on one line, its pipes escaped. */
function cellMarkdown(service: TurndownService, cell: Element): string {
  return service.turndown(cell.innerHTML).replace(/\s*\n+\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

let turndown: TurndownService | undefined;

/** One article as a Markdown document: front matter, the title, the body (or a link for a
 * link-only item), then its highlights. */
export function articleToMarkdown(record: SavedArticle): string {
  turndown ??= createTurndown();
  const article = readableArticle(record);
  const saved = hasDate(article.savedAt) ? article.savedAt : null;
  const front = [
    '---',
    `title: ${yamlString(article.title)}`,
    `url: ${yamlString(article.url)}`,
    `site: ${article.siteName ? yamlString(article.siteName) : 'null'}`,
    ...(article.byline ? [`author: ${yamlString(article.byline)}`] : []),
    ...(article.publishedTime ? [`published: ${yamlString(article.publishedTime)}`] : []),
    ...(saved !== null ? [`saved: ${new Date(saved).toISOString()}`] : []),
    `tags: [${article.tags.map(yamlString).join(', ')}]`,
    `archived: ${article.archived}`,
    `favorite: ${article.favorite}`,
    '---',
  ].join('\n');
  const body = article.html ? turndown.turndown(article.html).trim() : `Saved as a link${saved !== null ? ` on ${isoDate(saved)}` : ''}: <${article.url}>`;
  const highlights = article.highlights?.length ? `\n\n## Highlights\n\n${article.highlights.join('\n\n')}` : '';
  return xmlSafe(`${front}\n\n# ${article.title.replace(/\s+/g, ' ').trim()}\n\n${body}${highlights}\n`);
}

/** A YAML double-quoted scalar. JSON's string syntax is a subset of it, with every character
 * that could end or bend the value (quotes, backslashes, newlines, `: #`) escaped or quoted. */
function yamlString(value: string): string {
  return JSON.stringify(value);
}

export interface MarkdownZipOptions {
  /** Folder inside the zip, so unzipping makes one folder instead of N loose files. */
  folder?: string;
}

export function exportMarkdownZip(articles: readonly SavedArticle[], options: MarkdownZipOptions = {}): Uint8Array {
  const folder = options.folder ?? 'lede-library';
  const names = new UniqueNames();
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const record of articles) {
    const article = readableArticle(record);
    const name = names.take(fileSlug(article.title), 'md');
    files[`${folder}/${name}`] = [strToU8(articleToMarkdown(article)), { mtime: zipDate(article.savedAt) }];
  }
  return zipSync(files, { level: 6 });
}

/** Zip dates can only say 1980–2099; the file date is the day the article was saved. */
function zipDate(ms: number): Date {
  const min = Date.UTC(1980, 0, 2);
  const max = Date.UTC(2099, 11, 30);
  return new Date(Number.isFinite(ms) ? Math.min(max, Math.max(min, ms)) : min);
}
