import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { scrollBehavior } from './motion';
import { paragraphsOf, stepParagraph } from './paragraphs';
import { clampSetting, DEFAULTS, RANGES, THEMES, type SettingsPatch } from './settings';
import { useReaderKeys } from './use-reader-keys';

export interface ReaderUiOptions {
  update: (patch: SettingsPatch) => void;
  /** The rendered article body, once there is one. */
  body: HTMLElement | null;
  /** Read aloud's play/pause, and where it should go when j or k moves the reader. */
  readAloud?: { toggle: () => void; jumpTo?: (paragraph: HTMLElement) => void; active: boolean };
}

/**
 * The reader's and the side panel's panels and keys (issue #10): which panel is open, where
 * focus goes back when it closes, and what each key of utils/reader-keys.ts does here.
 */
export function useReaderUi({ update, body, readAloud }: ReaderUiOptions) {
  const [panel, setPanel] = useState<'settings' | 'help' | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [commands, setCommands] = useState<{ description: string; shortcut: string }[]>([]);

  useEffect(() => {
    void browser.commands
      ?.getAll()
      .then((all) => setCommands(all.filter((c) => c.description).map((c) => ({ description: c.description!, shortcut: c.shortcut ?? '' }))))
      .catch(() => undefined);
  }, []);

  const open = (which: 'settings' | 'help', from: HTMLElement | null) => {
    opener.current = from ?? (document.activeElement as HTMLElement | null);
    setPanel(which);
  };
  const close = () => {
    setPanel(null);
    // After the panel has gone: focus goes back to what opened it.
    setTimeout(() => opener.current?.focus(), 0);
  };
  const step = (direction: 1 | -1) => {
    const el = body;
    if (!el) return;
    const bar = document.querySelector('.reader-bar')?.getBoundingClientRect().bottom ?? 0;
    const target = stepParagraph(paragraphsOf(el), direction, bar, document.activeElement);
    if (!target) return;
    target.tabIndex = -1; // focusable, so a screen reader follows and the focus ring shows where
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start', behavior: scrollBehavior() });
    if (readAloud?.active) readAloud.jumpTo?.(target);
  };
  const size = (by: number) => update((s) => ({ fontSize: clampSetting('fontSize', s.fontSize + by * RANGES.fontSize.step) }));

  useReaderKeys({
    nextParagraph: () => step(1),
    previousParagraph: () => step(-1),
    fontLarger: () => size(1),
    fontSmaller: () => size(-1),
    fontReset: () => update({ fontSize: DEFAULTS.fontSize }),
    nextTheme: () => update((s) => ({ theme: THEMES[(THEMES.indexOf(s.theme) + 1) % THEMES.length] })),
    readAloud: readAloud?.toggle,
    settings: () => (panel === 'settings' ? close() : open('settings', null)),
    help: () => open('help', null),
    close: panel ? close : undefined,
  });

  return {
    panel,
    commands,
    mac: /Mac|iPhone|iPad/.test(navigator.platform),
    openSettings: (from: HTMLElement) => open('settings', from),
    openHelp: (from: HTMLElement) => open('help', from),
    close,
  };
}
