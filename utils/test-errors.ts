import { storage } from 'wxt/utils/storage';

/**
 * The e2e build's error recorder (issue #16). Firefox gives puppeteer no console of its
 * moz-extension:// pages, so an error thrown there went unseen by the tests. In the e2e build
 * only (`import.meta.env.MODE === 'e2e'`, checked where this is called, so the production
 * bundle drops it), every page and the background append each uncaught error and unhandled
 * rejection to `storage.local` "ledeTestErrors", where tests/e2e/harness.ts reads them and fails
 * the test that caused them.
 */

export const TEST_ERRORS_KEY = 'ledeTestErrors';

/** The newest are kept: a page stuck in an error loop must not fill the disk. */
const KEEP = 50;


export interface TestError {
  /** Which entrypoint: 'popup', 'reader', 'background'… */
  context: string;
  url: string;
  message: string;
  stack?: string;
  at: number;
}

/** Starts recording this page's (or the worker's) errors. Call once, first, in its main. */
export function recordTestErrors(context: string): void {
  const item = storage.defineItem<TestError[]>(`local:${TEST_ERRORS_KEY}`, { fallback: [] });
  // One write at a time in this page, so two errors in a row are both kept.
  let writes = Promise.resolve();
  const record = (error: unknown, message: string) => {
    const entry: TestError = {
      context,
      url: String(globalThis.location?.href ?? ''),
      message: message || String(error),
      ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
      at: Date.now(),
    };
    writes = writes.then(async () => item.setValue([...(await item.getValue()), entry].slice(-KEEP))).catch(() => undefined);
  };
  globalThis.addEventListener('error', (event) => {
    const { error, message } = event as ErrorEvent;
    record(error, message || (error instanceof Error ? error.message : ''));
  });
  globalThis.addEventListener('unhandledrejection', (event) => {
    const { reason } = event as PromiseRejectionEvent;
    record(reason, `Unhandled rejection: ${reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason)}`);
  });
}
