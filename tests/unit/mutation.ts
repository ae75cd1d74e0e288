/**
 * Whether the unit tests run under StrykerJS (`npm run mutation`, issue #17), which runs a part's
 * tests once per mutant. There the scale tests (a huge page, a 5 MB page) are skipped: they guard
 * time and size, not logic, which the smaller fixtures check alike, and under the mutation
 * instrumentation each would take minutes per mutant. Property tests run fewer cases.
 */
export const UNDER_MUTATION = process.env.STRYKER_MUTATOR_WORKER !== undefined;
