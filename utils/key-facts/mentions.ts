/** The shared vocabulary of the entity rules (issue #3): tokens of a sentence, and the name
 * mentions found in them. */

export interface Token {
  /** Without a possessive "'s". */
  text: string;
  start: number;
  end: number;
  cap: boolean;
  possessive: boolean;
}

export type Kind = 'person' | 'org' | 'place' | 'unknown';

export interface Mention {
  kind: Kind;
  name: string;
  role?: string;
  start: number;
  sentence: number;
  possessive: boolean;
  /** Resolved full name, after coreference. */
  canonical?: string;
}


/** Who a mention names as a speaker: a person's full name, an organisation. */
export const who = (m: Mention) => (m.kind === 'person' ? m.canonical : m.kind === 'org' ? m.name : undefined);
