// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { blockAround, KEYS, startPicker } from '@/utils/content-picker';
import { findPicked } from '@/utils/extract/picked-block';

const PAGE = `
  <main class="layout">
    <div class="story-column">
      <h1>Ferry timetable</h1>
      <div class="story-text">
        <p id="first">The council voted on <a href="/vote" id="vote">Tuesday</a> for a ferry every twenty minutes.</p>
        <p>The new timetable adds two boats.</p>
      </div>
    </div>
    <section class="reader-mail"><p>Sir, the boats are late.</p></section>
  </main>`;

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
});

function picker() {
  document.body.innerHTML = PAGE;
  const onPick = vi.fn<(selector: string) => void>();
  const onCancel = vi.fn();
  stop = startPicker(document, { hint: 'Pick the article' }, { onPick, onCancel });
  return { onPick, onCancel, picked: () => findPicked(document, onPick.mock.calls[0]![0]) };
}

const move = (el: Element) => el.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, composed: true }));
const key = (name: string) => {
  const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true });
  document.body.dispatchEvent(event);
  return event;
};

describe('the picker', () => {
  it('has a key for each of its moves, and none other', () => {
    expect(KEYS).toEqual({ ArrowUp: 'grow', ArrowDown: 'shrink', Enter: 'pick', Escape: 'cancel' });
  });

  it('outlines the block under the pointer, not the link in it', () => {
    document.body.innerHTML = PAGE;
    expect(blockAround(document.getElementById('vote')!)).toBe(document.getElementById('first'));
    expect(blockAround(document.querySelector('.story-text')!)).toBe(document.querySelector('.story-text'));
  });

  it('a click picks the block under the pointer, and the page never sees the click', () => {
    const { onPick, picked } = picker();
    const onPageClick = vi.fn();
    document.addEventListener('click', onPageClick);
    const link = document.getElementById('vote')!;
    move(link);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    expect(onPick).toHaveBeenCalledOnce();
    expect(picked()).toBe(document.getElementById('first'));
    expect(click.defaultPrevented).toBe(true); // the link is not followed
    expect(onPageClick).not.toHaveBeenCalled();
    document.removeEventListener('click', onPageClick);
  });

  it('↑ takes the block around, ↓ goes back towards the pointer, Enter picks', () => {
    const { onPick, picked } = picker();
    move(document.getElementById('first')!);
    expect(key('ArrowUp').defaultPrevented).toBe(true);
    key('ArrowUp');
    key('ArrowDown');
    key('Enter');
    expect(picked()).toBe(document.querySelector('.story-text'));
    expect(onPick).toHaveBeenCalledOnce();
  });

  it('↓ from the pointer’s block goes into its child with the most text', () => {
    const { picked } = picker();
    move(document.querySelector('.story-column')!);
    key('ArrowDown');
    key('Enter');
    expect(picked()).toBe(document.querySelector('.story-text'));
  });

  it('↑ stops at <body>', () => {
    const { picked } = picker();
    move(document.getElementById('first')!);
    for (let i = 0; i < 10; i++) key('ArrowUp');
    key('Enter');
    expect(picked()).toBe(document.body);
  });

  it('Esc gives up: nothing picked, the page as it was, its keys its own again', () => {
    const { onPick, onCancel } = picker();
    expect(document.querySelector('lede-picker')).not.toBeNull();
    key('Escape');
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onPick).not.toHaveBeenCalled();
    expect(document.querySelector('lede-picker')).toBeNull();
    expect(key('Enter').defaultPrevented).toBe(false);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.getElementById('vote')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
  });

  it('other keys are the page’s', () => {
    const { onPick } = picker();
    expect(key('a').defaultPrevented).toBe(false);
    expect(key('Tab').defaultPrevented).toBe(false);
    expect(onPick).not.toHaveBeenCalled();
  });

  it('once picked, it is gone: the next click is the page’s', () => {
    const { onPick } = picker();
    move(document.getElementById('first')!);
    key('Enter');
    expect(document.querySelector('lede-picker')).toBeNull();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.getElementById('vote')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(onPick).toHaveBeenCalledOnce();
  });
});
