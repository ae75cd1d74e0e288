import type { SpeechEngine } from './queue';

/**
 * Read aloud's view of the browser (issue #10): the SpeechEngine over `window.speechSynthesis`,
 * the voices it offers, and which of them speaks the article's language. The hook takes a
 * `Speech`, so its tests hand it a fake instead of the browser's.
 */

export interface Voice {
  /** `SpeechSynthesisVoice.voiceURI`: what the settings keep. */
  uri: string;
  name: string;
  lang: string;
  /** The browser's default voice (one of all of them, whatever its language). */
  isDefault: boolean;
}

export interface Speech {
  engine: SpeechEngine;
  /** Calls `onVoices` once the voices are known, then on every change; returns the unsubscribe. */
  watchVoices(onVoices: (voices: Voice[]) => void): () => void;
}

/** Chromium lists no voice until `voiceschanged`, and a system without speech services (Linux
 * without speech-dispatcher) never fires it: an empty list is believed after this long. */
export const VOICES_WAIT_MS = 1500;

/** Legacy codes some engines still use (Android's "iw_IL", "in_ID"), and Bokmål voices for
 * articles tagged plain Norwegian. */
const ALIASES: Record<string, string> = { iw: 'he', in: 'id', ji: 'yi', nb: 'no' };

/** A language tag lowercased with `-` separators: Android reports "en_US". */
function normalTag(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

/** The primary language subtag ("en" for "en-GB", "he" for "iw_IL"), or null for none. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const primary = tag ? normalTag(tag).split('-')[0] : '';
  return primary ? (ALIASES[primary] ?? primary) : null;
}

/** The voices that speak `lang`, by primary subtag: an en-US voice reads an en-GB article. */
export function voicesFor(lang: string | null, voices: readonly Voice[]): Voice[] {
  const primary = primaryLanguage(lang);
  return primary ? voices.filter((voice) => primaryLanguage(voice.lang) === primary) : [];
}

/**
 * The voice for an article in `lang`: the one the reader chose for that language if it is still
 * installed and speaks it; else the browser's default if it speaks it; else one for the exact
 * tag (en-GB for en-GB); else the first of the language. Null when none speaks it.
 */
export function defaultVoice(lang: string | null, voices: readonly Voice[], chosenURI?: string | null): Voice | null {
  const own = voicesFor(lang, voices);
  const exact = lang ? normalTag(lang) : '';
  return (
    own.find((voice) => voice.uri === chosenURI) ??
    own.find((voice) => voice.isDefault) ??
    own.find((voice) => normalTag(voice.lang) === exact) ??
    own[0] ??
    null
  );
}

function listVoices(synth: SpeechSynthesis): Voice[] {
  return synth.getVoices().map((voice) => ({ uri: voice.voiceURI, name: voice.name, lang: voice.lang, isDefault: voice.default }));
}

function browserEngine(synth: SpeechSynthesis): SpeechEngine {
  // Chromium may garbage-collect an utterance nothing references while it is spoken, and then
  // never fire its `end`, which would stall the queue: hold the one being spoken.
  let speaking: SpeechSynthesisUtterance | null = null;
  return {
    speak(request) {
      const utterance = new SpeechSynthesisUtterance(request.text);
      const voice = synth.getVoices().find((v) => v.voiceURI === request.voiceURI);
      if (voice) utterance.voice = voice;
      utterance.lang = voice?.lang ?? request.lang ?? '';
      utterance.rate = request.rate;
      utterance.onend = () => {
        if (speaking === utterance) speaking = null;
        request.onEnd();
      };
      utterance.onerror = (event) => {
        if (speaking === utterance) speaking = null;
        request.onError(event.error);
      };
      speaking = utterance;
      synth.speak(utterance);
    },
    cancel() {
      synth.cancel();
    },
  };
}

/** The browser's speech synthesis, or null where it has none. */
export function browserSpeech(): Speech | null {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance !== 'function') return null;
  const synth = speechSynthesis;
  return {
    engine: browserEngine(synth),
    watchVoices(onVoices) {
      const report = () => onVoices(listVoices(synth));
      let timer: ReturnType<typeof setTimeout> | undefined;
      if (synth.getVoices().length) report();
      else timer = setTimeout(report, VOICES_WAIT_MS);
      const changed = () => {
        clearTimeout(timer);
        report();
      };
      synth.addEventListener('voiceschanged', changed);
      return () => {
        clearTimeout(timer);
        synth.removeEventListener('voiceschanged', changed);
      };
    },
  };
}
