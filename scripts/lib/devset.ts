/** The extraction benchmark's DEV set (`../shared/bench/extraction-dev` from the repo root):
 * 60 news and blog pages with the article text a person marked on each. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DEV_SET_DIR = resolve(REPO_ROOT, '..', 'shared', 'bench', 'extraction-dev');

export interface DevPage {
  id: string;
  url: string;
  html: string;
  /** The article body as the benchmark's annotators marked it. */
  truth: string;
}

/** The DEV pages, or null when the set is not on this machine. */
export function loadDevSet(dir = DEV_SET_DIR): DevPage[] | null {
  if (!existsSync(join(dir, 'ground-truth.json')) || !existsSync(join(dir, 'ids.txt'))) return null;
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  const ids = readFileSync(join(dir, 'ids.txt'), 'utf8').split(/\s+/).filter(Boolean);
  return ids.map((id) => ({
    id,
    url: truth[id]?.url ?? `https://page.invalid/${id}`,
    html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
    truth: truth[id]?.articleBody ?? '',
  }));
}

/** The half of the DEV set a page is in, by the first hex digit of its id (0-7, 8-f): new rules
 * are tuned on one half and reported on the other, so a rule that fits only the pages it was
 * written from shows as a gain on "tune" and none on "report". */
export function devHalf(id: string): 'tune' | 'report' {
  return parseInt(id[0] ?? '0', 16) < 8 ? 'tune' : 'report';
}
