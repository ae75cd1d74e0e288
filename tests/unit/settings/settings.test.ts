import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clampSetting,
  DEFAULTS,
  loadSettings,
  migrateV1,
  RANGES,
  SETTINGS_VERSION,
  settingsItem,
  updateSettings,
  validateSettings,
  watchSettings,
  type Settings,
} from '@/utils/settings';

describe('settings: defaults', () => {
  it('an empty profile reads the defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULTS);
  });

  it('every default lies inside its range, on its step', () => {
    for (const name of Object.keys(RANGES) as (keyof typeof RANGES)[]) {
      expect(clampSetting(name, DEFAULTS[name])).toBe(DEFAULTS[name]);
    }
  });
});

describe('settings: what storage holds is validated on read', () => {
  it('a bad value of each kind falls back to its default, and the good ones stay', () => {
    const stored = { theme: 'neon', font: 12, fontSize: 'huge', lineHeight: null, width: Number.NaN, align: 'centre', images: 'yes', keyFacts: 'maybe', speechRate: Infinity, voices: 'x', letterSpacing: 0.05 };
    expect(validateSettings(stored)).toEqual({ ...DEFAULTS, letterSpacing: 0.05 });
  });

  it('numbers are clamped to their range and snapped to their step', () => {
    const s = validateSettings({ fontSize: 99, lineHeight: 1.63, width: 3, wordSpacing: -1, speechRate: 1.26 });
    expect(s.fontSize).toBe(RANGES.fontSize.max);
    expect(s.lineHeight).toBe(1.65);
    expect(s.width).toBe(RANGES.width.min);
    expect(s.wordSpacing).toBe(0);
    expect(s.speechRate).toBe(1.3);
  });

  it('not an object at all (a string, an array, null) reads as the defaults', () => {
    for (const raw of ['sepia', [1, 2], null, 7]) expect(validateSettings(raw)).toEqual(DEFAULTS);
  });

  it('voices keep only language codes with a voice name', () => {
    expect(validateSettings({ voices: { en: 'Google US English', 'en-US': 'x', fr: 3, de: 'Anna', __proto__: 'y' } }).voices).toEqual({ en: 'Google US English', de: 'Anna' });
  });

  it('storage written by hand with a bad value does not break a read', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'sepia', fontSize: 'huge' } });
    const settings = await loadSettings();
    expect(settings.theme).toBe('sepia');
    expect(settings.fontSize).toBe(DEFAULTS.fontSize);
  });
});

describe('settings: changes', () => {
  it('an update changes what it names and keeps what another page stored', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark' } });
    await updateSettings({ fontSize: 22 });
    expect(await loadSettings()).toMatchObject({ theme: 'dark', fontSize: 22 });
  });

  it('two quick updates from one page both land (written one after the other)', async () => {
    const larger = (s: Settings) => ({ fontSize: s.fontSize + 1 });
    await Promise.all([updateSettings(larger), updateSettings(larger), updateSettings({ theme: 'sepia' })]);
    expect(await loadSettings()).toMatchObject({ fontSize: DEFAULTS.fontSize + 2, theme: 'sepia' });
  });

  it('every page watching hears a change, validated', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await fakeBrowser.storage.sync.set({ settings: { theme: 'black', width: 1000 } });
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]).toMatchObject({ theme: 'black', width: RANGES.width.max });
    unwatch();
  });
});

describe('settings: migrations', () => {
  it('a version 1 value, one voice for every language, becomes version 2 with that voice under its language', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { theme: 'sepia', voice: 'Microsoft Hedda - German (Germany) de-DE', fontSize: 21 },
      settings$: { v: 1 },
    });
    await settingsItem.migrate();
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings as Record<string, unknown>;
    expect(stored).toEqual({ theme: 'sepia', fontSize: 21, voices: { de: 'Microsoft Hedda - German (Germany) de-DE' } });
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: SETTINGS_VERSION });
    expect(await loadSettings()).toMatchObject({ theme: 'sepia', fontSize: 21, voices: { de: 'Microsoft Hedda - German (Germany) de-DE' } });
  });

  it('a v1 voice that names no language is dropped, and nothing else changes', () => {
    expect(migrateV1({ voice: 'Google Deutsch', images: false })).toEqual({ images: false, voices: {} });
    expect(migrateV1(null)).toBeNull();
  });
});
