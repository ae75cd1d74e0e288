import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { textWork } from '@/utils/extract/text';
import { findRelatedLinks } from '@/utils/related-links';
import { paths, titles } from './helpers';
import { UNDER_MUTATION } from '../mutation';

/**
 * A generated huge page: thousands of menu links, paragraphs, comment links and popular-list
 * items around a short "Related Articles" block after the article. Every link asks about the
 * same large ancestors (the menu, the comment thread, the article), which once made the harvest
 * quadratic: minutes in jsdom on a page like this. The test checks what is found, and counts the
 * work done to find it (see TextWork in utils/extract/text.ts), never the time.
 */
const URL_ = 'https://harbourtimes.example/news/harbour-flood-defences-rebuilt-after-winter-storms';
const PARAGRAPHS = 2500;
const MENU = 2000;
const COMMENTS = 3000;
const MOST_READ = 1000;
const FOOTER = 500;

const RELATED = [
  ['/news/harbour-wall-breached-in-january-storm', 'Harbour Wall Breached In January Storm'],
  ['/news/engineers-survey-old-quays-after-flooding', 'Engineers Survey The Old Quays After Flooding'],
  ['/news/traders-count-cost-of-harbour-floods', 'Traders Count The Cost Of Harbour Floods'],
  ['/news/council-votes-on-flood-defence-budget', 'Council Votes On Flood Defence Budget'],
] as const;

const paragraph = (i: number) =>
  `<p>Paragraph ${i} of the report: the committee heard evidence from residents, traders and engineers about the harbour, the flood defences and the future of the old quays after the winter storms.</p>`;

const html = `<!doctype html><html lang="en"><head><title>Harbour flood defences to be rebuilt after winter storms - Harbour Times</title></head><body>
<header><nav class="menu">${Array.from({ length: MENU }, (_, i) => `<a href="/section/harbour-flood-news-${i}">Harbour flood news ${i}</a>`).join(' ')}</nav></header>
<main>
<article>
<h1>Harbour flood defences to be rebuilt after winter storms</h1>
${Array.from({ length: PARAGRAPHS }, (_, i) => paragraph(i + 1)).join('\n')}
</article>
<section class="related-articles"><h2>Related Articles</h2><ul>${RELATED.map(([path, title]) => `<li><a href="${path}">${title}</a></li>`).join('')}</ul></section>
<section class="comments"><h2>Comments</h2>${Array.from(
  { length: COMMENTS },
  (_, i) => `<div class="comment"><a href="/users/reader-${i}">reader${i}</a><p>Comment ${i}: the harbour flood defences were long overdue.</p></div>`,
).join('')}</section>
<aside><h2>Most read</h2><ol>${Array.from(
  { length: MOST_READ },
  (_, i) => `<li><a href="/sport/local-football-club-wins-cup-final-${i}">Local football club wins the cup final, number ${i}</a></li>`,
).join('')}</ol></aside>
</main>
<footer>${Array.from({ length: FOOTER }, (_, i) => `<a href="/about/page-${i}-harbour-flood-archive">Harbour flood archive ${i}</a>`).join(' ')}</footer>
</body></html>`;

describe('related links on a huge page', () => {
  // The time limit is room for a slow shared machine (parsing and extraction included), not a check.
  it.skipIf(UNDER_MUTATION)('finds the related block after the article and nothing from the menus, comments, lists or footer', { timeout: 120_000 }, () => {
    expect(html.length).toBeGreaterThan(700_000);
    const doc = new JSDOM(html, { url: URL_ }).window.document;
    expect(doc.querySelectorAll('a[href]').length).toBeGreaterThan(6000);
    const result = extractArticle(doc, URL_);
    if (!result.ok) throw new Error(result.message);
    const work = textWork();
    const links = findRelatedLinks(doc, result.article, { stats: work });
    // Work in proportion to the page, counted rather than timed (a shared machine's clock can't
    // tell linear from quadratic): today about 2.3 elements visited, 1.8 text reads per element
    // and 3.1 times the page's text read. Each per-element cache in link-context.ts, removed,
    // multiplies one of these many times over.
    const elements = doc.getElementsByTagName('*').length;
    const chars = doc.body.textContent!.length;
    expect(work.elements).toBeLessThan(4 * elements);
    expect(work.textReads).toBeLessThan(3 * elements);
    expect(work.textChars).toBeLessThan(5 * chars);
    // The publisher's four picks, and only them: the menu, footer and comment links share the
    // article's words but are chrome; the "Most read" items share none.
    expect(titles(links).sort()).toEqual(RELATED.map(([, title]) => title).sort());
    expect(paths(links).sort()).toEqual(RELATED.map(([path]) => path).sort());
    expect(links.every((l) => l.kind === 'related')).toBe(true);
    for (const link of links) expect(link.url).not.toMatch(/\/section\/|\/users\/|\/sport\/|\/about\//);
  });
});
