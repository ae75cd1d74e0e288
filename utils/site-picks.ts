import { storage } from 'wxt/utils/storage';
import { webOrigin } from './url';

/**
 * "This isn't the article?" (issue #12): the block the person picked as the article on a site,
 * kept as a CSS selector per origin and tried first on every page of that site until they
 * forget it. Kept in storage.local (a selector is the person's choice about a site they read,
 * nothing about what they read there); the content script reads it before it extracts.
 */

/** Far more sites than anyone picks for; the oldest pick goes first. */
export const MAX_PICKS = 500;
/** A selector longer than this was not made by `selectorFor` (utils/extract/picked-block.ts). */
export const MAX_SELECTOR_LENGTH = 1_000;

export interface SitePick {
  selector: string;
  /** When it was picked (ms since the epoch): which pick is the oldest. */
  at: number;
}

type Picks = Record<string, SitePick>;

const picksItem = storage.defineItem<Picks>('local:sitePicks', { fallback: {}, version: 1 });

function validPick(value: unknown): value is SitePick {
  if (typeof value !== 'object' || value === null) return false;
  const { selector, at } = value as Partial<SitePick>;
  return typeof selector === 'string' && !!selector.trim() && selector.length <= MAX_SELECTOR_LENGTH && typeof at === 'number' && Number.isFinite(at);
}

/** The stored picks, whatever storage holds: origins with a usable pick, the newest MAX_PICKS. */
export function validPicks(raw: unknown): Picks {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const entries = Object.entries(raw as Record<string, unknown>).filter(
    (entry): entry is [string, SitePick] => webOrigin(entry[0]) === entry[0] && validPick(entry[1]),
  );
  entries.sort((a, b) => a[1].at - b[1].at);
  return Object.fromEntries(entries.slice(-MAX_PICKS).map(([origin, { selector, at }]) => [origin, { selector, at }]));
}

async function allPicks(): Promise<Picks> {
  return validPicks(await picksItem.getValue().catch(() => ({})));
}

/** The selector picked for `url`'s site, or null (none, or not a web page). */
export async function pickFor(url: string): Promise<string | null> {
  const origin = webOrigin(url);
  if (!origin) return null;
  return (await allPicks())[origin]?.selector ?? null;
}

let writing: Promise<unknown> = Promise.resolve();

/** Changes the picks; two quick changes are written one after the other, never from one read. */
function changePicks(change: (picks: Picks) => Picks): Promise<void> {
  const write = writing.then(async () => picksItem.setValue(validPicks(change(await allPicks()))));
  writing = write.catch(() => undefined);
  return write;
}

/** Remembers `selector` as the article of `url`'s site; a pick made before for it is replaced. */
export function rememberPick(url: string, selector: string, now = Date.now()): Promise<void> {
  const origin = webOrigin(url);
  if (!origin || !validPick({ selector, at: now })) return Promise.resolve();
  return changePicks((picks) => {
    const { [origin]: _old, ...others } = picks;
    return { ...others, [origin]: { selector, at: now } };
  });
}

/** Forgets the pick of `url`'s site: its pages are read by Lede's own rules again. */
export function forgetPick(url: string): Promise<void> {
  const origin = webOrigin(url);
  if (!origin) return Promise.resolve();
  return changePicks((picks) => {
    const { [origin]: _gone, ...others } = picks;
    return others;
  });
}

/** Calls `onChange` whenever a site's pick is made or forgotten (views read their tab again). */
export function watchPicks(onChange: () => void): () => void {
  return picksItem.watch(() => onChange());
}
