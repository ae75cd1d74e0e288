import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu, menuKeyTarget } from '@/components/library/ExportMenu';

/** The library's Export menu button (issue #10); tests/e2e/a11y.test.ts drives it in Chromium. */

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
});

function mount(onExport = vi.fn()): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<ExportMenu label="Export all" onExport={onExport} />, root!));
  return root;
}

const byId = (id: string) => root!.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const press = (el: Element, key: string) => act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })));
const focused = () => document.activeElement?.getAttribute('data-testid');

describe('menuKeyTarget', () => {
  it('steps with the arrows and wraps around, jumps with Home and End, and ignores other keys', () => {
    expect(menuKeyTarget('ArrowDown', 0, 4)).toBe(1);
    expect(menuKeyTarget('ArrowDown', 3, 4)).toBe(0);
    expect(menuKeyTarget('ArrowUp', 0, 4)).toBe(3);
    expect(menuKeyTarget('Home', 2, 4)).toBe(0);
    expect(menuKeyTarget('End', 0, 4)).toBe(3);
    expect(menuKeyTarget('a', 0, 4)).toBeNull();
  });
});

describe('ExportMenu', () => {
  it('opens on its first item, moves with the arrows, and Escape closes it with focus back on the button', () => {
    mount();
    const button = byId('library-export')!;
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    act(() => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(root!.querySelector('[role=menu]')!.getAttribute('aria-labelledby')).toBe(button.id);
    expect(focused()).toBe('export-json');
    press(document.activeElement!, 'ArrowDown');
    expect(focused()).toBe('export-markdown');
    press(document.activeElement!, 'Escape');
    expect(byId('export-json')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(focused()).toBe('library-export');
  });

  it('the up arrow opens it on its last item; choosing a format closes it and exports', () => {
    const onExport = vi.fn();
    mount(onExport);
    press(byId('library-export')!, 'ArrowUp');
    expect(focused()).toBe('export-epub');
    act(() => byId('export-html')!.click());
    expect(onExport).toHaveBeenCalledWith('html');
    expect(byId('export-html')).toBeNull();
    expect(focused()).toBe('library-export');
  });

  it('closes when focus leaves it', () => {
    mount();
    act(() => byId('library-export')!.click());
    const outside = document.body.appendChild(document.createElement('button'));
    act(() => outside.focus());
    expect(byId('export-json')).toBeNull();
    outside.remove();
  });
});
