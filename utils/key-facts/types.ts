export interface Person {
  name: string;
  role?: string;
}

export interface Quote {
  text: string;
  speaker?: string;
}

/** What the article says, at a glance (issue #3). */
export interface KeyFacts {
  /** The sentences the popup shows (three), as they stand in the text, in article order. */
  keyPoints: string[];
  /** Up to five, for the side panel and reader, in article order; every key point is among them. */
  morePoints?: string[];
  people: Person[];
  organizations: string[];
  places: string[];
  dates: string[];
  numbers: string[];
  quotes: Quote[];
  /** False where the entity rules don't apply (a non-English article): lists are then empty. */
  entitiesSupported?: boolean;
}
