import { selectorFor } from './extract/picked-block';

/**
 * Picking the article by hand, on the page itself (issue #12): the block under the pointer is
 * outlined; a click, or Enter, makes it the article; ↑ takes the block around it, ↓ goes back
 * towards the pointer's; Esc gives up. While it runs the page gets no click, so a link under the
 * pointer is not followed. Lede's outline and hint live in a closed shadow root: the page's styles
 * do not reach them, nor its scripts.
 */

export interface PickerWords {
  /** The one-line hint shown at the bottom of the page. */
  hint: string;
}

export interface PickerEvents {
  /** The picked block's selector (utils/extract/picked-block.ts). */
  onPick(selector: string): void;
  onCancel(): void;
}

/** The events the picker takes from the page while it runs. */
const SWALLOWED = ['click', 'auxclick', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'contextmenu'] as const;

const STYLE = `
:host { all: initial; }
.box { position: fixed; z-index: 2147483647; pointer-events: none; box-sizing: border-box;
  border: 3px solid #c2410c; background: rgba(194, 65, 12, 0.1); border-radius: 3px; display: none; }
.hint { position: fixed; z-index: 2147483647; left: 50%; bottom: 16px; transform: translateX(-50%);
  max-width: 90vw; pointer-events: none; padding: 8px 14px; border-radius: 8px;
  font: 14px/1.4 system-ui, sans-serif; color: #fff; background: #1f2937; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
`;

/** The element an event is on (a duck test: a content script's world has its own `Element`). */
function elementOf(event: Event): Element | null {
  const target = event.target as Node | null;
  return target?.nodeType === 1 ? (target as Element) : null;
}

/** Whether `el` is a block one can pick: not inline text (a link, a word in bold). */
function isBlock(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  const display = view?.getComputedStyle(el).display ?? 'block';
  return !display.startsWith('inline') && display !== 'contents' && display !== 'none';
}

/** The block `el` is in: itself, or its nearest ancestor that is a block; never `<html>`. */
export function blockAround(el: Element): Element {
  const doc = el.ownerDocument;
  let node: Element = el;
  while (node.parentElement && node !== doc.body && !isBlock(node)) node = node.parentElement;
  return node === doc.documentElement && doc.body ? doc.body : node;
}

/** Starts picking on `doc`; returns a function that stops it (no event is called then). */
export function startPicker(doc: Document, words: PickerWords, events: PickerEvents): () => void {
  const view = doc.defaultView!;
  const host = doc.createElement('lede-picker');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = 'box';
  const hint = doc.createElement('div');
  hint.className = 'hint';
  hint.setAttribute('role', 'status');
  hint.textContent = words.hint;
  root.append(style, box, hint);
  doc.documentElement.append(host);

  /** From the block under the pointer (first) out to the one outlined (last). */
  let trail: Element[] = [];
  const current = () => trail[trail.length - 1] ?? null;

  const draw = () => {
    const el = current();
    if (!el) {
      box.style.display = 'none';
      return;
    }
    const rect = el.getBoundingClientRect();
    Object.assign(box.style, { display: 'block', top: `${rect.top}px`, left: `${rect.left}px`, width: `${rect.width}px`, height: `${rect.height}px` });
  };
  const outline = (el: Element | null) => {
    trail = el ? [blockAround(el)] : [];
    draw();
  };
  const grow = () => {
    const parent = current()?.parentElement;
    if (parent && parent !== doc.documentElement) trail.push(parent);
    draw();
  };
  const shrink = () => {
    if (trail.length > 1) trail.pop();
    else {
      // Down from where the pointer is: into the child with the most text.
      const children = Array.from(current()?.children ?? []).filter(isBlock);
      const largest = children.sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0];
      if (largest) trail = [largest];
    }
    draw();
  };

  const stop = () => {
    view.removeEventListener('mousemove', onMove, true);
    view.removeEventListener('keydown', onKey, true);
    for (const type of SWALLOWED) view.removeEventListener(type, onSwallow, true);
    view.removeEventListener('scroll', draw, true);
    view.removeEventListener('resize', draw, true);
    host.remove();
  };
  const pick = (el: Element | null) => {
    if (!el) return;
    stop();
    events.onPick(selectorFor(el));
  };
  const ownEvent = (event: Event) => event.composedPath().includes(host);

  function onMove(event: MouseEvent) {
    const target = elementOf(event);
    if (ownEvent(event) || !target) return;
    if (trail[0] !== blockAround(target)) outline(target);
  }
  function onSwallow(event: Event) {
    if (ownEvent(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const target = elementOf(event);
    if (event.type === 'click' && target) {
      if (trail[0] !== blockAround(target)) outline(target);
      pick(current());
    }
  }
  function onKey(event: KeyboardEvent) {
    const act = KEYS[event.key];
    if (!act) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (act === 'grow') grow();
    else if (act === 'shrink') shrink();
    else if (act === 'pick') pick(current());
    else {
      stop();
      events.onCancel();
    }
  }

  view.addEventListener('mousemove', onMove, true);
  view.addEventListener('keydown', onKey, true);
  for (const type of SWALLOWED) view.addEventListener(type, onSwallow, true);
  view.addEventListener('scroll', draw, true);
  view.addEventListener('resize', draw, true);
  // Something is outlined from the start, so the keys alone can pick: the block a third of the
  // way down the window, where an article's text usually is.
  outline(doc.elementFromPoint?.(view.innerWidth / 2, view.innerHeight / 3) ?? doc.body);
  return stop;
}

/** The picker's keys, a named table (tests/unit/fight-back/content-picker.test.ts). */
export const KEYS: Readonly<Record<string, 'grow' | 'shrink' | 'pick' | 'cancel'>> = {
  ArrowUp: 'grow',
  ArrowDown: 'shrink',
  Enter: 'pick',
  Escape: 'cancel',
};
