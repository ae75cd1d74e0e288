/**
 * Math that reader modes lose (issue #12). Typeset math reaches the page as a renderer's markup:
 * KaTeX and MathJax 3 draw it with spans or custom elements whose glyphs are CSS (a jumble of
 * letters once Readability keeps their text, or nothing at all) and keep a MathML copy beside the
 * drawing, which carries the TeX it was made from; MathJax 2 keeps the TeX in a
 * `<script type="math/tex">`, which Readability drops with every script. On the copy Readability
 * reads, each formula becomes its TeX source in a `<code>`, `\(…\)` inline and `\[…\]` on a line
 * of its own, as people write math in plain text; MathML with no TeX becomes its text.
 *
 * Lede's sanitizer admits no MathML (foreign content is where mutation XSS lives, and its checker
 * refuses any), so math is kept as text a reader can read, not as typeset MathML.
 *
 * Selectors name the renderers' own documented markup (`.katex`, `<mjx-container>`, `math/tex`),
 * never a site's.
 */

/** KaTeX's formula (MathML and visual copy) and MathJax 3's. */
const RENDERED = '.katex, mjx-container';
/** KaTeX's and MathJax 3's marks of a formula on a line of its own. */
const DISPLAY = '.katex-display, mjx-container[display="true"], math[display="block"]';
/** MathJax 2: the TeX source, and the rendered copies it puts before it. */
const MATHJAX2_SOURCE = 'script[type^="math/tex"]';
const MATHJAX2_RENDERED = /^(?:MathJax(?:_Preview|_Display|_CHTML|_SVG|_HTML)?|MJX_Assistive_MathML)$/;
const TEX_ANNOTATION = 'annotation[encoding="application/x-tex"], annotation[encoding="TeX"]';

export function keepMath(doc: Document): void {
  if (!hasMath(doc)) return;
  for (const el of Array.from(doc.querySelectorAll(RENDERED))) {
    if (!el.isConnected) continue;
    const math = el.querySelector('math');
    if (math) el.replaceWith(formula(doc, math, el.closest(DISPLAY) !== null));
  }
  for (const math of Array.from(doc.querySelectorAll('math'))) {
    if (math.isConnected) math.replaceWith(formula(doc, math, math.matches(DISPLAY)));
  }
  for (const script of Array.from(doc.querySelectorAll(MATHJAX2_SOURCE))) {
    removeRenderedCopies(script);
    script.replaceWith(tex(doc, script.textContent ?? '', /mode=display/.test(script.getAttribute('type') ?? '')));
  }
}

/** Whether the page has any math, by tag and class lookups (fast in jsdom too, where a selector
 * query over the whole page costs tens of milliseconds): most pages have none. */
function hasMath(doc: Document): boolean {
  if (doc.getElementsByTagName('math').length || doc.getElementsByTagName('mjx-container').length || doc.getElementsByClassName('katex').length) return true;
  return Array.from(doc.getElementsByTagName('script')).some((script) => /^math\/tex/i.test(script.getAttribute('type') ?? ''));
}

/** The formula as its TeX when the MathML carries it, else as the MathML's own text. */
function formula(doc: Document, math: Element, display: boolean): Node {
  const source = math.querySelector(TEX_ANNOTATION)?.textContent?.trim();
  if (source) return tex(doc, source, display);
  for (const annotation of Array.from(math.querySelectorAll('annotation, annotation-xml'))) annotation.remove();
  const span = doc.createElement('span');
  span.textContent = (math.textContent ?? '').replace(/\s+/g, ' ').trim();
  return span;
}

function tex(doc: Document, source: string, display: boolean): Element {
  const code = doc.createElement('code');
  code.textContent = display ? `\\[${source}\\]` : `\\(${source}\\)`;
  return code;
}

/** MathJax 2 puts its preview and its output just before the script that holds the source. */
function removeRenderedCopies(script: Element): void {
  for (let prev = script.previousElementSibling; prev && isRenderedCopy(prev); prev = script.previousElementSibling) prev.remove();
}

function isRenderedCopy(el: Element): boolean {
  return Array.from(el.classList).some((name) => MATHJAX2_RENDERED.test(name));
}
