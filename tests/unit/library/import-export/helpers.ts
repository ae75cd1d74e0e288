import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../../fixtures';
import { ImportError, type ImportErrorCode } from '@/utils/library/import';

export const IMPORT_FIXTURES = join(FIXTURES, 'import');

export function importFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(IMPORT_FIXTURES, name)));
}

export function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The ImportError `run` throws (fails the test if it throws nothing or something else). */
export function importError(run: () => unknown, code?: ImportErrorCode): ImportError {
  try {
    run();
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    if (code && error.code !== code) throw new Error(`expected ImportError ${code}, got ${error.code}: ${error.message}`);
    return error;
  }
  throw new Error('expected an ImportError, nothing was thrown');
}
