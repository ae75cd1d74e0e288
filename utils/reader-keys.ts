import type { MessageKey } from './i18n';

/**
 * The reader's keys (issue #10), as named data: what each does, which keys do it, how `?`
 * lists them. The README lists every one (tests/unit/reader-keys.test.ts checks it), and
 * `readerAction` is the only place a key event is read.
 */
export type ReaderAction =
  | 'nextParagraph'
  | 'previousParagraph'
  | 'fontLarger'
  | 'fontSmaller'
  | 'fontReset'
  | 'nextTheme'
  | 'readAloud'
  | 'settings'
  | 'help'
  | 'close';

export interface ReaderKey {
  action: ReaderAction;
  /** `KeyboardEvent.key` values. */
  keys: string[];
  /** With Ctrl (Cmd on a Mac): the browser's zoom keys, taken over to change Lede's type size. */
  mod?: boolean;
  /** The words `?` shows for it. */
  label: MessageKey;
}

export const READER_KEYS: readonly ReaderKey[] = [
  { action: 'nextParagraph', keys: ['j'], label: 'keyNextParagraph' },
  { action: 'previousParagraph', keys: ['k'], label: 'keyPreviousParagraph' },
  { action: 'fontLarger', keys: ['+', '='], label: 'keyFontLarger' },
  { action: 'fontSmaller', keys: ['-'], label: 'keyFontSmaller' },
  { action: 'fontLarger', keys: ['+', '='], mod: true, label: 'keyFontLarger' },
  { action: 'fontSmaller', keys: ['-'], mod: true, label: 'keyFontSmaller' },
  { action: 'fontReset', keys: ['0'], mod: true, label: 'keyFontReset' },
  { action: 'nextTheme', keys: ['t'], label: 'keyNextTheme' },
  { action: 'readAloud', keys: ['p'], label: 'keyReadAloud' },
  { action: 'settings', keys: ['s'], label: 'keySettings' },
  { action: 'help', keys: ['?'], label: 'keyHelp' },
  { action: 'close', keys: ['Escape'], label: 'keyClose' },
];

export interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Whether the key goes to a text field, a select or an editable element. */
  typing: boolean;
}

/** What a key press asks the reader to do, or null to leave it to the page. */
export function readerAction(event: KeyEventLike): ReaderAction | null {
  if (event.altKey) return null;
  const mod = event.ctrlKey || event.metaKey;
  // Typing in the settings' fields or the voice menu is typing; Escape still closes.
  if (event.typing && event.key !== 'Escape') return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const match = READER_KEYS.find((entry) => !!entry.mod === mod && entry.keys.includes(key));
  return match?.action ?? null;
}

/** Inputs whose keys are not typing: a slider, a box to tick, a button. */
const NOT_TYPED = /^(?:range|checkbox|radio|button|submit|reset|color|file)$/;

/** Whether a key event's target takes typing. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  if (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  return el.tagName === 'INPUT' && !NOT_TYPED.test((el as HTMLInputElement).type);
}
