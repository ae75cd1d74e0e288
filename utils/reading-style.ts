import type { Font, Settings, Theme } from './settings';

/**
 * How the settings look (issue #10): the themes' palettes and the font stacks, as named data,
 * and the CSS custom properties and attributes a page gets from them. components/lede.css reads
 * only these variables. tests/unit/settings/reading-style.test.ts checks that every pair of
 * colours drawn on each other in lede.css has a contrast of at least 4.5:1 (WCAG AA).
 */

export type Palette = Record<'bg' | 'fg' | 'muted' | 'accent' | 'soft' | 'line' | 'danger' | 'mark' | 'markFg' | 'keyLine', string>;
export type ThemeName = Exclude<Theme, 'system'>;

export const PALETTES: Record<ThemeName, Palette> = {
  light: { bg: '#ffffff', fg: '#1f1f1f', muted: '#5c5f66', accent: '#0b57d0', soft: '#eef1f4', line: '#c9ced4', danger: '#b3261e', mark: '#fde68a', markFg: '#1f1f1f', keyLine: '#fdf3c4' },
  sepia: { bg: '#f6efe1', fg: '#3b2e1e', muted: '#66533c', accent: '#8f3f00', soft: '#ebe0c9', line: '#cdbb98', danger: '#9c2418', mark: '#f0cf70', markFg: '#3b2e1e', keyLine: '#f1e3b5' },
  dark: { bg: '#1e1f22', fg: '#e6e6e6', muted: '#a9aeb5', accent: '#8ab4f8', soft: '#2b2d31', line: '#474a51', danger: '#f2b8b5', mark: '#6b5600', markFg: '#e6e6e6', keyLine: '#3a3420' },
  black: { bg: '#000000', fg: '#d9d9d9', muted: '#a0a0a0', accent: '#80b3ff', soft: '#161616', line: '#3a3a3a', danger: '#ff9d96', mark: '#5c4a00', markFg: '#d9d9d9', keyLine: '#262010' },
  contrast: { bg: '#000000', fg: '#ffffff', muted: '#e6e6e6', accent: '#ffe14d', soft: '#1a1a1a', line: '#ffffff', danger: '#ff8a80', mark: '#ffe14d', markFg: '#000000', keyLine: '#333000' },
};

/** The pairs lede.css draws one on the other: [text, background]. */
export const CONTRAST_PAIRS: [keyof Palette, keyof Palette][] = [
  ['fg', 'bg'], ['muted', 'bg'], ['accent', 'bg'], ['danger', 'bg'],
  ['fg', 'soft'], ['muted', 'soft'], ['accent', 'soft'], ['danger', 'soft'],
  ['bg', 'accent'], // a primary button's label
  ['markFg', 'mark'], ['fg', 'keyLine'], ['accent', 'keyLine'],
];

/** Themes whose colour scheme is dark, for `color-scheme` (scroll bars, form controls). */
const DARK_THEMES = new Set<ThemeName>(['dark', 'black', 'contrast']);

/** Atkinson Hyperlegible Next is bundled (public/fonts, SIL OFL 1.1) and loaded only when
 * chosen; the others are the system's own. */
const FONT_STACKS: Record<Font, string> = {
  serif: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, 'Noto Serif', serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
  mono: "ui-monospace, 'SF Mono', Menlo, Consolas, 'DejaVu Sans Mono', monospace",
  legible: "'Atkinson Hyperlegible Next', 'Atkinson Hyperlegible', system-ui, sans-serif",
};

export function resolveTheme(theme: Theme, prefersDark: boolean): ThemeName {
  if (theme !== 'system') return theme;
  return prefersDark ? 'dark' : 'light';
}

/** The CSS custom properties of a page with these settings. Pure. */
export function styleVariables(settings: Settings, prefersDark: boolean): Record<string, string> {
  const palette = PALETTES[resolveTheme(settings.theme, prefersDark)];
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(palette)) vars[`--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`] = value;
  vars['--body-font'] = FONT_STACKS[settings.font];
  vars['--body-size'] = `${settings.fontSize}px`;
  vars['--body-leading'] = String(settings.lineHeight);
  vars['--measure'] = `${settings.width}ch`;
  vars['--letter-spacing'] = `${settings.letterSpacing}em`;
  vars['--word-spacing'] = `${settings.wordSpacing}em`;
  return vars;
}

/** Puts the settings on a page's root element: variables for lede.css, and data attributes for
 * what variables can't say (alignment, images, the theme's name for tests and forced colours). */
export function applySettings(root: HTMLElement, settings: Settings, prefersDark: boolean): void {
  const theme = resolveTheme(settings.theme, prefersDark);
  for (const [name, value] of Object.entries(styleVariables(settings, prefersDark))) root.style.setProperty(name, value);
  root.style.colorScheme = DARK_THEMES.has(theme) ? 'dark' : 'light';
  root.dataset.theme = theme;
  root.dataset.themeSetting = settings.theme;
  root.dataset.font = settings.font;
  root.dataset.align = settings.align;
  root.dataset.images = settings.images ? 'shown' : 'hidden';
}
