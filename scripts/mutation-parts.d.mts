/** Types of scripts/mutation-parts.mjs (a plain module, as stryker.config.mjs loads it). */
export interface MutationPart {
  /** Globs of the code Stryker mutates. */
  mutate: string[];
  /** Globs of the unit tests that are the part's own. */
  tests: string[];
}
export const MUTATION_PARTS: Record<string, MutationPart>;
export function mutationPart(): (MutationPart & { name: string }) | null;
