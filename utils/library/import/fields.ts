/** Field readers shared by the import formats: each takes what a service wrote and returns the
 * library's value, or says why it can't. */

/** A web address the library can open; else the reason, for an ImportProblem. */
export function checkUrl(raw: string | undefined): { url: string } | { reason: string } {
  const value = (raw ?? '').trim();
  if (!value) return { reason: 'no URL' };
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return { reason: `not a web address: "${clip(value)}"` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { reason: `not a web page address (${parsed.protocol}): "${clip(value)}"` };
  }
  return { url: value };
}

/** Epoch seconds, epoch milliseconds or an ISO date, to epoch ms; undefined when absent or unreadable. */
export function parseTimestamp(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) && raw > 0 ? toMs(raw) : undefined;
  if (typeof raw !== 'string') return undefined;
  const value = raw.trim();
  if (!value) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(value)) {
    const n = Number(value);
    return n > 0 ? toMs(n) : undefined;
  }
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Below 1e11 a number is seconds (1e11 s is the year 5138; 1e11 ms is 1973). */
function toMs(n: number): number {
  return Math.round(n < 1e11 ? n * 1000 : n);
}

/** Tags trimmed, empty ones dropped, duplicates (ignoring case) kept once, in file order. */
export function cleanTags(tags: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** One line of text, for a title: collapsed whitespace; undefined when empty. */
export function cleanTitle(raw: string | undefined | null): string | undefined {
  const title = (raw ?? '').replace(/\s+/g, ' ').trim();
  return title || undefined;
}

export function clip(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
