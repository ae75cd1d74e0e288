import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t, tn, uiLocale, type MessageKey } from '@/utils/i18n';
import { PALETTES, resolveTheme } from '@/utils/reading-style';
import { PanelHead } from './PanelHead';
import { DEFAULTS, FONTS, KEY_FACTS_MODES, RANGES, THEMES, clampSetting, type Font, type KeyFactsMode, type NumberSetting, type Settings, type Theme } from '@/utils/settings';

export interface SettingsPanelProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  /** Escape, or the close button: the caller puts focus back where it was. */
  onClose: () => void;
  /** More rows: the per-site "always open the reader" switch. */
  children?: ComponentChildren;
}

const THEME_LABEL: Record<Theme, MessageKey> = {
  system: 'themeSystem',
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
  black: 'themeBlack',
  contrast: 'themeContrast',
};
const FONT_LABEL: Record<Font, MessageKey> = { serif: 'fontSerif', sans: 'fontSans', mono: 'fontMono', legible: 'fontLegible' };
const KEY_FACTS_LABEL: Record<KeyFactsMode, MessageKey> = { open: 'keyFactsOpen', collapsed: 'keyFactsCollapsed', hidden: 'keyFactsHidden' };

function formatNumber(value: number, digits = 2): string {
  return new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: digits }).format(value);
}

/** Typography, theme, images and key facts, one click away in the reader and the side panel
 * (issue #10). Every change is applied at once, here and in every other Lede page. */
export function SettingsPanel({ settings, onChange, onClose, children }: SettingsPanelProps) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    panel.current?.querySelector<HTMLElement>('button, select, input')?.focus();
  }, []);
  const step = (name: NumberSetting, by: number) => onChange({ [name]: clampSetting(name, settings[name] + by * RANGES[name].step) });

  const range = (name: NumberSetting, label: MessageKey, value: string, testId?: string) => (
    <div class="setting-row slider">
      <label for={`setting-${name}`}>{t(label)}</label>
      <output for={`setting-${name}`}>{value}</output>
      <input
        type="range"
        id={`setting-${name}`}
        data-testid={testId}
        min={RANGES[name].min}
        max={RANGES[name].max}
        step={RANGES[name].step}
        value={settings[name]}
        aria-valuetext={value}
        onInput={(e) => onChange({ [name]: clampSetting(name, Number(e.currentTarget.value)) })}
      />
    </div>
  );

  return (
    <div
      class="settings-panel"
      role="dialog"
      aria-labelledby="settings-title"
      data-testid="settings-panel"
      ref={panel}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
    >
      <PanelHead id="settings-title" title={t('settingsTitle')} onClose={onClose} />

      <fieldset class="theme-choices">
        <legend>{t('settingTheme')}</legend>
        {THEMES.map((theme) => {
          const palette = PALETTES[resolveTheme(theme, false)];
          return (
            <button
              type="button"
              key={theme}
              class={`theme-choice theme-${theme}`}
              data-testid={`theme-${theme}`}
              aria-pressed={settings.theme === theme}
              style={theme === 'system' ? undefined : { background: palette.bg, color: palette.fg }}
              onClick={() => onChange({ theme })}
            >
              <span aria-hidden="true">Aa</span>
              <span class="theme-name">{t(THEME_LABEL[theme])}</span>
            </button>
          );
        })}
      </fieldset>

      <div class="setting-row">
        <label for="setting-font">{t('settingFont')}</label>
        <select id="setting-font" data-testid="setting-font" value={settings.font} onChange={(e) => onChange({ font: e.currentTarget.value as Font })}>
          {FONTS.map((font) => (
            <option key={font} value={font}>
              {t(FONT_LABEL[font])}
            </option>
          ))}
        </select>
      </div>

      <div class="setting-row" role="group" aria-labelledby="setting-size-label">
        <span id="setting-size-label">{t('settingSize')}</span>
        {/* Minus and plus, not "A−" and "A+": a name must contain the words a button shows (WCAG
            2.5.3, axe's label-content-name-mismatch), so that "click A minus" works by voice; a
            lone sign is a symbol, not words, and the row's label says what it sizes. */}
        <span class="stepper">
          <button type="button" data-testid="font-smaller" aria-label={t('fontSmaller')} disabled={settings.fontSize <= RANGES.fontSize.min} onClick={() => step('fontSize', -1)}>
            −
          </button>
          <output data-testid="font-size" aria-live="polite">
            {t('settingPx', formatNumber(settings.fontSize))}
          </output>
          <button type="button" data-testid="font-larger" aria-label={t('fontLarger')} disabled={settings.fontSize >= RANGES.fontSize.max} onClick={() => step('fontSize', 1)}>
            +
          </button>
        </span>
      </div>

      {range('lineHeight', 'settingLineHeight', formatNumber(settings.lineHeight))}
      {range('width', 'settingWidth', tn('settingWidthValue', settings.width), 'setting-width')}
      {range('letterSpacing', 'settingLetterSpacing', t('settingEm', formatNumber(settings.letterSpacing)))}
      {range('wordSpacing', 'settingWordSpacing', t('settingEm', formatNumber(settings.wordSpacing)))}

      <div class="setting-row">
        <label for="setting-align">{t('settingAlign')}</label>
        <select id="setting-align" data-testid="setting-align" value={settings.align} onChange={(e) => onChange({ align: e.currentTarget.value as Settings['align'] })}>
          <option value="start">{t('alignStart')}</option>
          <option value="justify">{t('alignJustify')}</option>
        </select>
      </div>

      <div class="setting-row">
        <label for="setting-key-facts">{t('settingKeyFacts')}</label>
        <select id="setting-key-facts" data-testid="setting-key-facts" value={settings.keyFacts} onChange={(e) => onChange({ keyFacts: e.currentTarget.value as KeyFactsMode })}>
          {KEY_FACTS_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(KEY_FACTS_LABEL[mode])}
            </option>
          ))}
        </select>
      </div>

      <div class="setting-row check">
        <input type="checkbox" id="setting-images" data-testid="setting-images" checked={settings.images} onChange={(e) => onChange({ images: e.currentTarget.checked })} />
        <label for="setting-images">{t('settingImages')}</label>
      </div>

      {children}

      <p class="settings-foot">
        <button type="button" data-testid="settings-reset" onClick={() => onChange({ ...DEFAULTS, voices: settings.voices, speechRate: settings.speechRate })}>
          {t('settingsReset')}
        </button>
      </p>
    </div>
  );
}
