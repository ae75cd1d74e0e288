import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * The value of a library query, kept current: Dexie's liveQuery re-runs it whenever a write
 * touches what it read, in this page or in any other page of the extension (Dexie tells other
 * same-origin pages through a BroadcastChannel), so the library page follows saves made from
 * the popup or another tab.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial: T): { value: T; error: Error | null; loading: boolean } {
  const [state, setState] = useState<{ value: T; error: Error | null; loading: boolean }>({ value: initial, error: null, loading: true });
  // A layout effect: the query starts as soon as the new deps are rendered, not a frame later.
  useLayoutEffect(() => {
    setState((s) => ({ ...s, loading: true }));
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: null, loading: false }),
      error: (error: unknown) => setState((s) => ({ ...s, error: error as Error, loading: false })),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
