import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, uiLocale } from '@/utils/i18n';
import { browserSpeech, defaultVoice, primaryLanguage, voicesFor, type Speech, type Voice } from './engine';
import { SpeechQueue, type QueueState } from './queue';
import { readingUnits, type SpokenParagraph } from './segment';

/** The CSS Custom Highlight the spoken sentence is painted with (read-aloud.css). */
export const SPEAKING_HIGHLIGHT = 'lede-speaking';

export interface ReadAloudOptions {
  /** The rendered article body (ArticleBody's element), once it is on the page. */
  body: HTMLElement | null;
  /** The article's language; the UI's when it has none. */
  lang: string | null;
  /** The persisted speech rate and the persisted voice for this language (settings). */
  rate: number;
  voiceURI: string | null;
  /** Anything that changes with the article (its URL or id), for a body element that is reused
   * when the article changes: reading stops then, as it does for a new element or language. */
  articleKey?: string | null;
  /** The person changed the speed or the voice: persist it. `lang` is the primary subtag. */
  onRateChange?: (rate: number) => void;
  onVoiceChange?: (lang: string, voiceURI: string) => void;
  /** The speech synthesis to use: the browser's unless given (tests give a fake). */
  speech?: Speech | null;
}

/** What the reader's keys and the ReadAloud controls call. The same functions on every render,
 * so a key binding made once keeps working. */
export interface ReadAloudActions {
  toggle(): void;
  play(paragraph?: number): void;
  pause(): void;
  next(): void;
  previous(): void;
  jumpTo(paragraph: number): void;
  setRate(rate: number): void;
  setVoice(voiceURI: string): void;
  stop(): void;
}

export interface ReadAloud extends QueueState, ReadAloudActions {
  /** The voices that speak the article's language. */
  voices: Voice[];
  /** The one that will speak; null while the voices load or when none speaks the language. */
  voice: Voice | null;
  rate: number;
  /** Why read aloud cannot work here (no speech synthesis, no voice for the language), or null. */
  message: string | null;
}

const IDLE: QueueState = { status: 'idle', position: { paragraph: 0, sentence: 0 } };

function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([uiLocale()], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang; // a tag Intl does not know: its code is still better than nothing
  }
}

/** Chromium 105+ and Firefox 140+ have the Custom Highlight API; jsdom and older browsers do
 * not, and then the sentence is simply not painted. */
function highlights(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' ? CSS.highlights : null;
}

/** Scrolls the spoken sentence into view when it is out of it (the reader and the side panel
 * scroll the document), smoothly unless the person asked for reduced motion. */
function keepInView(range: Range, element: Element): void {
  const view = window.innerHeight;
  const box = element.getBoundingClientRect();
  // jsdom has no Range.getBoundingClientRect: the paragraph's box stands in.
  const rect = typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : box;
  if (rect.top >= 0 && rect.bottom <= view) return;
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const behavior: ScrollBehavior = reduced ? 'auto' : 'smooth';
  // A paragraph taller than the window cannot be shown whole: bring the sentence near the top.
  if (box.height > view) window.scrollBy({ top: rect.top - view / 3, behavior });
  else element.scrollIntoView?.({ block: 'nearest', behavior });
}

/**
 * Read aloud for the reader and the side panel (issue #10). The article is cut into sentences
 * at the first play, not on every render; it stops on `pagehide` (the tab or panel closes), on
 * unmount, and when the article changes.
 */
export function useReadAloud(options: ReadAloudOptions): ReadAloud {
  const { body, lang, articleKey = null } = options;
  const [speech] = useState(() => (options.speech === undefined ? browserSpeech() : options.speech));
  const [allVoices, setAllVoices] = useState<Voice[] | null>(null);
  const [state, setState] = useState<QueueState>(IDLE);
  // The inputs win when they change; between changes, the person's choice stands even when
  // the caller does not persist it.
  const [rate, setRateState] = useState(options.rate);
  const [picked, setPicked] = useState(options.voiceURI);
  useEffect(() => setRateState(options.rate), [options.rate]);
  useEffect(() => setPicked(options.voiceURI), [options.voiceURI]);

  const speakLang = lang || uiLocale();
  const primary = primaryLanguage(speakLang) ?? speakLang;
  const voices = useMemo(() => voicesFor(speakLang, allVoices ?? []), [speakLang, allVoices]);
  const voice = useMemo(() => defaultVoice(speakLang, allVoices ?? [], picked), [speakLang, allVoices, picked]);
  const voiceURI = voice?.uri ?? null;
  let message: string | null = null;
  if (!speech) message = t('readAloudUnsupported');
  else if (allVoices && !voice) message = t('readAloudNoVoice', languageName(primary));

  const reading = useRef<{ queue: SpeechQueue; units: SpokenParagraph[] } | null>(null);
  const latest = useRef({ body, lang, speakLang, primary, rate, voiceURI, message, options });
  latest.current = { body, lang, speakLang, primary, rate, voiceURI, message, options };

  useEffect(() => speech?.watchVoices(setAllVoices), [speech]);

  // A new article (element, language or key) or unmount: silence, and segment afresh later.
  useEffect(
    () => () => {
      reading.current?.queue.stop();
      reading.current = null;
      highlights()?.delete(SPEAKING_HIGHLIGHT);
    },
    [body, speakLang, articleKey, speech],
  );

  useEffect(() => {
    const stop = () => reading.current?.queue.stop();
    window.addEventListener('pagehide', stop);
    return () => window.removeEventListener('pagehide', stop);
  }, []);

  // While speaking, a new rate or voice restarts the current sentence (SpeechQueue.setRate).
  useEffect(() => reading.current?.queue.setRate(rate), [rate]);
  useEffect(() => reading.current?.queue.setVoice(voiceURI), [voiceURI]);

  useEffect(() => {
    const units = reading.current?.units;
    const paragraph = units?.[state.position.paragraph];
    const sentence = state.status === 'idle' ? undefined : paragraph?.sentences[state.position.sentence];
    const registry = highlights();
    if (!paragraph || !sentence) {
      registry?.delete(SPEAKING_HIGHLIGHT);
      return;
    }
    registry?.set(SPEAKING_HIGHLIGHT, new Highlight(sentence.range));
    if (state.status === 'playing') keepInView(sentence.range, paragraph.element);
  }, [state]);

  const actions = useMemo<ReadAloudActions>(() => {
    /** The queue for the article on the page; none when there is nothing it could say. */
    const queue = (): SpeechQueue | null => {
      const { body, lang, speakLang, rate, voiceURI, message } = latest.current;
      if (!speech || !body || message) return null;
      if (!reading.current) {
        const units = readingUnits(body, lang);
        const paragraphs = units.map((p) => p.sentences.map((s) => s.text));
        const queue = new SpeechQueue(speech.engine, paragraphs, { lang: speakLang, voiceURI, rate, onChange: setState });
        reading.current = { queue, units };
      }
      return reading.current.queue;
    };
    return {
      toggle: () => queue()?.toggle(),
      play: (paragraph) => queue()?.play(paragraph),
      pause: () => reading.current?.queue.pause(),
      next: () => queue()?.next(),
      previous: () => queue()?.previous(),
      jumpTo: (paragraph) => queue()?.jumpTo(paragraph),
      stop: () => reading.current?.queue.stop(),
      setRate: (next) => {
        setRateState(next);
        latest.current.options.onRateChange?.(next);
      },
      setVoice: (uri) => {
        setPicked(uri);
        latest.current.options.onVoiceChange?.(latest.current.primary, uri);
      },
    };
  }, [speech]);

  return { ...state, ...actions, voices, voice, rate, message };
}
