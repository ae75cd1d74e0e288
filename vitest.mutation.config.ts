import { defineConfig, mergeConfig } from 'vitest/config';
import { mutationPart } from './scripts/mutation-parts.mjs';
import base from './vitest.config';

// The unit tests as Stryker runs them (issue #17): only the tests of the part being mutated.
const part = mutationPart();
export default mergeConfig(base, defineConfig({ test: part ? { include: part.tests } : {} }));
