import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTyping, READER_KEYS, readerAction, type KeyEventLike } from '@/utils/reader-keys';

const press = (key: string, more: Partial<KeyEventLike> = {}) => readerAction({ key, ctrlKey: false, metaKey: false, altKey: false, typing: false, ...more });

describe("the reader's keys", () => {
  it('each key does its action', () => {
    expect(press('j')).toBe('nextParagraph');
    expect(press('k')).toBe('previousParagraph');
    expect(press('+')).toBe('fontLarger');
    expect(press('=')).toBe('fontLarger');
    expect(press('-')).toBe('fontSmaller');
    expect(press('t')).toBe('nextTheme');
    expect(press('p')).toBe('readAloud');
    expect(press('s')).toBe('settings');
    expect(press('?')).toBe('help');
    expect(press('Escape')).toBe('close');
    expect(press('J')).toBe('nextParagraph'); // Caps Lock on
  });

  it("Ctrl or Cmd with + and - change Lede's type size instead of zooming the page; other modified keys are the browser's", () => {
    expect(press('=', { ctrlKey: true })).toBe('fontLarger');
    expect(press('+', { metaKey: true })).toBe('fontLarger');
    expect(press('-', { ctrlKey: true })).toBe('fontSmaller');
    expect(press('0', { metaKey: true })).toBe('fontReset');
    expect(press('j', { ctrlKey: true })).toBeNull();
    expect(press('0')).toBeNull();
    expect(press('s', { altKey: true })).toBeNull(); // Alt+Shift+S is the browser-wide save
  });

  it('typing in a field is typing, but Escape still closes', () => {
    expect(press('j', { typing: true })).toBeNull();
    expect(press('-', { typing: true })).toBeNull();
    expect(press('Escape', { typing: true })).toBe('close');
  });

  it('text fields, selects and editable elements take typing; sliders and checkboxes do not', () => {
    const input = (type: string) => Object.assign(document.createElement('input'), { type });
    expect(isTyping(input('text'))).toBe(true);
    expect(isTyping(input('search'))).toBe(true);
    expect(isTyping(document.createElement('select'))).toBe(true);
    expect(isTyping(input('range'))).toBe(false);
    expect(isTyping(input('checkbox'))).toBe(false);
    expect(isTyping(document.createElement('button'))).toBe(false);
    expect(isTyping(null)).toBe(false);
  });

  it('no key does two things', () => {
    const seen = new Map<string, string>();
    for (const entry of READER_KEYS) {
      for (const key of entry.keys) {
        const id = `${entry.mod ? 'mod+' : ''}${key}`;
        expect({ id, action: seen.get(id) ?? entry.action }).toEqual({ id, action: entry.action });
        seen.set(id, entry.action);
      }
    }
  });

  it('the README lists every key', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Keys'));
    expect(section.startsWith('## Keys')).toBe(true);
    for (const entry of READER_KEYS) {
      for (const key of entry.keys) {
        const written = entry.mod ? `Ctrl/Cmd+${key}` : key;
        expect({ key: written, listed: section.includes(`\`${written}\``) }).toEqual({ key: written, listed: true });
      }
    }
  });
});
