import type { Article } from '@/utils/article';
import { LibraryDb } from '@/utils/library/db';

let counter = 0;

/** A fresh database of its own for each test (fake-indexeddb, in memory). */
export function freshDb(): LibraryDb {
  counter += 1;
  return new LibraryDb(`test-library-${counter}-${Math.random().toString(36).slice(2)}`);
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example/world/story-1?utm_source=feed',
    canonicalUrl: null,
    title: 'Putin visits Pyongyang',
    byline: 'A. Writer',
    siteName: 'News Example',
    publishedTime: '2024-06-18T10:00:00Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'The Russian president lands in the North Korean capital.',
    leadImage: null,
    html: '<p>The Russian president landed in Pyongyang on Tuesday.</p><script>alert(1)</script><p onclick="x()">Kim met him.</p>',
    text: 'The Russian president landed in Pyongyang on Tuesday.\n\nKim met him.',
    wordCount: 12,
    readingMinutes: 1,
    ...overrides,
  };
}

/** What the extension pages use, minus DOMPurify's details: enough to see it was applied. */
export const stripScripts = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/ on\w+="[^"]*"/g, '');

type Put = IDBObjectStore['put'];

/**
 * Patches fake-indexeddb's `IDBObjectStore.put`: `act` gets the store and the real put, and
 * returns the request. Returns the undo; call it in a `finally`.
 */
function patchPut(act: (os: IDBObjectStore, put: () => IDBRequest) => IDBRequest): () => void {
  const proto = IDBObjectStore.prototype;
  const original = proto.put;
  proto.put = function (this: IDBObjectStore, ...args: Parameters<Put>) {
    return act(this, () => original.apply(this, args));
  } as Put;
  return () => {
    proto.put = original;
  };
}

/**
 * The `nth` put into `store` (1-based, counted across transactions) fails as IndexedDB fails
 * one: its request fires `error` with `error` (a full disk is a QuotaExceededError there), which
 * Dexie collects into the BulkError of its bulk operation; the transaction then aborts.
 */
export function failPut(store: string, nth: number, error: Error): () => void {
  let count = 0;
  return patchPut((os, put) => {
    const real = put();
    if (os.name !== store || ++count !== nth) return real;
    // What Dexie sees: a request that failed. The real one keeps the transaction's order.
    const failed: Record<string, unknown> & { onerror?: ((event: unknown) => void) | null } = {
      error,
      result: undefined,
      readyState: 'done',
      source: real.source,
      transaction: real.transaction,
    };
    real.onsuccess = () => failed.onerror?.({ type: 'error', target: failed, preventDefault() {}, stopPropagation() {} });
    return failed as unknown as IDBRequest;
  });
}

/**
 * The first put into `store` aborts its transaction instead, as closing the page does in the
 * middle of a save. `written` lists the stores put into before, to show where it was cut.
 */
export function abortAtPut(store: string): { written: string[]; undo: () => void } {
  const written: string[] = [];
  let aborted = false;
  const undo = patchPut((os, put) => {
    if (os.name === store && !aborted) {
      aborted = true;
      os.transaction.abort();
      return put(); // throws: the transaction is gone
    }
    written.push(os.name);
    return put();
  });
  return { written, undo };
}
