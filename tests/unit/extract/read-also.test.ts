import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';

/**
 * "Read also" blocks that Readability keeps and Lede removes, one page for each of Lede's rules
 * (issue #17): the class rule and the text rule of utils/extract/prepare.ts, and the trailing
 * trim of utils/extract/trim.ts. The seed page's "Read Also" is a link-dense <div>, which
 * Readability drops by itself; a <p> it never judges by its links, so these are paragraphs.
 * Each page first checks that Readability alone keeps the block: otherwise the test says
 * nothing of Lede's rule.
 */

const URL_ = 'https://harbourgazette.example/local/2025/dredging-vote';

const PARAGRAPHS = [
  'The harbour board voted on Thursday night to dredge the inner channel for the first time since 1978, after two cargo ships ran aground on the silt bar in the space of a month.',
  'The work will take most of next summer and will close the fishing quay for six weeks, a delay the skippers’ association says its members can live with if the boats are moved in turn.',
  'Engineers told the meeting that the channel has lost almost a metre of depth in a decade, and that without dredging the larger ferries would have to wait for the tide from next winter.',
  'The board will pay for the work from its reserves and a loan from the county, and expects the extra harbour dues from the ferries to cover the repayments within twelve years.',
];

const body = (blocks: string[]) => blocks.map((text) => (text.startsWith('<') ? text : `<p>${text}</p>`)).join('\n');

function page(blocks: string[]): Document {
  return new JSDOM(
    `<!DOCTYPE html><html lang="en"><head><title>Harbour board votes to dredge the inner channel</title></head>
    <body><main><article><h1>Harbour board votes to dredge the inner channel</h1>${body(blocks)}</article></main></body></html>`,
    { url: URL_ },
  ).window.document;
}

/** Readability's text of the page, without anything Lede does before or after it. */
function readabilityAlone(doc: Document): string {
  return new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
}

function ledeText(doc: Document): string {
  const result = extractArticle(doc, URL_);
  if (!result.ok) throw new Error(result.message);
  return result.article.text;
}

describe('"Read also" blocks Readability keeps, and Lede does not', () => {
  it('a block named so by its class goes (the class rule)', () => {
    // Mid-article, no phrase Lede knows, not at an edge: only its class says what it is.
    const pick = 'Ferry timetable changes for the winter season';
    const doc = page([
      PARAGRAPHS[0]!,
      PARAGRAPHS[1]!,
      `<p class="story-readalso read-also"><span>From the archive</span> · <a href="/local/2024/ferry-timetable-winter">${pick}</a></p>`,
      PARAGRAPHS[2]!,
      PARAGRAPHS[3]!,
    ]);
    expect(readabilityAlone(doc)).toContain(pick);
    const text = ledeText(doc);
    expect(text).not.toContain(pick);
    expect(text).not.toContain('From the archive');
    for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph);
  });

  it('a block opening with "See also" goes, whatever its class (the text rule)', () => {
    const pick = 'Lifeboat station gets a new slipway after the spring storms';
    const doc = page([
      PARAGRAPHS[0]!,
      PARAGRAPHS[1]!,
      `<p><em>See also:</em> <a href="/local/2025/lifeboat-slipway">${pick}</a></p>`,
      PARAGRAPHS[2]!,
      PARAGRAPHS[3]!,
    ]);
    expect(readabilityAlone(doc)).toContain(pick);
    const text = ledeText(doc);
    expect(text).not.toContain(pick);
    expect(text).not.toContain('See also');
    for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph);
  });

  it('a sentence that opens with the phrase, and links nowhere, stays (the text rule keeps running text)', () => {
    const sentence = 'Read more about the history of the channel in the board’s annual report, published in March.';
    const doc = page([PARAGRAPHS[0]!, PARAGRAPHS[1]!, sentence, PARAGRAPHS[2]!, PARAGRAPHS[3]!]);
    expect(ledeText(doc)).toContain(sentence);
  });

  it('links to other stories after the last paragraph go, under their label (the trailing trim)', () => {
    // No class and no phrase Lede knows: only that they are short links after the text.
    const picks = ['Skippers ask for a second fuel berth on the fishing quay', 'County loan for the harbour wall approved in principle'];
    const doc = page([
      ...PARAGRAPHS,
      '<h3>Elsewhere on the waterfront</h3>',
      ...picks.map((pick, i) => `<p><a href="/local/2025/waterfront-${i}">${pick}</a></p>`),
    ]);
    const alone = readabilityAlone(doc);
    for (const pick of picks) expect(alone).toContain(pick);
    expect(alone).toContain('Elsewhere on the waterfront');
    const text = ledeText(doc);
    for (const pick of picks) expect(text).not.toContain(pick);
    expect(text).not.toContain('Elsewhere on the waterfront');
    expect(text.endsWith(PARAGRAPHS[3]!)).toBe(true);
  });
});
