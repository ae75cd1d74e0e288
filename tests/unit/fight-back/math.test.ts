// @vitest-environment jsdom
// jsdom, not happy-dom: DOMPurify sanitizes only there. The sanitizer admits no MathML: math
// reaches the reader as its TeX source.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { keepMath } from '@/utils/extract/math';
import { sanitizeHtml } from '@/utils/sanitize';

const PARAGRAPHS = Array.from(
  { length: 4 },
  (_, i) => `<p>The energy of a body at rest grows with its mass, as the physicist showed, and this is paragraph ${i + 1} of the lecture notes that follow the formula below.</p>`,
).join('');

// The renderers' own markup, shortened: KaTeX 0.16 (a MathML copy and a visual copy of spans),
// MathJax 3 CHTML (glyphs drawn by CSS, an assistive MathML copy), MathJax 2 (the TeX source in a
// script, after its preview and its rendered copy).
const MATHML = '<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mrow><annotation encoding="application/x-tex">E = mc^2</annotation></semantics></math>';
const KATEX = `<span class="katex-display"><span class="katex"><span class="katex-mathml">${MATHML}</span><span class="katex-html" aria-hidden="true"><span class="base"><span class="mord mathnormal">E</span><span class="mrel">=</span><span class="mord mathnormal">m</span><span class="mord"><span class="mord mathnormal">c</span><span class="msupsub">2</span></span></span></span></span></span>`;
const MATHJAX3 = `<mjx-container class="MathJax" jax="CHTML" display="true"><mjx-math class="MJX-TEX" aria-hidden="true"><mjx-mi class="mjx-i"><mjx-c class="mjx-c1D438"></mjx-c></mjx-mi></mjx-math><mjx-assistive-mml display="block">${MATHML}</mjx-assistive-mml></mjx-container>`;
const MATHJAX2 = '<span class="MathJax_Preview">E=mc^2</span><span class="MathJax" id="MathJax-Element-1-Frame"><nobr><span class="math"><span class="mi">E</span></span></nobr></span><script type="math/tex; mode=display" id="MathJax-Element-1">E = mc^2</script>';

function article(formula: string) {
  document.documentElement.innerHTML = `<head><title>Lecture notes</title></head><body><article><h1>Lecture notes</h1>${PARAGRAPHS}<p>The formula:</p>${formula}${PARAGRAPHS}</article></body>`;
  const result = extractArticle(document, 'https://notes.example/energy');
  if (!result.ok) throw new Error(result.message);
  return result.article;
}

describe('math', () => {
  it('KaTeX: the formula reaches the reader once, as its TeX source, without the visual copy', () => {
    const a = article(KATEX);
    const clean = sanitizeHtml(a.html);
    expect(clean).toContain('<code>\\[E = mc^2\\]</code>');
    expect(a.text).toContain('\\[E = mc^2\\]');
    expect(a.text).not.toMatch(/E=mc|mc2/); // neither copy's letters
  });

  it('MathJax 3: the TeX of the assistive MathML replaces the glyphs drawn by CSS', () => {
    const a = article(MATHJAX3);
    expect(sanitizeHtml(a.html)).toContain('<code>\\[E = mc^2\\]</code>');
    expect(a.html).not.toMatch(/mjx-/);
  });

  it('MathJax 2: the TeX source is kept as code, once, and its rendered copies go', () => {
    const a = article(MATHJAX2);
    expect(a.text).toContain('\\[E = mc^2\\]');
    expect(a.text.match(/mc\^2/g)).toHaveLength(1);
    expect(sanitizeHtml(a.html)).toContain('<code>\\[E = mc^2\\]</code>');
  });

  it('MathML with no TeX is kept as its text; inline TeX is written \\( \\)', () => {
    document.body.innerHTML = '<p>So <math><mi>x</mi><mo>+</mo><mn>1</mn></math> and <script type="math/tex">x^2</script>.</p>';
    keepMath(document);
    expect(document.body.innerHTML).toBe('<p>So <span>x+1</span> and <code>\\(x^2\\)</code>.</p>');
  });

  it('a page with no math is left as it is', () => {
    document.body.innerHTML = '<p>No math <span class="mathematics">here</span>.</p>';
    keepMath(document);
    expect(document.body.innerHTML).toBe('<p>No math <span class="mathematics">here</span>.</p>');
  });
});
