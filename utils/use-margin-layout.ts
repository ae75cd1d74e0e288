import { useLayoutEffect, useState } from 'preact/hooks';

/** The reader's "at a glance" block is this wide in the margin, with this gap from the text
 * (components/styles/reader.css uses the same numbers). */
const MARGIN_BLOCK_PX = 240;
const MARGIN_GAP_PX = 32;

/**
 * Whether the margin beside the article's text column can hold the "at a glance" block (issue
 * #10): on a wide screen the block sits there and the text keeps its measure; on a narrow one,
 * or when the person's type size and measure fill the window, it goes above the text. Measured,
 * not guessed from the window's width, since the column's width is the person's setting in `ch`
 * of their font.
 */
export function useMarginLayout(view: { current: HTMLElement | null }, column: { current: HTMLElement | null }, enabled: boolean): boolean {
  const [fits, setFits] = useState(false);
  useLayoutEffect(() => {
    const outer = view.current;
    const inner = column.current;
    if (!enabled || !outer || !inner || typeof ResizeObserver === 'undefined') {
      setFits(false);
      return;
    }
    const measure = () => setFits((outer.clientWidth - inner.getBoundingClientRect().width) / 2 >= MARGIN_BLOCK_PX + MARGIN_GAP_PX);
    measure();
    // Measured in the next frame, not in the observer's callback: moving the block changes the
    // layout, which inside the callback is the "ResizeObserver loop" the browser complains of.
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    });
    observer.observe(outer);
    observer.observe(inner);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [view, column, enabled]);
  return fits;
}

