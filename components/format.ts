import { t, uiLocale } from '@/utils/i18n';

/** Display helpers shared by the views. Pure but for the UI's language. */

export function formatDate(value: string | null | undefined, locale?: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value; // the page's own words, e.g. "2 hours ago"
  try {
    return date.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' });
  } catch {
    // A page's own malformed language tag ("en_US") is no reason to lose the date.
    return date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
  }
}

/** "5 min read", in the UI's language: the duration written by `Intl` ("5 min", "5 Min."), the
 * phrase from _locales. Shown in a `<bdi>`: inside a right-to-left article it stays one phrase
 * ("min read 5" was how a bare left-to-right phrase came out there). */
export function formatReadingTime(minutes: number, locale: string = uiLocale()): string {
  const duration = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(minutes);
  return t('readingTime', duration);
}

/** The lead image is shown above the body only when the body does not already open with it. */
export function showLeadImage(leadImage: string | null, html: string): boolean {
  if (!leadImage) return false;
  const file = leadImage.split('?')[0]!.split('/').pop()?.replace(/(-\d+x\d+)?\.\w+$/, '');
  return !file || !html.includes(file);
}
