/** Display helpers shared by the views. Pure. */

export function formatDate(value: string | null | undefined, locale?: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value; // the page's own words, e.g. "2 hours ago"
  return date.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' });
}

export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** The lead image is shown above the body only when the body does not already open with it. */
export function showLeadImage(leadImage: string | null, html: string): boolean {
  if (!leadImage) return false;
  const file = leadImage.split('?')[0]!.split('/').pop()?.replace(/(-\d+x\d+)?\.\w+$/, '');
  return !file || !html.includes(file);
}
