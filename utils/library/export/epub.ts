import { strToU8, zipSync, type Zippable } from 'fflate';
import type { SavedArticle } from '../types';
import { escapeText, isoDate, safeHref } from './escape';
import { hasDate, readableArticle } from './readable';
import { htmlToXhtml } from './xhtml';

/**
 * An EPUB 3 of chosen articles, for e-readers: `mimetype` first and stored (the OCF rule readers
 * check), META-INF/container.xml, content.opf, nav.xhtml (EPUB 3) and toc.ncx (older readers),
 * one XHTML file per article. Article HTML goes through `htmlToXhtml` (DOM → XMLSerializer);
 * every other string is escaped. Needs a DOM: extension pages have one; tests use jsdom.
 */

export interface EpubOptions {
  title?: string;
  now?: number;
  /** Language of the book; defaults to the articles' own when they share one, else `en`. */
  lang?: string;
}

const MIMETYPE = 'application/epub+zip';

export function exportEpub(records: readonly SavedArticle[], options: EpubOptions = {}): Uint8Array {
  if (!records.length) throw new Error('Choose at least one article to make an e-book.');
  const articles = records.map((r) => readableArticle(r));
  const now = options.now ?? Date.now();
  const title = options.title ?? (articles.length === 1 ? articles[0]!.title : `Lede: ${articles.length} articles, ${isoDate(now)}`);
  const lang = options.lang ?? bookLang(articles);
  const chapters = articles.map((article, i) => ({ article, id: `a${i + 1}`, href: `text/article-${String(i + 1).padStart(3, '0')}.xhtml` }));
  const identifier = `urn:uuid:${uuidFrom(`${articles.map((a) => a.id).join('\n')}\n${now}`)}`;

  const files: Zippable = {
    // First entry, not compressed, no extra field: how readers recognize an EPUB.
    mimetype: [strToU8(MIMETYPE), { level: 0 }],
    'META-INF/container.xml': strToU8(CONTAINER),
    'OEBPS/content.opf': strToU8(opf(title, lang, identifier, now, chapters)),
    'OEBPS/nav.xhtml': strToU8(nav(title, lang, chapters)),
    'OEBPS/toc.ncx': strToU8(ncx(title, identifier, chapters)),
    'OEBPS/style.css': strToU8(CSS),
  };
  for (const { article, href } of chapters) files[`OEBPS/${href}`] = strToU8(chapter(article, lang));
  return zipSync(files, { level: 9, mtime: new Date(Math.max(now, Date.UTC(1980, 0, 2))) });
}

interface Chapter {
  article: SavedArticle;
  id: string;
  href: string;
}

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

function opf(title: string, lang: string, identifier: string, now: number, chapters: Chapter[]): string {
  // dcterms:modified must be CCYY-MM-DDThh:mm:ssZ, without milliseconds.
  const modified = new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const manifest = chapters.map((c) => `    <item id="${c.id}" href="${c.href}" media-type="application/xhtml+xml"/>`).join('\n');
  const spine = chapters.map((c) => `    <itemref idref="${c.id}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${escapeText(lang)}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="book-id">${escapeText(identifier)}</dc:identifier>
    <dc:title>${escapeText(title)}</dc:title>
    <dc:language>${escapeText(lang)}</dc:language>
    <dc:creator>Lede</dc:creator>
    <meta property="dcterms:modified">${modified}</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
    <item id="css" href="style.css" media-type="text/css"/>
${manifest}
  </manifest>
  <spine toc="ncx">
    <itemref idref="nav"/>
${spine}
  </spine>
</package>
`;
}

function nav(title: string, lang: string, chapters: Chapter[]): string {
  const items = chapters.map((c) => `      <li><a href="${c.href}">${escapeText(c.article.title)}</a></li>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${escapeText(lang)}" lang="${escapeText(lang)}">
<head>
  <meta charset="UTF-8"/>
  <title>${escapeText(title)}</title>
  <link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body>
  <nav epub:type="toc" id="toc">
    <h1>${escapeText(title)}</h1>
    <ol>
${items}
    </ol>
  </nav>
</body>
</html>
`;
}

function ncx(title: string, identifier: string, chapters: Chapter[]): string {
  const points = chapters
    .map(
      (c, i) => `    <navPoint id="np${i + 1}" playOrder="${i + 1}">
      <navLabel><text>${escapeText(c.article.title)}</text></navLabel>
      <content src="${c.href}"/>
    </navPoint>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
  <head>
    <meta name="dtb:uid" content="${escapeText(identifier)}"/>
    <meta name="dtb:depth" content="1"/>
    <meta name="dtb:totalPageCount" content="0"/>
    <meta name="dtb:maxPageNumber" content="0"/>
  </head>
  <docTitle><text>${escapeText(title)}</text></docTitle>
  <navMap>
${points}
  </navMap>
</ncx>
`;
}

function chapter(a: SavedArticle, bookLang: string): string {
  const lang = a.lang || bookLang;
  const dir = a.dir ? ` dir="${a.dir}"` : '';
  const href = safeHref(a.url);
  const meta = [a.siteName, a.byline, hasDate(a.savedAt) ? `saved ${isoDate(a.savedAt)}` : null].filter(Boolean).map((s) => escapeText(s!)).join(' · ');
  const link = href ? `<p class="source"><a href="${escapeText(href)}">${escapeText(a.url)}</a></p>` : '';
  const body = a.html ? htmlToXhtml(a.html) : '<p><em>Saved as a link: not read offline yet.</em></p>';
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="${escapeText(lang)}" lang="${escapeText(lang)}"${dir}>
<head>
  <meta charset="UTF-8"/>
  <title>${escapeText(a.title)}</title>
  <link rel="stylesheet" type="text/css" href="../style.css"/>
</head>
<body>
<h1>${escapeText(a.title)}</h1>
<p class="meta">${meta}</p>
${link}
${body}
</body>
</html>
`;
}

function bookLang(articles: readonly SavedArticle[]): string {
  const langs = new Set(articles.map((a) => a.lang).filter(Boolean));
  return langs.size === 1 ? [...langs][0]! : 'en';
}

/** A stable UUID-shaped id from text (FNV-1a, four rounds): the same articles exported at the same
 * time get the same book id, which readers use to tell books apart. Not cryptographic. */
function uuidFrom(text: string): string {
  let hex = '';
  for (let round = 0; round < 4; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    hex += (h >>> 0).toString(16).padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const CSS = `body{font-family:serif;line-height:1.5;margin:0 1em}
h1{font-size:1.5em;line-height:1.25}
.meta,.source{font-size:.85em;color:#555}
.source a{word-break:break-all}
blockquote{margin-left:1em;padding-left:.8em;border-left:2px solid #999}
pre{white-space:pre-wrap}
table{border-collapse:collapse}
td,th{border:1px solid #aaa;padding:.2em .4em}
`;
