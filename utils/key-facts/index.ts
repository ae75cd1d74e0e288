import type { KeyFacts } from './types';

export interface KeyFactsInput {
  text: string;
  title?: string | null;
  lang?: string | null;
}

/** Key facts of a plain-text article (issue #3). Placeholder until the ranking lands. */
export function extractKeyFacts(input: KeyFactsInput): KeyFacts {
  const sentences = input.text.split(/\n\n+/).slice(0, 3);
  return { keyPoints: sentences, people: [], organizations: [], places: [], dates: [], numbers: [], quotes: [] };
}
