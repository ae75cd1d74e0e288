/**
 * Optional AI key points from Chrome's built-in Summarizer API (Chrome 138+; issue #3), for the side
 * panel only: never the service worker (the API isn't there), never instead of the local facts.
 * The model runs on the device; Lede sends nothing anywhere. Every bullet the model writes is
 * checked against the article, and one that uses a content word the article doesn't is dropped:
 * a summary that adds words may be adding facts.
 *
 * Where the API is absent (Firefox, Chromium builds without it) every function here says so and
 * the side panel shows nothing. https://developer.chrome.com/docs/ai/summarizer-api
 */
import { stem } from '../words';
import { contentStems, words } from './words';

export type AiAvailability = 'absent' | 'unavailable' | 'downloadable' | 'downloading' | 'available';

/** The part of a Summarizer instance Lede uses. */
export interface SummarizerInstance {
  summarize(input: string, options?: { signal?: AbortSignal }): Promise<string>;
  summarizeStreaming?(input: string, options?: { signal?: AbortSignal }): ReadableStream<string>;
  destroy?(): void;
}

/** The part of the `Summarizer` global Lede uses. */
export interface SummarizerApi {
  availability(options?: SummarizerOptions): Promise<string>;
  create(options: SummarizerOptions & { monitor?: (m: EventTarget) => void; signal?: AbortSignal }): Promise<SummarizerInstance>;
}

interface SummarizerOptions {
  type: 'key-points';
  format: 'plain-text' | 'markdown';
  length: 'short' | 'medium' | 'long';
  sharedContext?: string;
  expectedInputLanguages?: string[];
  outputLanguage?: string;
}

/** The options for an article in `lang` (its page's tag, "en-US"): the model is asked for the
 * article's own language, and says "unavailable" for one it doesn't support. */
function summarizerOptions(lang?: string | null): SummarizerOptions {
  const base = (lang ?? 'en').toLowerCase().split('-')[0] || 'en';
  return {
    type: 'key-points',
    format: 'plain-text',
    length: 'medium',
    sharedContext: 'A news article. Summarize only what the article states.',
    expectedInputLanguages: [base],
    outputLanguage: base,
  };
}

/** The model's input window is small; the news is at the top of an article anyway. */
const AI_INPUT_CHARS = 12_000;

function summarizerApi(scope: object = globalThis): SummarizerApi | null {
  if (!('Summarizer' in scope)) return null;
  const api = (scope as { Summarizer?: unknown }).Summarizer;
  return api && typeof (api as SummarizerApi).availability === 'function' ? (api as SummarizerApi) : null;
}

export async function aiAvailability(scope: object = globalThis, lang?: string | null): Promise<AiAvailability> {
  const api = summarizerApi(scope);
  if (!api) return 'absent';
  try {
    const state = await api.availability(summarizerOptions(lang));
    return state === 'available' || state === 'downloadable' || state === 'downloading' ? state : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

export interface AiRun {
  /** Model download progress, 0 to 1, when the model has to be fetched first. */
  onProgress?: (fraction: number) => void;
  /** Each bullet that passed the check, as soon as it is complete. */
  onPoint?: (point: string) => void;
  signal?: AbortSignal;
  scope?: object;
  /** The article's language tag. */
  lang?: string | null;
}

export interface AiResult {
  points: string[];
  /** Bullets dropped because they use words the article doesn't. */
  dropped: string[];
}

/**
 * Runs the Summarizer on `text`. Call it from a click: creating a summarizer whose model must
 * still be downloaded needs a user activation.
 */
export async function aiKeyPoints(text: string, { onProgress, onPoint, signal, scope, lang }: AiRun = {}): Promise<AiResult> {
  const api = summarizerApi(scope);
  if (!api) throw new Error('This browser has no built-in Summarizer.');
  const summarizer = await api.create({
    ...summarizerOptions(lang),
    signal,
    monitor(m) {
      m.addEventListener('downloadprogress', (event) => onProgress?.((event as Event & { loaded: number }).loaded));
    },
  });
  const input = text.slice(0, AI_INPUT_CHARS);
  const result: AiResult = { points: [], dropped: [] };
  const check = makeChecker(text);
  const take = (line: string) => {
    const bullet = cleanBullet(line);
    if (!bullet) return;
    if (check(bullet)) {
      result.points.push(bullet);
      onPoint?.(bullet);
    } else result.dropped.push(bullet);
  };
  try {
    if (summarizer.summarizeStreaming) {
      let pending = '';
      const reader = summarizer.summarizeStreaming(input, { signal }).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        pending += value; // Chrome 135+ streams deltas
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        lines.forEach(take);
      }
      take(pending);
    } else {
      (await summarizer.summarize(input, { signal })).split('\n').forEach(take);
    }
  } finally {
    summarizer.destroy?.();
  }
  return result;
}

/** "- Putin visits…", "* …", "1. …", "**…**" → the sentence. */
export function cleanBullet(line: string): string {
  return line
    .replace(/^\s*(?:[-*•·]|\d+[.)])\s+/, '')
    .replace(/\*\*/g, '')
    .trim();
}

/** Is every content word of a bullet in the article? (Loosely: by stem, case-insensitive.) */
export function makeChecker(text: string): (bullet: string) => boolean {
  const known = new Set<string>();
  for (const w of words(text)) {
    known.add(w);
    known.add(stem(w));
  }
  return (bullet) => {
    const stems = contentStems(bullet);
    return stems.length > 0 && stems.every((s) => known.has(s));
  };
}
