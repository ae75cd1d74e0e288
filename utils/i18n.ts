import { browser } from 'wxt/browser';
import type en from '@/public/_locales/en/messages.json';
import type { ReadResult } from './article';

/**
 * The UI's words, from `public/_locales/<locale>/messages.json` through `browser.i18n` (issue
 * #10). The browser picks the locale (its UI language, else `default_locale`, English), so
 * nothing here is loaded or stored. English is the reference: a key is typed from its file,
 * and tests/unit/i18n.test.ts fails when another locale lacks one or when a component carries
 * a literal user-facing string.
 *
 * Components call `t()` directly (as darkreader's UI calls its `getLocalMessage`): a message
 * is static data of the extension, not a browser call a test would have to fake per view.
 */
export type MessageKey = Exclude<keyof typeof en, `${string}_${PluralCategory}`> | PluralKey;

type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type PluralKey = Extract<keyof typeof en, `${string}_${PluralCategory}`>;
/** A message with plural forms: `name_one`, `name_other` (and whatever a locale needs more). */
export type PluralName = { [K in keyof typeof en]: K extends `${infer Name}_other` ? Name : never }[keyof typeof en];

type Sub = string | number;

/** The message in the UI's language, its `$PLACEHOLDERS$` filled with `subs` in order. */
export function t(key: MessageKey, ...subs: Sub[]): string {
  const message = browser.i18n.getMessage(key, subs.map(String));
  // A key missing from every locale comes back '' (Chrome) or logs (Firefox): show the key,
  // which a test will catch, rather than an empty button.
  return message || key;
}

/** The plural form of `name` for `count` (`Intl.PluralRules` of the UI's language); `count` is
 * the first substitution, formatted for that language. Missing forms fall back to `_other`. */
export function tn(name: PluralName, count: number, ...subs: Sub[]): string {
  const category = new Intl.PluralRules(uiLocale()).select(count) as PluralCategory;
  const formatted = new Intl.NumberFormat(uiLocale()).format(count);
  const args = [formatted, ...subs.map(String)];
  // A form this locale does not define ("few" of an English message) comes back ''.
  const message = browser.i18n.getMessage(`${name}_${category}` as PluralKey, args);
  return message || browser.i18n.getMessage(`${name}_other` as PluralKey, args) || name;
}

/** A result whose message the extraction gave as a key (it runs in Node too), in the UI's words. */
export function inUiWords(result: ReadResult): ReadResult {
  if (result.ok || !result.words) return result;
  const { words, ...rest } = result;
  return { ...rest, message: t(words.key, ...(words.subs ?? [])) };
}

/** The UI's language as a BCP 47 tag ("en-US"), for `Intl` and `lang` attributes. */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** The UI's writing direction (the browser's predefined `@@bidi_dir` message). */
export function uiDir(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
