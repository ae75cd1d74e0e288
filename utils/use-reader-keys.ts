import { useEffect, useRef } from 'preact/hooks';
import { isTyping, readerAction, type ReaderAction } from './reader-keys';

export type ReaderHandlers = Partial<Record<ReaderAction, () => void>>;

/** Binds the reader's keys (utils/reader-keys.ts) on this page while it is mounted. A key with
 * a handler is the reader's: the browser's own use of it (zoom, for Ctrl/Cmd +/-) is prevented. */
export function useReaderKeys(handlers: ReaderHandlers): void {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = readerAction({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, typing: isTyping(event.target) });
      const handler = action && current.current[action];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
