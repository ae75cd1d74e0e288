import { describe, expect, it } from 'vitest';
import { applySettings, CONTRAST_PAIRS, PALETTES, resolveTheme, styleVariables, type ThemeName } from '@/utils/reading-style';
import { DEFAULTS, THEMES } from '@/utils/settings';

/** WCAG 2 relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('themes', () => {
  it('every theme has a palette, and "system" resolves to light or dark', () => {
    for (const theme of THEMES) expect(PALETTES[resolveTheme(theme, false)]).toBeDefined();
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('sepia', true)).toBe('sepia');
  });

  it.each(Object.keys(PALETTES) as ThemeName[])('%s: every pair of colours drawn on each other has a contrast of at least 4.5:1', (theme) => {
    const palette = PALETTES[theme];
    for (const [text, background] of CONTRAST_PAIRS) {
      expect({ theme, text, background, ratio: contrast(palette[text], palette[background]) >= 4.5 }).toEqual({ theme, text, background, ratio: true });
    }
  });
});

describe('the page gets the settings as variables and attributes', () => {
  it('theme colours, type and measure', () => {
    const vars = styleVariables({ ...DEFAULTS, theme: 'sepia', font: 'mono', fontSize: 22, width: 60, lineHeight: 1.8 }, false);
    expect(vars['--bg']).toBe(PALETTES.sepia.bg);
    expect(vars['--mark-fg']).toBe(PALETTES.sepia.markFg);
    expect(vars['--body-size']).toBe('22px');
    expect(vars['--measure']).toBe('60ch');
    expect(vars['--body-leading']).toBe('1.8');
    expect(vars['--body-font']).toMatch(/monospace$/);
  });

  it('on the root element, with the resolved theme for CSS and tests', () => {
    const root = document.createElement('html');
    applySettings(root, { ...DEFAULTS, theme: 'system', images: false, align: 'justify' }, true);
    expect(root.dataset.theme).toBe('dark');
    expect(root.dataset.themeSetting).toBe('system');
    expect(root.dataset.images).toBe('hidden');
    expect(root.dataset.align).toBe('justify');
    expect(root.style.getPropertyValue('--bg')).toBe(PALETTES.dark.bg);
    expect(root.style.colorScheme).toBe('dark');
  });
});
