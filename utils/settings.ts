import { storage } from 'wxt/utils/storage';

/**
 * The reader's settings (issue #10): one module owns them. Each is defined once here, with its
 * default and its bounds; every value is validated on read, so a stored font size of "huge"
 * falls back to the default instead of breaking a view. They live in `storage.sync`, so they
 * follow the person's browser profile, and every open Lede page watches them: a change made in
 * the reader shows at once in the side panel, the popup and the library.
 */

export const THEMES = ['system', 'light', 'sepia', 'dark', 'black', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

export const FONTS = ['serif', 'sans', 'mono', 'legible'] as const;
export type Font = (typeof FONTS)[number];

const ALIGNS = ['start', 'justify'] as const;
export type Align = (typeof ALIGNS)[number];

/** Key facts in the reader and the side panel (the popup always shows its key points). */
export const KEY_FACTS_MODES = ['open', 'collapsed', 'hidden'] as const;
export type KeyFactsMode = (typeof KEY_FACTS_MODES)[number];

export interface Settings {
  theme: Theme;
  font: Font;
  /** Body text in CSS px, in the reader; the side panel shows it a little smaller. */
  fontSize: number;
  /** Unitless line height. */
  lineHeight: number;
  /** The measure: the body's widest line, in `ch` of its font. */
  width: number;
  /** In `em`. */
  letterSpacing: number;
  /** In `em`. */
  wordSpacing: number;
  /** Justified text is hyphenated by the article's language. */
  align: Align;
  images: boolean;
  keyFacts: KeyFactsMode;
  /** Read aloud: the speech rate (1 is the voice's normal speed). */
  speechRate: number;
  /** Read aloud: the voice chosen for a language (primary subtag → `SpeechSynthesisVoice.voiceURI`). */
  voices: Record<string, string>;
}

export interface Range {
  min: number;
  max: number;
  step: number;
}

/** The bounds of every number setting, and the step the controls and keys move it by. */
export const RANGES = {
  fontSize: { min: 12, max: 40, step: 1 },
  lineHeight: { min: 1.2, max: 2.4, step: 0.05 },
  width: { min: 40, max: 100, step: 2 },
  letterSpacing: { min: 0, max: 0.12, step: 0.01 },
  wordSpacing: { min: 0, max: 0.5, step: 0.02 },
  speechRate: { min: 0.5, max: 2.5, step: 0.1 },
} as const satisfies Record<string, Range>;

export type NumberSetting = keyof typeof RANGES;

export const DEFAULTS: Readonly<Settings> = Object.freeze({
  theme: 'system',
  font: 'serif',
  fontSize: 19,
  lineHeight: 1.6,
  width: 68,
  letterSpacing: 0,
  wordSpacing: 0,
  align: 'start',
  images: true,
  keyFacts: 'open',
  speechRate: 1,
  voices: {},
});

/** At most this many per-language voices are kept (storage.sync allows 8 KB an item). */
const MAX_VOICES = 40;

function oneOf<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}

/** `value` inside its range, on its step; the default when it is not a finite number. */
export function clampSetting(name: NumberSetting, value: unknown): number {
  const { min, max, step } = RANGES[name];
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULTS[name];
  const snapped = min + Math.round((value - min) / step) * step;
  // Rounded to the step's decimals: 1.2 + 8 × 0.05 is 1.6000000000000003 in floating point.
  const decimals = String(step).split('.')[1]?.length ?? 0;
  return Number(Math.min(max, Math.max(min, snapped)).toFixed(decimals));
}

function validVoices(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const voices: Record<string, string> = {};
  for (const [lang, uri] of Object.entries(value).slice(0, MAX_VOICES)) {
    if (/^[a-z]{2,3}$/.test(lang) && typeof uri === 'string' && uri.length <= 200) voices[lang] = uri;
  }
  return voices;
}

/** Settings from whatever storage holds: each field checked on its own, a bad one defaulted. */
export function validateSettings(raw: unknown): Settings {
  const stored = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return {
    theme: oneOf(THEMES, stored.theme, DEFAULTS.theme),
    font: oneOf(FONTS, stored.font, DEFAULTS.font),
    fontSize: clampSetting('fontSize', stored.fontSize),
    lineHeight: clampSetting('lineHeight', stored.lineHeight),
    width: clampSetting('width', stored.width),
    letterSpacing: clampSetting('letterSpacing', stored.letterSpacing),
    wordSpacing: clampSetting('wordSpacing', stored.wordSpacing),
    align: oneOf(ALIGNS, stored.align, DEFAULTS.align),
    images: typeof stored.images === 'boolean' ? stored.images : DEFAULTS.images,
    keyFacts: oneOf(KEY_FACTS_MODES, stored.keyFacts, DEFAULTS.keyFacts),
    speechRate: clampSetting('speechRate', stored.speechRate),
    voices: validVoices(stored.voices),
  };
}

/**
 * Version history of the stored value (WXT runs the migrations on first read after an update):
 * - v1 (this issue's first shape): one `voice` for every language.
 * - v2: `voices`, one per language, since a voice speaks one language; v1's voice is kept for
 *   the language its URI names, when it names one ("Google Deutsch" does not, so it goes).
 */
export const SETTINGS_VERSION = 2;

export function migrateV1(old: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!old || typeof old !== 'object') return old;
  const { voice, ...rest } = old;
  const lang = typeof voice === 'string' ? /(?:^|[^a-z])([a-z]{2})[-_][A-Z]{2}(?:$|[^A-Za-z])/.exec(voice)?.[1] : undefined;
  return { ...rest, voices: lang && typeof voice === 'string' ? { [lang]: voice } : {} };
}

export const settingsItem = storage.defineItem<Record<string, unknown>>('sync:settings', {
  fallback: { ...DEFAULTS },
  version: SETTINGS_VERSION,
  migrations: { 2: migrateV1 },
});

export async function loadSettings(): Promise<Settings> {
  return validateSettings(await settingsItem.getValue().catch(() => null));
}

let writing: Promise<unknown> = Promise.resolve();

/** Changes some settings; the others keep what storage holds now (another page may have
 * changed them). A page's changes are written one after the other, so two quick key presses
 * never read the same old value. Returns the settings as stored. */
export type SettingsPatch = Partial<Settings> | ((current: Settings) => Partial<Settings>);

export function updateSettings(patch: SettingsPatch): Promise<Settings> {
  const write = writing.then(async () => {
    const current = await loadSettings();
    const next = validateSettings({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) });
    await settingsItem.setValue({ ...next });
    return next;
  });
  writing = write.catch(() => undefined);
  return write;
}

/** Calls `onChange` with valid settings whenever any Lede page changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(validateSettings(value)));
}
