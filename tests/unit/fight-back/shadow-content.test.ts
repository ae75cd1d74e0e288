// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { withShadowContent } from '@/utils/extract/shadow-content';
import { readPage } from '@/utils/read-page';

const STORY = Array.from(
  { length: 5 },
  (_, i) => `The river authority opened the new flood gates on Monday after four years of work, paragraph ${i + 1} of the story, which the town had waited for.`,
);

/** A page whose story lives in shadow roots: `<news-story>` holds the headline and a slot, its
 * light children (the paragraphs) are assigned to the slot; one paragraph is inside a nested
 * component of its own. Built by script, as a page's components are. */
function componentPage(mode: 'open' | 'closed' = 'open'): Document {
  document.documentElement.innerHTML = '<head><title>Flood gates open</title></head><body><nav><a href="/">Home</a></nav><news-story></news-story><footer>© The Town Paper</footer></body>';
  const host = document.querySelector('news-story')!;
  for (const text of STORY.slice(0, 3)) host.insertAdjacentHTML('beforeend', `<p>${text}</p>`);
  const shadow = host.attachShadow({ mode });
  shadow.innerHTML = `<style>p { color: red }</style><article><h1>Flood gates open</h1><slot><p>fallback, never shown</p></slot><story-end></story-end><slot name="absent"><p>${STORY[4]}</p></slot></article>`;
  const inner = shadow.querySelector('story-end')!.attachShadow({ mode });
  inner.innerHTML = `<p>${STORY[3]}</p>`;
  return document;
}

describe('text in open shadow roots', () => {
  it('is composed where the page shows it: slots filled, nested roots opened, fallback where nothing is assigned', () => {
    const page = componentPage();
    const copy = withShadowContent(page);
    expect(copy).not.toBe(page);
    const text = copy.body.textContent!;
    expect(STORY.map((p) => text.indexOf(p))).toEqual([...STORY.map((p) => text.indexOf(p))].sort((a, b) => a - b));
    for (const p of STORY) expect(text).toContain(p);
    expect(text).not.toContain('fallback, never shown');
    expect(page.querySelector('news-story')!.children).toHaveLength(3); // the page itself is untouched
  });

  it('is read by readPage: the whole story, and no chrome', () => {
    const result = readPage(componentPage(), 'https://paper.example/floods');
    if (!result.ok) throw new Error(result.message);
    for (const p of STORY) expect(result.article.text).toContain(p);
    expect(result.article.text).not.toContain('The Town Paper');
  });

  it('a page with no shadow root is read as it is, not copied', () => {
    document.documentElement.innerHTML = `<body><article>${STORY.map((p) => `<p>${p}</p>`).join('')}</article></body>`;
    expect(withShadowContent(document)).toBe(document);
  });

  it('closed shadow roots stay closed', () => {
    const page = componentPage('closed');
    expect(withShadowContent(page)).toBe(page);
  });
});
