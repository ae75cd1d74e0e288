import { describe, expect, it } from 'vitest';
import { markKeySentences, markSentence } from '@/utils/key-facts/highlight';
import { findProblems } from './find-problems';
import { problems } from './sink';

/**
 * The checker of every XSS test, checked itself: each kind of danger, built by hand into a DOM
 * (so the parser can't tidy it away first), must be found, or a pass of the other tests means
 * nothing; and what Lede itself adds to a rendered body must not be.
 */

const SVG = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';

/** A body holding one element made by `build`, with a link done right beside it. */
function body(build: (doc: Document) => Element): Element {
  const root = document.createElement('div');
  const a = document.createElement('a');
  a.setAttribute('href', 'https://ok.example/');
  a.setAttribute('target', '_blank');
  a.setAttribute('rel', 'noopener noreferrer');
  root.append(a, build(document));
  return root;
}

function withAttr(tag: string, name: string, value: string): (doc: Document) => Element {
  return (doc) => {
    const el = doc.createElement(tag);
    el.setAttribute(name, value);
    return el;
  };
}

/** Each problem as [what it is, a DOM holding it, what the report must say]. */
const BAD: Array<[kind: string, build: (doc: Document) => Element, says: string]> = [
  ['event handler', withAttr('img', 'onerror', 'alert(1)'), 'img[onerror]'],
  ['event handler in capitals', (doc) => {
    const el = doc.createElementNS(null, 'x');
    el.setAttribute('ONCLICK', 'alert(1)');
    return el;
  }, '[ONCLICK]'],
  ['script element', (doc) => doc.createElement('script'), '<script>'],
  ['forbidden element', (doc) => doc.createElement('noscript'), '<noscript>'],
  ['template', (doc) => doc.createElement('template'), '<template>'],
  ['SVG element', (doc) => doc.createElementNS(SVG, 'svg'), `<svg> in ${SVG}`],
  ['iframe off the list', withAttr('iframe', 'src', 'https://evil.example/'), 'iframe https://evil.example/'],
  ['style attribute', withAttr('p', 'style', 'color:red'), 'p[style]'],
  ['class attribute', withAttr('p', 'class', 'actions'), 'p[class]'],
  ['id (clobbering)', withAttr('img', 'id', 'getElementById'), 'img[id]'],
  ['data- attribute', withAttr('p', 'data-testid', 'reader-toolbar'), 'p[data-testid]'],
  ['is', withAttr('p', 'is', 'x-evil'), 'p[is=x-evil]'],
  ['namespaced attribute', (doc) => {
    const el = doc.createElement('p');
    el.setAttributeNS(XLINK, 'xlink:title', 'x');
    return el;
  }, 'p[xlink:title] (namespaced)'],
  ['javascript: in xlink:href', (doc) => {
    const el = doc.createElement('a');
    el.setAttributeNS(XLINK, 'xlink:href', 'javascript:alert(1)');
    return el;
  }, 'a[xlink:href=javascript:alert(1)]'],
  ['javascript: in href', withAttr('a', 'href', 'javascript:alert(1)'), 'a[href=javascript:alert(1)]'],
  ['href with a space in front', withAttr('a', 'href', ' https://ok.example/'), 'not http(s)'],
  ['loopback href', withAttr('a', 'href', 'http://localhost:8080/'), 'loopback localhost'],
  ['href without target and rel', withAttr('a', 'href', 'https://ok.example/'), 'a with href but target=null'],
  ['target without href', withAttr('p', 'target', '_blank'), 'p[target] without href'],
  ['data: in src', withAttr('img', 'src', 'data:image/png;base64,AAAA'), 'img[src=data:image/png;base64,AAAA]'],
  ['relative src', withAttr('img', 'src', '/icon.png'), 'img[src=/icon.png]'],
  ['loopback src, however spelled', withAttr('img', 'src', 'http://0x7f.1/x.png'), 'loopback 127.0.0.1'],
  ['IPv6 loopback src', withAttr('img', 'src', 'http://[::1]/x.png'), 'loopback [::1]'],
  ['poster', withAttr('video', 'poster', 'javascript:alert(1)'), 'video[poster=javascript:alert(1)]'],
  ['cite', withAttr('blockquote', 'cite', 'vbscript:x'), 'blockquote[cite=vbscript:x]'],
  ['action', withAttr('p', 'action', 'javascript:alert(1)'), 'p[action=javascript:alert(1)]'],
  ['formaction, even to http(s)', withAttr('p', 'formaction', 'https://ok.example/'), 'p[formaction]'],
  ['background', withAttr('table', 'background', 'javascript:alert(1)'), 'table[background=javascript:alert(1)]'],
  ['srcset, second candidate after a bare comma', withAttr('img', 'srcset', 'https://ok.example/a.jpg 1x,javascript:alert(1) 2x'), 'img[srcset] candidate javascript:alert(1)'],
  ['srcset, candidate with no descriptor', withAttr('img', 'srcset', 'https://ok.example/a.jpg 1x,data:image/png,AAAA'), 'img[srcset] candidate data:image/png,AAAA'],
  ['srcset, third candidate', withAttr('source', 'srcset', 'https://ok.example/a.jpg 1x, https://ok.example/b.jpg 2x,javascript:x 3x'), 'source[srcset] candidate javascript:x'],
  ['srcset, chrome-extension: candidate', withAttr('img', 'srcset', 'chrome-extension://abc/x.png 2x'), 'candidate chrome-extension://abc/x.png'],
  ['srcset, loopback candidate', withAttr('img', 'srcset', 'https://ok.example/a.jpg 1x, http://127.0.0.1/x.png 2x'), 'loopback 127.0.0.1'],
  ['srcset, candidate after a descriptor with a comma in parentheses', withAttr('img', 'srcset', 'https://ok.example/a.jpg (a,b) 1x, javascript:x 2x'), 'candidate javascript:x'],
  // Fine as a tree, deadly as HTML: an iframe's text is written out raw, so parsed again it is
  // markup. Only the second parse shows it.
  ['a tree that parses into a handler (mutation XSS)', (doc) => {
    const frame = doc.createElement('iframe');
    frame.setAttribute('src', 'https://www.youtube.com/embed/abc');
    frame.append('</iframe><img src=x onerror=alert(1)>');
    return frame;
  }, 'after re-parse: img[onerror]'],
];

describe('findProblems, the checker of every XSS test', () => {
  it.each(BAD)('finds %s', (_kind, build, says) => {
    const found = findProblems(body(build));
    expect(found.join('\n')).toContain(says);
  });

  it('finds mutation XSS only on the second parse, with a fresh parser too', () => {
    const found = findProblems(body(BAD.at(-1)![1]));
    expect(found.filter((p) => !p.startsWith('after'))).toEqual([]);
    expect(found).toContain('after a fresh parse: img[onerror]');
  });

  it('finds dangers in HTML as the sink parses it', () => {
    expect(problems('<img src=x onerror=alert(1)>')).toContain('img[onerror]');
    expect(problems('<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>')).toContain('img[onerror]');
    expect(problems('<svg><a xlink:href="https://ok.example/"></a></svg>').join()).toContain('(namespaced)');
    expect(problems('<p style="color:red" class="x">x</p>')).toEqual([
      'p[style]', 'p[class]', 'after re-parse: p[style]', 'after re-parse: p[class]', 'after a fresh parse: p[style]', 'after a fresh parse: p[class]',
    ]);
  });

  it("finds nothing in Lede's own marks and hidden images, nor in a good body", () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<p>The council voted on Tuesday to approve the plan. The mayor thanked the residents.</p>' +
      '<p><a href="https://ok.example/" target="_blank" rel="noopener noreferrer">a link</a>, <a href="mailto:desk@news.example" target="_blank" rel="noopener noreferrer">mail</a></p>' +
      '<figure><picture><source srcset="https://img.example/a,b.webp 1x, https://img.example/c.webp 2x" referrerpolicy="no-referrer">' +
      '<img src="https://img.example/a.jpg" srcset="https://img.example/a-400.jpg 400w,https://img.example/a-800.jpg 800w" sizes="(max-width: 600px) 400px, 800px" alt="" referrerpolicy="no-referrer"></picture></figure>' +
      '<iframe src="https://www.youtube.com/embed/abc" sandbox="allow-scripts allow-same-origin allow-presentation" referrerpolicy="strict-origin" loading="lazy"></iframe>';
    markKeySentences(root, ['The council voted on Tuesday to approve the plan.']);
    markSentence(root, 'The mayor thanked the residents.');
    root.querySelector('mark.key-sentence')!.classList.add('active');
    const img = root.querySelector('img')!;
    img.hidden = true;
    expect(root.querySelectorAll('mark.key-sentence[data-point], mark.key-point-mark[data-testid]').length).toBe(2);
    expect(root.querySelector('img[hidden]')).not.toBeNull();
    expect(findProblems(root)).toEqual([]);
  });

  it("does not take a page's mark for Lede's", () => {
    const root = body(withAttr('mark', 'class', 'key-sentence evil'));
    expect(findProblems(root).join()).toContain('mark[class]');
    const mark = document.createElement('mark');
    mark.setAttribute('class', 'key-sentence');
    mark.setAttribute('onclick', 'alert(1)');
    expect(findProblems(body(() => mark))).toContain('mark[onclick]');
  });
});
