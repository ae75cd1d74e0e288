export type RelatedKind = 'related' | 'in-article' | 'elsewhere';

/** A link found on the original page that is worth reading next (issue #4). */
export interface RelatedLink {
  url: string;
  title: string;
  kind: RelatedKind;
  score: number;
  /** Names or words the link shares with the article. */
  why: string[];
  site?: string;
}
