import { normalize, readingTime } from '../extract/text';

/**
 * Key points the reader is about to read (issue #10). News is written lead first, and the key
 * points are ranked from the lead sentences, so most of them stand in the article's opening
 * paragraphs: listed just above those paragraphs, they would be read twice. The reader and the
 * side panel therefore mark every key sentence in the text itself, and list in their "at a
 * glance" block only the points that come after the lead.
 *
 * The lead is what a reader reads in the first LEAD_MINUTES, at the reading rates of
 * utils/extract/text.ts: about 140 English words (the first screen of text at the default type
 * size), or 300 Chinese, Japanese or Korean characters.
 */
export const LEAD_MINUTES = 0.6;

export interface PointsByPlace {
  /** In the lead: marked in the text only. */
  lead: string[];
  /** After the lead (or not found in the text): also listed. */
  later: string[];
}

export function splitLeadPoints(points: readonly string[], text: string): PointsByPlace {
  const flat = normalize(text);
  const lead: string[] = [];
  const later: string[] = [];
  for (const point of points) {
    const at = flat.indexOf(normalize(point));
    if (at >= 0 && readingTime(flat.slice(0, at)) < LEAD_MINUTES) lead.push(point);
    else later.push(point);
  }
  return { lead, later };
}
