import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One locale's messages.json, as the browser reads it. */
export interface Messages {
  [key: string]: { message: string; description?: string; placeholders?: Record<string, { content: string }> };
}

export const LOCALES_DIR = join(__dirname, '..', '..', 'public', '_locales');

export function readMessages(locale: string): Messages {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;
}

/**
 * `browser.i18n.getMessage` as Chrome and Firefox implement it, over one locale's file: a
 * missing key gives '', `$NAME$` takes its placeholder's content, then `$1`…`$9` take the
 * substitutions and `$$` is a dollar sign. WXT's fake browser leaves i18n unimplemented.
 */
export function fakeGetMessage(messages: Messages, dir: 'ltr' | 'rtl' = 'ltr') {
  return (key: string, substitutions?: string | string[]): string => {
    if (key === '@@bidi_dir') return dir;
    if (key === '@@ui_locale') return 'en';
    const entry = messages[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
    return entry.message
      .replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => placeholders[name.toLowerCase()] ?? whole)
      .replace(/\$(\d|\$)/g, (_, n: string) => (n === '$' ? '$' : (subs[Number(n) - 1] ?? '')));
  };
}
