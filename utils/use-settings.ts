import { useEffect, useState } from 'preact/hooks';
import { applySettings } from './reading-style';
import { DEFAULTS, loadSettings, updateSettings, validateSettings, watchSettings, type Settings, type SettingsPatch } from './settings';

/**
 * The settings of an extension page, applied to it and kept live (issue #10): any change made in
 * any Lede page reaches this one through storage's change events, without a reload.
 *
 * The last settings seen are also kept in this page's localStorage, read synchronously before
 * the first render, so a reader in sepia does not flash white while storage.sync answers.
 */
const CACHE_KEY = 'lede:settings';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function cached(): Settings {
  try {
    const raw = localStorage.getItem(CACHE_KEY);
    return raw ? validateSettings(JSON.parse(raw)) : { ...DEFAULTS };
  } catch {
    return { ...DEFAULTS };
  }
}

function prefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

/** Applies the last known settings at once: call it before the page's first render. */
export function applyCachedSettings(): void {
  applySettings(document.documentElement, cached(), prefersDark());
}

export interface SettingsState {
  settings: Settings;
  /** Changes some settings here at once, and in storage (so in every other page). A function
   * patch is given the current settings: how a key press steps the font size. */
  update: (patch: SettingsPatch) => void;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings>(cached);
  const [dark, setDark] = useState(prefersDark);

  useEffect(() => {
    let live = true;
    void loadSettings().then((stored) => live && setSettings(stored));
    const unwatch = watchSettings((next) => live && setSettings(next));
    const query = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null;
    const onScheme = () => setDark(!!query?.matches);
    query?.addEventListener('change', onScheme);
    return () => {
      live = false;
      unwatch();
      query?.removeEventListener('change', onScheme);
    };
  }, []);

  useEffect(() => {
    applySettings(document.documentElement, settings, dark);
    try {
      localStorage.setItem(CACHE_KEY, JSON.stringify(settings));
    } catch {
      // A page without localStorage only loses the first-paint shortcut.
    }
  }, [settings, dark]);

  const update = (patch: SettingsPatch) => {
    setSettings((current) => validateSettings({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) }));
    void updateSettings(patch).catch(() => undefined); // storage full or gone: this page keeps it
  };
  return { settings, update };
}
