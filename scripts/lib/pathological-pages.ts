/**
 * Pages built to break an extractor (issue #11, robustness): each is generated, not stored, so
 * its size is a parameter. The unit tests read them through the Node runner, the end-to-end test
 * serves them to Chromium, and the bench times both. Every page but the article-free ones has the
 * same short story inside it, so "read" can be checked by its first and last sentence.
 */

export const STORY_FIRST = 'The river authority opened the new flood gates on Monday after four years of work.';
export const STORY_LAST = 'The authority said the next review of the defences is due in the spring.';

const STORY_MIDDLE = [
  'Engineers from three firms built the gates, which can close within twenty minutes when the tide rises faster than forecast.',
  'Residents of the lower town, flooded twice in the past decade, had asked for the work since the storm that closed the bridge for a month.',
  'The project cost more than planned, mostly because the old quay walls had to be rebuilt before the gates could be fixed to them.',
  'A local shop owner said the town could finally plan a winter without sandbags, and that the market would stay open on stormy days.',
];

/** The story as paragraphs, first and last sentence included. */
export function storyHtml(): string {
  return [STORY_FIRST, ...STORY_MIDDLE, STORY_LAST].map((text) => `<p>${text}</p>`).join('\n');
}

const page = (body: string, head = '<title>Flood gates open</title>') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

export interface PathologicalPage {
  name: string;
  /** What it is, for the bench table and the test names. */
  what: string;
  /** true: the story is read whole; false: a clear "not an article" reason is the right answer. */
  article: boolean;
  html: () => string | Uint8Array;
}

/** The generated pages, from `scale` 1 (the sizes the issue names) down to smaller ones for
 * quick checks (0.1: a tenth of every count). */
export function pathologicalPages(scale = 1): PathologicalPage[] {
  const n = (count: number) => Math.max(1, Math.round(count * scale));
  return [
    {
      name: 'many-nodes',
      what: `${n(100_000).toLocaleString('en')} elements of page chrome around the story`,
      article: true,
      html: () =>
        page(
          `<nav>${repeat(n(25_000), (i) => `<div class="menu"><span><a href="/s/${i}">Section ${i}</a></span></div>`)}</nav>` +
            `<article><h1>Flood gates open</h1>${storyHtml()}</article>`,
        ),
    },
    {
      name: 'deep-nesting',
      what: `the story under ${n(5_000).toLocaleString('en')} nested elements`,
      article: true,
      html: () => page(`${'<div>'.repeat(n(5_000))}<article><h1>Flood gates open</h1>${storyHtml()}</article>${'</div>'.repeat(n(5_000))}`),
    },
    {
      name: 'huge-paragraph',
      // Some 900,000 words at full size, 180,000 at a fifth: past MAX_ARTICLE_WORDS either way,
      // so "far too long", in bounded time.
      what: `a paragraph of ${(n(5_000_000) / 1e6).toFixed(1)} MB after the story`,
      article: false,
      html: () => {
        const sentence = 'The gates were tested again and again through the night while the water rose. ';
        return page(`<article><h1>Flood gates open</h1>${storyHtml().replace(`<p>${STORY_LAST}</p>`, `<p>${sentence.repeat(Math.ceil(n(5_000_000) / sentence.length))}</p><p>${STORY_LAST}</p>`)}</article>`);
      },
    },
    {
      name: 'many-images',
      what: `${n(2_000).toLocaleString('en')} images in the story`,
      article: true,
      html: () =>
        page(
          `<article><h1>Flood gates open</h1>${storyHtml().replace('</p>', `</p>${repeat(n(2_000), (i) => `<img src="/img/${i}.jpg" alt="Gate ${i}" width="40" height="30">`)}`)}</article>`,
        ),
    },
    {
      name: 'many-links',
      what: `${n(20_000).toLocaleString('en')} links inside the story`,
      article: true,
      html: () => {
        // Each link a word of a long sentence: the article's text is mostly prose, not a link list.
        const linked = repeat(n(20_000), (i) => `a gate <a href="/gate/${i}">number ${i}</a> was checked,`, ' ');
        return page(`<article><h1>Flood gates open</h1>${storyHtml().replace(`<p>${STORY_LAST}</p>`, `<p>The log reads: ${linked} and all of them held.</p><p>${STORY_LAST}</p>`)}</article>`);
      },
    },
    {
      name: 'frameset',
      what: 'a frameset page (its content is in other documents)',
      article: false,
      html: () =>
        '<!doctype html><html><head><title>Frames</title></head><frameset cols="25%,75%"><frame src="/menu.html"><frame src="/story.html"></frameset></html>',
    },
    {
      name: 'empty-body',
      what: 'an empty body',
      article: false,
      html: () => page(''),
    },
    {
      name: 'random-bytes',
      what: `${(n(64 * 1024) / 1024).toFixed(0)} KiB of random bytes served as a page`,
      article: false,
      html: () => randomBytes(n(64 * 1024)),
    },
  ];
}

function repeat(count: number, item: (i: number) => string, separator = ''): string {
  const parts: string[] = new Array(count);
  for (let i = 0; i < count; i++) parts[i] = item(i);
  return parts.join(separator);
}

/** Bytes from a fixed-seed generator (xorshift32): the same "random" page on every run. */
export function randomBytes(length: number, seed = 0x2545f491): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    bytes[i] = x & 0xff;
  }
  return bytes;
}
