import type { SavedArticle } from '../types';
import { escapeText, isoDate, safeHref } from './escape';
import { hasDate, readableArticle } from './readable';

export interface HtmlExportOptions {
  title?: string;
  now?: number;
}

/**
 * One self-contained HTML file: a table of contents and every article, readable in any browser
 * with no network. Metadata is escaped here; article HTML is written as stored, which was
 * sanitized on save (no scripts, handlers or forms). A Content-Security-Policy allows no script
 * at all, as a second lock. Images stay links to the web: embedding them would mean fetching.
 */
export function exportHtml(records: readonly SavedArticle[], options: HtmlExportOptions = {}): string {
  const now = options.now ?? Date.now();
  const articles = records.map((r) => readableArticle(r));
  const title = options.title ?? 'Lede library';
  const count = `${articles.length} article${articles.length === 1 ? '' : 's'}`;
  const toc = articles
    .map((a, i) => `<li><a href="#article-${i + 1}">${escapeText(a.title)}</a> <span class="meta">${escapeText(metaLine(a, false))}</span></li>`)
    .join('\n');
  const body = articles.map((a, i) => articleSection(a, i + 1)).join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeText(commonLang(articles))}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Lede">
<title>${escapeText(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeText(title)}</h1><p class="meta">${count} · exported ${isoDate(now)}</p></header>
<nav id="contents" aria-label="Contents"><h2>Contents</h2><ol>
${toc}
</ol></nav>
<main>
${body}
</main>
</body>
</html>
`;
}

function articleSection(a: SavedArticle, n: number): string {
  const href = safeHref(a.url);
  const original = href ? ` · <a href="${escapeText(href)}">original</a>` : '';
  const tags = a.tags.length ? `<p class="tags">${a.tags.map((t) => `<span>${escapeText(t)}</span>`).join(' ')}</p>` : '';
  const lang = a.lang ? ` lang="${escapeText(a.lang)}"` : '';
  const dir = a.dir ? ` dir="${a.dir}"` : '';
  const content = a.html ?? `<p><em>Saved as a link, not yet read offline:</em> ${href ? `<a href="${escapeText(href)}">${escapeText(a.url)}</a>` : escapeText(a.url)}</p>`;
  return `<article id="article-${n}"${lang}${dir}>
<header><h2>${escapeText(a.title)}</h2><p class="meta">${escapeText(metaLine(a, true))}${original}</p>${tags}</header>
<div class="body">
${content}
</div>
<p class="back"><a href="#contents">Contents</a></p>
</article>`;
}

function metaLine(a: SavedArticle, withByline: boolean): string {
  return [a.siteName, withByline ? a.byline : null, hasDate(a.savedAt) ? `saved ${isoDate(a.savedAt)}` : null].filter(Boolean).join(' · ');
}

/** The page's language when all articles share one; else each article says its own. */
function commonLang(articles: readonly SavedArticle[]): string {
  const langs = new Set(articles.map((a) => a.lang).filter(Boolean));
  return langs.size === 1 ? [...langs][0]! : 'und';
}

const STYLE = `
body{font:18px/1.6 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em;color:#222;background:#fff}
h1,h2,h3{font-family:system-ui,sans-serif;line-height:1.25}
.meta,.tags,.back{font:14px/1.4 system-ui,sans-serif;color:#666}
.tags span{background:#eee;border-radius:3px;padding:0 .4em;margin-right:.3em}
nav ol{padding-left:1.4em}
article{border-top:1px solid #ddd;margin-top:3em;padding-top:1em}
img,video,iframe{max-width:100%;height:auto}
pre{overflow:auto;background:#f6f6f6;padding:.6em}
blockquote{border-left:3px solid #ccc;margin-left:0;padding-left:1em;color:#444}
@media (prefers-color-scheme:dark){body{background:#161616;color:#ddd}.meta,.tags,.back{color:#999}.tags span{background:#333}pre{background:#222}a{color:#8ab4f8}}
`.trim();
