import { JSDOM } from 'jsdom';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleBody } from '@/components/ArticleBody';
import { extractArticle } from '@/utils/extract';
import { parseSrcset, safeImageUrl, safeUrl, sanitizeHtml, serializeSrcset } from '@/utils/sanitize';
import DOMPURIFY_CASES from '../fixtures/dompurify/expect.mjs';
import { PAYLOADS } from './sanitize/payloads';
import { problems } from './sanitize/sink';

const URL = 'https://news.example/2024/06/harbour-plan';

const PARAGRAPHS = [
  'The city council voted on Tuesday to approve the long-debated plan for the old harbour, ending three years of hearings, studies and public meetings that split the neighbourhoods along the water.',
  'Under the plan, the warehouses on the north quay will be turned into housing and workshops, while the south quay keeps its working boats and the fish market that has stood there since the war.',
  'Opponents said the council had not answered their questions about flooding, and promised to take the decision to the regional court before the first building permits are granted next spring.',
  'The mayor said the vote was a compromise that nobody loved, which in her experience was what a good compromise looked like, and thanked the residents who had come to every single meeting.',
];

/** A news page with `payload` in the middle of its article body. */
function pageAround(payload: string): string {
  const [p1, p2, p3, p4] = PARAGRAPHS;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves the harbour plan</title></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Council approves the harbour plan</h1><p class="byline">By Ana Example</p>
<p>${p1}</p><p>${p2}</p>
<div class="body-part">${payload}</div>
<p>${p3}</p><p>${p4}</p></article></main>
<footer><p>© News Example</p></footer></body></html>`;
}

/** The whole road of an article body: the page's HTML → extractArticle → sanitizeHtml. */
function throughPipeline(payload: string): string {
  const html = extractedAround(payload);
  if (html === null) throw new Error('no article');
  return html;
}

/** The sanitized article of a page with `payload` in it, or null when the page is no article (then
 * nothing reaches the reader). `whole` is set when the article kept all its paragraphs. */
function extractedAround(payload: string, seen?: { whole: boolean }): string | null {
  const doc = new JSDOM(pageAround(payload), { url: URL }).window.document;
  const result = extractArticle(doc, URL);
  if (!result.ok) return null;
  const whole = result.article.text.includes('fish market'); // the payload did not eat the article
  if (seen) seen.whole = whole;
  else expect(whole).toBe(true);
  return sanitizeHtml(result.article.html);
}

/** `html` as a page in standards mode (as Lede's are) parses it and writes it out again. */
function reparsed(html: string): string {
  const div = new JSDOM('<!doctype html><body>').window.document.createElement('div');
  div.innerHTML = html;
  return div.innerHTML;
}

/** `<img srcset>` as the sanitizer leaves it (null: removed). */
function srcsetAfter(srcset: string, tag: 'img' | 'source' = 'img'): string | null {
  const html = tag === 'img' ? `<img srcset="${srcset}" alt="">` : `<picture><source srcset="${srcset}"><img alt=""></picture>`;
  const doc = new JSDOM(sanitizeHtml(html)).window.document;
  return doc.querySelector(tag)!.getAttribute('srcset');
}

describe('the sanitizer against XSS payloads inside article bodies', () => {
  it('has at least 50 payloads', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
  });

  describe.each(PAYLOADS)('%s', (_name, payload) => {
    it('survives neither extraction + sanitizing nor sanitizing alone', () => {
      expect(problems(throughPipeline(payload))).toEqual([]);
      // Readability is not a security boundary: the sanitizer must hold on the raw page HTML too.
      expect(problems(sanitizeHtml(payload))).toEqual([]);
      expect(problems(sanitizeHtml(`<p>before</p>${payload}<p>after</p>`))).toEqual([]);
    });
  });
});

describe('what the sanitizer keeps', () => {
  it('keeps YouTube and Vimeo embeds, sandboxed', () => {
    const html = sanitizeHtml(
      '<p>Watch:</p><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ?start=10" width="560" height="315" allowfullscreen></iframe>' +
        '<iframe src="https://player.vimeo.com/video/76979871"></iframe>' +
        '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"></iframe>',
    );
    const frames = Array.from(new JSDOM(html).window.document.querySelectorAll('iframe'));
    expect(frames.map((f) => f.getAttribute('src'))).toEqual([
      'https://www.youtube.com/embed/dQw4w9WgXcQ?start=10',
      'https://player.vimeo.com/video/76979871',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    ]);
    for (const frame of frames) {
      expect(frame.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin allow-presentation');
      expect(frame.hasAttribute('srcdoc')).toBe(false);
    }
    expect(frames[0]!.hasAttribute('allowfullscreen')).toBe(true);
    expect(problems(html)).toEqual([]);
  });

  it('keeps a YouTube embed through the whole pipeline', () => {
    const html = throughPipeline('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" width="560" height="315"></iframe>');
    expect(html).toContain('src="https://www.youtube.com/embed/dQw4w9WgXcQ"');
  });

  it('keeps ordinary article HTML intact', () => {
    const article = `<h2>The plan</h2>
<p>Read <a href="https://city.example/plan.pdf" title="The plan">the plan</a>, or write to <a href="mailto:council@city.example">the council</a>. <strong>Bold</strong>, <em>em</em>, <code>x &lt; y</code>, H<sub>2</sub>O, x<sup>2</sup>, <abbr title="Environmental impact study">EIS</abbr>, <time datetime="2024-06-18">June 18</time>.</p>
<figure><picture><source srcset="https://img.example/quay.webp 1x, https://img.example/quay@2x.webp 2x" type="image/webp"><img src="https://img.example/quay.jpg" srcset="https://img.example/quay-400.jpg 400w, https://img.example/quay-800.jpg 800w" sizes="(max-width: 600px) 400px, 800px" alt="The north quay at dawn" width="800" height="450"></picture><figcaption>The north quay at dawn. <cite>Photo: A. Example</cite></figcaption></figure>
<blockquote cite="https://city.example/minutes"><p>“Nobody loved it,” the mayor said.</p></blockquote>
<ul><li>Housing</li><li>Workshops<ol start="3" reversed><li>small</li><li>large</li></ol></li></ul>
<table><caption>Votes</caption><thead><tr><th scope="col">Party</th><th scope="col">For</th></tr></thead><tbody><tr><td>Greens</td><td colspan="2" rowspan="1">7</td></tr></tbody></table>
<pre><code>if (tide &gt; 2.5) {
  closeGates();
}</code></pre>
<h3>Background</h3><hr><p dir="rtl" lang="ar">مرحبا</p><dl><dt>Quay</dt><dd>A platform</dd></dl>
<video controls src="https://media.example/v.mp4" poster="https://media.example/v.jpg"></video>`;
    const html = sanitizeHtml(article);
    expect(problems(html)).toEqual([]);
    const doc = new JSDOM(html).window.document;
    const count = (selector: string) => doc.querySelectorAll(selector).length;
    expect(count('h2')).toBe(1);
    expect(count('h3')).toBe(1);
    expect(count('figure picture source[srcset]')).toBe(1);
    expect(doc.querySelector('picture source')!.getAttribute('srcset')).toBe('https://img.example/quay.webp 1x, https://img.example/quay@2x.webp 2x');
    const img = doc.querySelector('figure img')!;
    expect(img.getAttribute('src')).toBe('https://img.example/quay.jpg');
    expect(img.getAttribute('srcset')).toBe('https://img.example/quay-400.jpg 400w, https://img.example/quay-800.jpg 800w');
    expect(img.getAttribute('sizes')).toBe('(max-width: 600px) 400px, 800px');
    expect(img.getAttribute('alt')).toBe('The north quay at dawn');
    expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(doc.querySelector('figcaption')!.textContent).toBe('The north quay at dawn. Photo: A. Example');
    expect(doc.querySelector('blockquote')!.getAttribute('cite')).toBe('https://city.example/minutes');
    expect(count('ul > li')).toBe(2);
    expect(doc.querySelector('ol')!.getAttribute('start')).toBe('3');
    expect(count('table caption')).toBe(1);
    expect(count('table thead th[scope=col]')).toBe(2);
    expect(doc.querySelector('td[colspan="2"]')!.textContent).toBe('7');
    expect(doc.querySelector('pre > code')!.textContent).toBe('if (tide > 2.5) {\n  closeGates();\n}');
    expect(doc.querySelector('p[dir=rtl][lang=ar]')!.textContent).toBe('مرحبا');
    expect(count('dl dt')).toBe(1);
    expect(count('hr')).toBe(1);
    expect(doc.querySelector('video')!.getAttribute('poster')).toBe('https://media.example/v.jpg');
    expect(count('abbr[title]')).toBe(1);
    expect(doc.querySelector('time')!.getAttribute('datetime')).toBe('2024-06-18');
    const links = Array.from(doc.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://city.example/plan.pdf', 'mailto:council@city.example']);
    expect(links[0]!.getAttribute('title')).toBe('The plan');
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(doc.body.textContent).toContain('x < y');
  });

  it('keeps the text of what it removes when the text is content', () => {
    const html = sanitizeHtml('<p>See <a href="javascript:alert(1)">the map</a> and <a href="#note-1">note 1</a>.</p>');
    const doc = new JSDOM(html).window.document;
    expect(doc.body.textContent).toBe('See the map and note 1.');
    expect(doc.querySelectorAll('a[href]').length).toBe(0);
  });
});

describe('ArticleBody, the one sink', () => {
  let container: HTMLElement | null = null;
  afterEach(() => {
    if (container) render(null, container);
    container?.remove();
    container = null;
  });

  it('renders sanitized HTML only', () => {
    container = document.createElement('div');
    document.body.append(container);
    render(
      <ArticleBody
        html={'<p>Safe text</p><img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a><a href="https://ok.example/">ok</a>'}
        lang="en"
        dir="ltr"
      />,
      container,
    );
    const body = container.querySelector('[data-testid=article-body]')!;
    expect(body.getAttribute('dir')).toBe('ltr');
    expect(body.getAttribute('lang')).toBe('en');
    expect(body.textContent).toContain('Safe text');
    expect(body.querySelector('script')).toBeNull();
    expect(body.querySelector('img')!.hasAttribute('onerror')).toBe(false);
    expect(problems(body.innerHTML)).toEqual([]);
    expect(body.querySelector('a[href="https://ok.example/"]')!.getAttribute('target')).toBe('_blank');
  });
});

describe('sanitizing twice', () => {
  it('gives back the same bytes, so an export imported again is the same article', () => {
    const html =
      '<p>Watch <a href="https://example.com/a">this</a>:</p>' +
      '<iframe src="https://www.youtube.com/embed/abc123" loading="eager" allowfullscreen></iframe>' +
      '<img src="https://example.com/i.jpg" srcset="https://example.com/i.jpg 1x, https://example.com/i2.jpg 2x">';
    const once = sanitizeHtml(html);
    expect(sanitizeHtml(once)).toBe(once);
  });

  it.each([
    ['a table that moved a link into a link', '<a href="https://x.example/"><table><a href="https://y.example/">y</a></table></a>'],
    ['the same, deeper', '<a><span><table><a></a></table></span>'],
    ['a paragraph in a paragraph, once the button between them is gone', '<p><button><table><p>x</table></button></p>'],
    ['a heading in a heading, the same way', '<h1><button><h2>x</h2></button></h1>'],
    ['a table in a paragraph (parsed as the page parses it, not in quirks mode)', '<p><table><tr><td>x</td></tr></table></p>'],
    ['an `is` that DOMPurify blanks', '<img is="x-evil" src="https://example.com/i.jpg">'],
  ])('gives back the same bytes for %s, which the reader parses into the tree they were written from', (_name, html) => {
    const once = sanitizeHtml(html);
    expect(sanitizeHtml(once)).toBe(once);
    expect(reparsed(once)).toBe(once);
    expect(problems(once)).toEqual([]);
  });

  it('lets only http(s) lead images through', () => {
    expect(safeImageUrl('https://example.com/a.jpg')).toBe('https://example.com/a.jpg');
    expect(safeImageUrl('javascript:alert(1)')).toBeNull();
    expect(safeImageUrl('data:image/png;base64,AAAA')).toBeNull();
    expect(safeImageUrl(null)).toBeNull();
  });
});

describe("DOMPurify's own payload suite (tests/fixtures/dompurify)", () => {
  // 223 cases in DOMPurify 3.4.14's suite.
  it('is all there', () => {
    expect(DOMPURIFY_CASES.length).toBeGreaterThanOrEqual(200);
  });

  const outcome = { extracted: 0, whole: 0 };
  describe.each(DOMPURIFY_CASES.map((c, i) => [`${i + 1}: ${c.title}`, c.payload] as const))('%s', (_title, payload) => {
    it('leaves nothing dangerous, through the whole pipeline and through sanitizeHtml alone', () => {
      const seen = { whole: false };
      const html = extractedAround(payload, seen);
      if (html !== null) {
        outcome.extracted++;
        if (seen.whole) outcome.whole++;
        expect(problems(html)).toEqual([]);
      }
      expect(problems(sanitizeHtml(payload))).toEqual([]);
      expect(problems(sanitizeHtml(`<p>before</p>${payload}<p>after</p>`))).toEqual([]);
    });
  });

  it('reaches the reader as an article for nearly every payload (a payload may swallow the rest of its page)', () => {
    expect(outcome.extracted).toBeGreaterThanOrEqual(DOMPURIFY_CASES.length - 10);
    console.info(`DOMPurify payloads: ${DOMPURIFY_CASES.length}; extracted as an article: ${outcome.extracted}, with the article whole: ${outcome.whole}`);
  });
});

describe('parseSrcset, as the HTML standard parses a srcset', () => {
  const parsed = (srcset: string) => parseSrcset(srcset).map(({ url, descriptors }) => [url, ...descriptors].join(' '));

  it('keeps commas inside a URL', () => {
    expect(parsed('https://a.example/x,y.jpg 1x')).toEqual(['https://a.example/x,y.jpg 1x']);
    expect(parsed('https://a.example/x,y.jpg 1x, https://a.example/z,w.jpg 2x')).toEqual(['https://a.example/x,y.jpg 1x', 'https://a.example/z,w.jpg 2x']);
    // No whitespace at all: one URL with a comma in it, not two candidates.
    expect(parsed('a.jpg,b.jpg')).toEqual(['a.jpg,b.jpg']);
  });

  it('reads candidates with no descriptor, and strips the commas a URL ends with', () => {
    expect(parsed('a.jpg')).toEqual(['a.jpg']);
    expect(parsed('a.jpg, b.jpg')).toEqual(['a.jpg', 'b.jpg']);
    expect(parsed('a.jpg,, b.jpg,')).toEqual(['a.jpg', 'b.jpg']);
    expect(parsed('a.jpg 1x,b.jpg')).toEqual(['a.jpg 1x', 'b.jpg']);
  });

  it('ends descriptors at a comma with no space after it', () => {
    expect(parsed('a.jpg 1x,b.jpg 2x')).toEqual(['a.jpg 1x', 'b.jpg 2x']);
    expect(parsed('a.jpg 1x,javascript:alert(1) 2x')).toEqual(['a.jpg 1x', 'javascript:alert(1) 2x']);
    expect(parsed('a.jpg 1x, b.jpg 2x,javascript:x 3x')).toEqual(['a.jpg 1x', 'b.jpg 2x', 'javascript:x 3x']);
  });

  it('reads width and density descriptors, and drops candidates a browser would drop', () => {
    expect(parsed('a.jpg 400w, b.jpg 800w')).toEqual(['a.jpg 400w', 'b.jpg 800w']);
    expect(parsed('a.jpg 400w 300h')).toEqual(['a.jpg 400w 300h']);
    expect(parsed('a.jpg 1.5x, b.jpg .5x, c.jpg 1e1x')).toEqual(['a.jpg 1.5x', 'b.jpg .5x', 'c.jpg 1e1x']);
    for (const bad of ['a.jpg 300h', 'a.jpg 1x 2x', 'a.jpg 400w 1x', 'a.jpg 0w', 'a.jpg -1x', 'a.jpg 1.x', 'a.jpg big', 'a.jpg 4.5w']) {
      expect(parsed(`${bad}, ok.jpg 2x`), bad).toEqual(['ok.jpg 2x']);
    }
  });

  it('does not end a descriptor at a comma inside parentheses', () => {
    expect(parsed('a.jpg (foo, bar) 1x, b.jpg 2x')).toEqual(['b.jpg 2x']);
    expect(parsed('a.jpg 1x(a,b), b.jpg 2x')).toEqual(['b.jpg 2x']);
    // An unclosed parenthesis takes the rest of the attribute into its descriptor.
    expect(parsed('a.jpg (1x, javascript:x 2x')).toEqual([]);
  });

  it('skips empty candidates and whitespace of every ASCII kind', () => {
    expect(parsed('')).toEqual([]);
    expect(parsed(' , ,, ')).toEqual([]);
    expect(parsed(',,a.jpg 1x,,, ,b.jpg 2x,')).toEqual(['a.jpg 1x', 'b.jpg 2x']);
    expect(parsed('\ta.jpg\n1x,\fb.jpg\r2x')).toEqual(['a.jpg 1x', 'b.jpg 2x']);
  });

  it('serializes candidates back so that they parse the same', () => {
    for (const srcset of ['a.jpg,b.jpg', 'a.jpg 1x,b.jpg', 'x,y.jpg 1x, z.jpg 400w 300h', ',,a.jpg,,']) {
      const candidates = parseSrcset(srcset);
      expect(parseSrcset(serializeSrcset(candidates))).toEqual(candidates);
    }
    expect(serializeSrcset(parseSrcset('a.jpg 1x,b.jpg   2x'))).toBe('a.jpg 1x, b.jpg 2x');
  });
});

describe('URLs: absolute http(s), off the local machine, in every attribute (issue #16)', () => {
  it('keeps only the http(s) candidates of a srcset, however they are separated', () => {
    expect(srcsetAfter('https://ok.example/a.jpg 1x,javascript:alert(1) 2x')).toBe('https://ok.example/a.jpg 1x');
    expect(srcsetAfter('https://ok.example/a.jpg 1x,javascript:alert(1)')).toBe('https://ok.example/a.jpg 1x');
    expect(srcsetAfter('https://ok.example/a.jpg 1x, https://ok.example/b.jpg 2x,javascript:x 3x')).toBe('https://ok.example/a.jpg 1x, https://ok.example/b.jpg 2x');
    expect(srcsetAfter('javascript:alert(1) 1x')).toBeNull();
    // One URL, as a browser reads it: an https one with a comma in its path.
    expect(srcsetAfter('https://ok.example/a.jpg,javascript:alert(1)')).toBe('https://ok.example/a.jpg,javascript:alert(1)');
  });

  it('drops data:, chrome-extension: and relative candidates, which Chromium loads at high density', () => {
    expect(srcsetAfter('https://ok.example/a.jpg 1x,data:image/svg+xml,%3Csvg%3E 2x')).toBe('https://ok.example/a.jpg 1x');
    expect(srcsetAfter('https://ok.example/a.jpg 1x, data:image/png;base64,AAAA 2x')).toBe('https://ok.example/a.jpg 1x');
    expect(srcsetAfter('https://ok.example/a.jpg 1x,chrome-extension://abcdefghijklmnop/icon.png 2x')).toBe('https://ok.example/a.jpg 1x');
    expect(srcsetAfter('https://ok.example/a.jpg 1x, /local.png 2x, //cdn.example/b.png 3x')).toBe('https://ok.example/a.jpg 1x');
    expect(srcsetAfter('https://ok.example/a.jpg 1x,blob:https://ok.example/x 2x,file:///etc/passwd 3x', 'source')).toBe('https://ok.example/a.jpg 1x');
  });

  it('drops loopback candidates, however the host is spelled', () => {
    for (const host of ['127.0.0.1', '127.8.9.10:8080', 'localhost', 'LOCALHOST:3000', 'app.localhost', '[::1]', '0x7f.1', '2130706433', '0.0.0.0', '[::ffff:127.0.0.1]']) {
      expect(srcsetAfter(`https://ok.example/a.jpg 1x,http://${host}/x.png 2x`), host).toBe('https://ok.example/a.jpg 1x');
    }
    expect(srcsetAfter('https://localhost.ok.example/a.jpg 1x, https://128.0.0.1/b.jpg 2x')).toBe('https://localhost.ok.example/a.jpg 1x, https://128.0.0.1/b.jpg 2x');
  });

  it('writes back a srcset that reads the same the second time', () => {
    // Without the control character, this URL would end in a comma: read again, `1x` would be a
    // (relative) URL of its own.
    expect(srcsetAfter('https://ok.example/a,&#x01; 1x, https://ok.example/b.jpg 2x')).toBe('https://ok.example/b.jpg 2x');
    expect(srcsetAfter('&#x01;https://ok.example/a.jpg 1x')).toBe('https://ok.example/a.jpg 1x');
  });

  it('keeps good srcsets as they are, case and all', () => {
    expect(srcsetAfter('HTTPS://ok.example/a.jpg 1x, Http://ok.example/b.jpg 2x')).toBe('HTTPS://ok.example/a.jpg 1x, Http://ok.example/b.jpg 2x');
    expect(srcsetAfter('https://ok.example/a,b.jpg 400w,https://ok.example/c.jpg 800w', 'source')).toBe('https://ok.example/a,b.jpg 400w, https://ok.example/c.jpg 800w');
  });

  it('applies the same rule to src, href, poster and cite: loopback is dropped there too', () => {
    const doc = new JSDOM(
      sanitizeHtml(
        '<img src="http://127.0.0.1:631/printers" alt="a"><a href="http://localhost:8080/admin">admin</a><a href="http://[::1]/">b</a>' +
          '<video src="http://0x7f.1/v.mp4" poster="http://localhost/p.jpg"></video><blockquote cite="http://127.0.0.1/">q</blockquote>' +
          '<img src="https://ok.example/a.jpg" alt="b"><a href="mailto:desk@news.example">mail</a>',
      ),
    ).window.document;
    expect(Array.from(doc.querySelectorAll('[src],[href],[poster],[cite]'), (el) => el.outerHTML.replace(/>.*$/, '>'))).toEqual([
      '<img src="https://ok.example/a.jpg" alt="b" referrerpolicy="no-referrer">',
      '<a href="mailto:desk@news.example" target="_blank" rel="noopener noreferrer">',
    ]);
  });

  it('reads a URL as the URL parser does: only C0 controls and spaces are trimmed', () => {
    const src = (value: string) => new JSDOM(sanitizeHtml(`<img src="${value}" alt="">`)).window.document.querySelector('img')!.getAttribute('src');
    expect(src(' https://ok.example/a.jpg\n')).toBe('https://ok.example/a.jpg');
    expect(src('&#x01;https://ok.example/a.jpg')).toBe('https://ok.example/a.jpg');
    // DOMPurify trims attributes the way String.trim does, so the no-break space is gone before
    // the URL is checked (see safeUrl below for a URL that meets no DOMPurify).
    expect(src('&nbsp;https://ok.example/a.jpg')).toBe('https://ok.example/a.jpg');
    expect(src('java&#x09;script:alert(1)')).toBeNull();
    expect(src('https:ok.example/a.jpg')).toBeNull();
  });

  it('removes URLs in attributes forbidden anyway (action, formaction, background, xlink:href)', () => {
    const html = sanitizeHtml(
      '<table background="https://ok.example/bg.png"><tr><td background="javascript:alert(1)">x</td></tr></table>' +
        '<form action="https://ok.example/"><button formaction="https://ok.example/">b</button></form>' +
        '<p xlink:href="javascript:alert(1)">p</p><svg><a xlink:href="https://ok.example/">s</a></svg>',
    );
    expect(html).not.toMatch(/background|action|xlink|href/);
    expect(problems(html)).toEqual([]);
  });

  it('has one rule for URLs: safeUrl', () => {
    expect(safeUrl('https://ok.example/')).toBe('https://ok.example/');
    expect(safeUrl('mailto:a@ok.example')).toBeNull();
    expect(safeUrl('mailto:a@ok.example', { mailto: true })).toBe('mailto:a@ok.example');
    expect(safeUrl('http://localhost/', { mailto: true })).toBeNull();
    expect(safeUrl('https://[::1')).toBeNull();
    // A no-break space in front makes it a relative URL, which the reader would resolve to one of
    // its own pages: only what the URL parser strips is trimmed.
    expect(safeUrl('\u00a0https://ok.example/')).toBeNull();
    expect(safeUrl('\u0001 https://ok.example/\n')).toBe('https://ok.example/');
    expect(safeImageUrl('http://127.0.0.1/lead.jpg')).toBeNull();
    expect(safeImageUrl(' https://ok.example/lead.jpg ')).toBe('https://ok.example/lead.jpg');
  });
});
