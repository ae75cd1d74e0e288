import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportEpub } from '@/utils/library/export';
import { sampleArticles } from './articles';

/** Parses as XML with jsdom's XML parser; throws with the parser's message when not well-formed. */
function parseXml(xml: string, type: DOMParserSupportedType = 'application/xhtml+xml'): Document {
  const doc = new DOMParser().parseFromString(xml, type);
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  return doc;
}

describe('EPUB export', () => {
  const articles = sampleArticles();
  const epub = exportEpub(articles, { now: Date.parse('2026-11-28T12:00:00Z') });
  const files = unzipSync(epub);

  it('starts with the mimetype entry, stored uncompressed, with no extra field', () => {
    const view = new DataView(epub.buffer, epub.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true)).toBe(0); // compression method: stored
    const nameLength = view.getUint16(26, true);
    expect(view.getUint16(28, true)).toBe(0); // extra field length
    expect(strFromU8(epub.subarray(30, 30 + nameLength))).toBe('mimetype');
    expect(strFromU8(epub.subarray(30 + nameLength, 30 + nameLength + 20))).toBe('application/epub+zip');
  });

  it('has the container, package, navigation and one XHTML file per article', () => {
    expect(Object.keys(files)).toEqual([
      'mimetype',
      'META-INF/container.xml',
      'OEBPS/content.opf',
      'OEBPS/nav.xhtml',
      'OEBPS/toc.ncx',
      'OEBPS/style.css',
      'OEBPS/text/article-001.xhtml',
      'OEBPS/text/article-002.xhtml',
      'OEBPS/text/article-003.xhtml',
    ]);
    const container = parseXml(strFromU8(files['META-INF/container.xml']!), 'application/xml');
    expect(container.querySelector('rootfile')?.getAttribute('full-path')).toBe('OEBPS/content.opf');
  });

  it('lists every article in the package manifest and spine, in order', () => {
    const opf = parseXml(strFromU8(files['OEBPS/content.opf']!), 'application/xml');
    const hrefs = Array.from(opf.getElementsByTagName('item')).map((i) => i.getAttribute('href'));
    for (const name of Object.keys(files).filter((n) => n.startsWith('OEBPS/') && n !== 'OEBPS/content.opf')) {
      expect(hrefs).toContain(name.slice('OEBPS/'.length));
    }
    expect(Array.from(opf.getElementsByTagName('itemref')).map((i) => i.getAttribute('idref'))).toEqual(['nav', 'a1', 'a2', 'a3']);
    expect(opf.getElementsByTagName('meta')[0]?.textContent).toBe('2026-11-28T12:00:00Z');
    expect(opf.getElementsByTagName('dc:title')[0]?.textContent).toBe('Lede: 3 articles, 2026-11-28');
  });

  it('makes every XHTML file well-formed, even from broken HTML with comments and control characters', () => {
    for (const name of Object.keys(files).filter((n) => n.endsWith('.xhtml'))) {
      expect(() => parseXml(strFromU8(files[name]!)), name).not.toThrow();
    }
    parseXml(strFromU8(files['OEBPS/toc.ncx']!), 'application/xml');
  });

  it('keeps the article text and structure, and drops scripts, images and links going nowhere', () => {
    const first = parseXml(strFromU8(files['OEBPS/text/article-001.xhtml']!));
    expect(first.querySelector('h1')?.textContent).toBe(articles[0]!.title);
    expect(first.querySelector('strong')?.textContent).toBe('Pyongyang');
    expect(first.querySelectorAll('li')).toHaveLength(2);
    expect(first.querySelector('figcaption')?.textContent).toBe('Kim & Putin');
    expect(first.querySelector('img, iframe')).toBeNull();
    expect(first.querySelector('section a')?.getAttribute('href')).toBe('https://dailyledger.example/news/kim');

    const tricky = parseXml(strFromU8(files['OEBPS/text/article-003.xhtml']!));
    expect(tricky.documentElement.getAttribute('dir')).toBe('rtl');
    expect(tricky.documentElement.getAttribute('lang')).toBe('ar');
    expect(tricky.querySelector('title')?.textContent).toBe('Tricky: "quotes" & <tags>  --- # not a comment');
    const links = Array.from(tricky.querySelectorAll('section a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual([null, null, null]);
    expect(tricky.querySelector('[onerror]')).toBeNull();
    expect(tricky.querySelector('section')?.textContent).toContain('أهلا بالعالم');
  });

  it('lists the articles in the navigation document', () => {
    const navDoc = parseXml(strFromU8(files['OEBPS/nav.xhtml']!));
    const nav = navDoc.querySelector('nav')!;
    expect(nav.getAttributeNS('http://www.idpf.org/2007/ops', 'type')).toBe('toc');
    expect(Array.from(nav.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([
      'text/article-001.xhtml',
      'text/article-002.xhtml',
      'text/article-003.xhtml',
    ]);
  });

  it('refuses to make an empty book', () => {
    expect(() => exportEpub([])).toThrow(/at least one article/);
  });
});
