/**
 * Coreference and ranking of names (issue #3): "Putin" is the "Vladimir Putin" named elsewhere,
 * "Kim" the Kim named most, "IMF" the "International Monetary Fund"; people, organisations and
 * places are listed most mentioned first.
 */
import { COUNTRIES, DEMONYMS, PLACES } from './lexicon';
import type { Kind, Mention } from './mentions';
import type { Person } from './types';

/** Coreference: short names to the full name they abbreviate; family names to persons. */
export function resolve(mentions: Mention[]): void {
  const counts = new Map<string, number>();
  const count = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const m of mentions) if (m.kind === 'person') count(m.name);
  const evidenced = [...counts.keys()].filter((n) => n.includes(' '));
  const firstWords = new Set(evidenced.map((p) => p.split(' ')[0]!));
  const shortNames = new Set(mentions.filter((m) => m.kind === 'person' && !m.name.includes(' ')).map((m) => m.name));
  const loneWords = new Set(mentions.filter((m) => m.kind === 'unknown' && !m.name.includes(' ')).map((m) => m.name));
  const lastWords = new Set(evidenced.map((p) => p.split(' ').pop()!));
  // An unexplained full name is a person when it shares a family name written first with a known
  // person ("Kim Jong Il" beside "Kim Jong Un"), when a titled short form names it ("Ms Kunis"
  // for "Mila Kunis"), or when the text goes on to call it by its last word alone, as news does
  // with people ("Erik Holm", then "Holm"). Only evidenced persons count, so one guess never
  // licenses another.
  for (const m of mentions) {
    if (m.kind !== 'unknown' || !m.name.includes(' ')) continue;
    const parts = m.name.split(' ');
    const last = parts[parts.length - 1]!;
    if (firstWords.has(parts[0]!) || ((shortNames.has(last) || loneWords.has(last)) && looksLikeFullName(parts, lastWords, shortNames.has(last)))) {
      m.kind = 'person';
      count(m.name);
    }
  }
  // One word: the full name ending in it ("Putin"), else starting with it ("Kim"); the most
  // mentioned wins. Indexed once, so long articles stay linear.
  const byLast = new Map<string, string>();
  const byFirst = new Map<string, string>();
  const better = (map: Map<string, string>, key: string, name: string) => {
    const current = map.get(key);
    if (!current || (counts.get(name) ?? 0) > (counts.get(current) ?? 0)) map.set(key, name);
  };
  for (const name of counts.keys()) {
    if (!name.includes(' ')) continue;
    const parts = name.split(' ');
    better(byLast, parts[parts.length - 1]!, name);
    better(byFirst, parts[0]!, name);
  }
  for (const m of mentions) {
    if (m.kind !== 'person' && m.kind !== 'unknown') continue;
    if (m.name.includes(' ')) {
      if (m.kind === 'person') m.canonical = m.name;
      continue;
    }
    const target = byLast.get(m.name) ?? byFirst.get(m.name);
    if (target) {
      m.kind = 'person';
      m.canonical = target;
    } else if (m.kind === 'person') m.canonical = m.name;
  }
}

/** A person's full name has at most this many words ("Kim Jong Un"); more is a team, a title or a
 * caption run together. */
const MAX_FULL_NAME_WORDS = 3;

/** For the last-word rule: not a team or a group ("Leeds Rhinos", "Ethiopian Christians"), not a
 * place or a caption run into a known person's name ("Headingley Sinfield" beside "Kevin Sinfield"). */
function looksLikeFullName(parts: string[], lastWords: Set<string>, titled: boolean): boolean {
  const [first, last] = [parts[0]!, parts[parts.length - 1]!];
  if (parts.length > MAX_FULL_NAME_WORDS || lastWords.has(last) || (!titled && /[^s]s$/.test(last))) return false;
  if (first === first.toUpperCase() || DEMONYMS.has(first) || COUNTRIES.has(first) || PLACES.has(first)) return false;
  return true;
}

export function rankPeople(mentions: Mention[]): Person[] {
  const byName = new Map<string, { person: Person; count: number; first: number; roleFromFull: boolean }>();
  for (const m of mentions) {
    if (m.kind !== 'person' || !m.canonical) continue;
    const entry = byName.get(m.canonical) ?? { person: { name: m.canonical }, count: 0, first: m.start, roleFromFull: false };
    entry.count++;
    // The role given with the full name wins; else the first role given at all.
    if (m.role && (!entry.person.role || (m.name === m.canonical && !entry.roleFromFull))) {
      entry.person.role = m.role;
      entry.roleFromFull = m.name === m.canonical;
    }
    byName.set(m.canonical, entry);
  }
  return [...byName.values()].sort((a, b) => b.count - a.count || a.first - b.first).map((e) => e.person);
}

export function rankNames(mentions: Mention[], kind: Kind): string[] {
  const byName = new Map<string, { count: number; first: number }>();
  // "IMF" is the "International Monetary Fund" the text spells out.
  const longForms = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind === kind && m.name.includes(' ')) longForms.set(initials(m.name), m.name);
  }
  for (const m of mentions) {
    if (m.kind !== kind) continue;
    const name = longForms.get(m.name.replace(/\./g, '')) ?? m.name;
    const entry = byName.get(name) ?? { count: 0, first: m.start };
    entry.count++;
    byName.set(name, entry);
  }
  return [...byName.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first).map(([name]) => name);
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => !/^(?:of|the|for|and|de|&)$/i.test(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}
