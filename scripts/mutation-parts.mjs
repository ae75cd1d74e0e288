// The parts of utils/ that mutation testing covers (issue #17), each with the unit tests that are
// its own: a part's score says how well its own tests guard it. Read by stryker.config.mjs (the
// part named by LEDE_MUTATION_PART), vitest.mutation.config.ts (its tests) and
// scripts/mutation.ts (every part, one after the other).
export const MUTATION_PARTS = {
  sanitize: {
    mutate: ['utils/sanitize.ts'],
    tests: ['tests/unit/sanitize.test.tsx', 'tests/unit/sanitize/**/*.test.ts'],
  },
  extract: {
    mutate: ['utils/extract/**/*.ts'],
    tests: [
      'tests/unit/extract/**/*.test.ts',
      'tests/unit/fight-back/{math,shadow-content}.test.ts',
      'tests/unit/pages.test.tsx',
      'tests/unit/reading-time.test.tsx',
    ],
  },
  'related-links': {
    mutate: ['utils/related-links/**/*.ts'],
    tests: ['tests/unit/related-links/**/*.test.{ts,tsx}'],
  },
  library: {
    // Views' hooks need a browser page to mean anything; the e2e tests cover them.
    mutate: ['utils/library/**/*.ts', '!utils/library/use-*.ts', '!utils/library/live.ts'],
    tests: ['tests/unit/library/**/*.test.{ts,tsx}'],
  },
};

/** The part named by LEDE_MUTATION_PART; every test and every part's code when none is. */
export function mutationPart() {
  const name = process.env.LEDE_MUTATION_PART;
  if (!name) return null;
  const part = MUTATION_PARTS[name];
  if (!part) throw new Error(`LEDE_MUTATION_PART: no part "${name}" (${Object.keys(MUTATION_PARTS).join(', ')})`);
  return { name, ...part };
}
