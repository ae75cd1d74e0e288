import { JSDOM } from 'jsdom';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleBody } from '@/components/ArticleBody';
import { extractArticle } from '@/utils/extract';
import { safeImageUrl, sanitizeHtml } from '@/utils/sanitize';
import { PAYLOADS } from './sanitize/payloads';

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
  const doc = new JSDOM(pageAround(payload), { url: URL }).window.document;
  const result = extractArticle(doc, URL);
  if (!result.ok) throw new Error(`no article: ${result.message}`);
  expect(result.article.text).toContain('fish market'); // the payload did not eat the article
  return sanitizeHtml(result.article.html);
}

const FORBIDDEN_TAGS = new Set([
  'script', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select',
  'object', 'embed', 'applet', 'frame', 'frameset', 'noscript', 'noembed', 'template', 'svg',
  'math', 'dialog', 'title', 'xmp', 'isindex', 'param', 'portal',
]);
const ALLOWED_IFRAME = /^https:\/\/(?:www\.youtube(?:-nocookie)?\.com\/embed\/|player\.vimeo\.com\/video\/|www\.dailymotion\.com\/embed\/video\/)[\w-]+(?:[?#]|$)/;
const FORBIDDEN_ATTRS = new Set(['style', 'class', 'id', 'name', 'srcdoc', 'action', 'formaction', 'ping', 'background', 'popover']);

/**
 * Parses `html` the way the sink does (innerHTML in a page with scripting on, where `noscript`
 * holds raw text) and lists every way it could still be dangerous. An empty list is safe.
 */
let sinkPage: JSDOM | null = null;
let alerted = false;

function problems(html: string): string[] {
  if (!sinkPage) {
    sinkPage = new JSDOM('<!doctype html><body><div id="sink"></div>', { runScripts: 'dangerously' });
    sinkPage.window.alert = () => {
      alerted = true;
    };
  }
  alerted = false;
  const dom = sinkPage;
  const sink = dom.window.document.getElementById('sink')!;
  sink.innerHTML = html;
  // Serialize and parse once more: a mutation-XSS payload shows on the second parse.
  const again = dom.window.document.createElement('div');
  again.innerHTML = sink.innerHTML;
  const found = [...check(sink), ...check(again).map((p) => `after re-parse: ${p}`)];
  if (alerted) found.push('alert() ran');
  return found;
}

function check(root: Element): string[] {
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName;
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`<${tag}> in ${el.namespaceURI}`);
    if (FORBIDDEN_TAGS.has(tag)) found.push(`<${tag}>`);
    if (tag === 'iframe' && !ALLOWED_IFRAME.test(el.getAttribute('src') ?? '')) found.push(`iframe ${el.getAttribute('src')}`);
    for (const { name, value } of Array.from(el.attributes)) {
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      // DOMPurify blanks `is` rather than removing it (an element's `is` can't be undone): harmless.
      if (name === 'is' && value !== '') found.push(`${tag}[is=${value}]`);
      if (FORBIDDEN_ATTRS.has(name) || name.includes(':')) found.push(`${tag}[${name}]`);
      if (name === 'target' && !el.hasAttribute('href')) found.push(`${tag}[target] without href`);
      if (name === 'href' && !/^(?:https?:\/\/|mailto:)/i.test(value)) found.push(`${tag}[href=${value}]`);
      if ((name === 'src' || name === 'poster' || name === 'cite') && !/^https?:\/\//i.test(value)) found.push(`${tag}[${name}=${value}]`);
      if (name === 'srcset' && value.split(/,\s+/).some((c) => !/^https?:\/\//i.test(c.trim()))) found.push(`${tag}[srcset=${value}]`);
    }
    if (el.hasAttribute('href')) {
      if (el.getAttribute('target') !== '_blank') found.push(`${tag} with href but target=${el.getAttribute('target')}`);
      if (el.getAttribute('rel') !== 'noopener noreferrer') found.push(`${tag} with href but rel=${el.getAttribute('rel')}`);
    }
  }
  return found;
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

  it('the checker itself sees each kind of danger (so a pass means something)', () => {
    expect(problems('<img src=x onerror=alert(1)>')).toContain('img[onerror]');
    expect(problems('<a href="javascript:alert(1)">x</a>').join()).toContain('href=javascript:');
    expect(problems('<a href="https://ok.example/">x</a>').join()).toContain('target=null');
    expect(problems('<svg><a></a></svg>').join()).toContain('http://www.w3.org/2000/svg');
    expect(problems('<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>')).toContain('img[onerror]');
    expect(problems('<iframe src="https://evil.example/"></iframe>').join()).toContain('iframe https://evil.example/');
    expect(problems('<p style="color:red" class="x">x</p>')).toEqual(['p[style]', 'p[class]', 'after re-parse: p[style]', 'after re-parse: p[class]']);
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

  it('lets only http(s) lead images through', () => {
    expect(safeImageUrl('https://example.com/a.jpg')).toBe('https://example.com/a.jpg');
    expect(safeImageUrl('javascript:alert(1)')).toBeNull();
    expect(safeImageUrl('data:image/png;base64,AAAA')).toBeNull();
    expect(safeImageUrl(null)).toBeNull();
  });
});
