import { JSDOM } from 'jsdom';

/** A small news page to read (the byline and lead-image tests): its URL, a document of a body,
 * and four paragraphs of running text, enough for an article. */
export const URL_ = 'https://paper.example/world/2024/harbour-dredging-vote';
export const doc = (body: string) => new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url: URL_ }).window.document;
export const PARAGRAPHS = Array.from(
  { length: 4 },
  (_, i) => `<p>The harbour board voted on Thursday to dredge the inner channel for the first time in decades, paragraph ${i + 1}, after a long public consultation with the town.</p>`,
).join('');
