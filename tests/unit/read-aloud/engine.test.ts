import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserSpeech, defaultVoice, primaryLanguage, VOICES_WAIT_MS, voicesFor, type Voice } from '@/utils/read-aloud/engine';
import { voice } from './fake-speech';

describe('voices for the article’s language', () => {
  const US = voice('us', 'en-US');
  const GB = voice('gb', 'en-GB');
  const FR = voice('fr', 'fr-FR', true);
  const DE = voice('de', 'de_DE');

  it('match by primary subtag, whatever the case or separator', () => {
    expect(primaryLanguage('EN_gb')).toBe('en');
    expect(primaryLanguage('iw_IL')).toBe('he');
    expect(primaryLanguage('')).toBeNull();
    expect(voicesFor('EN_gb', [US, FR, DE])).toEqual([US]);
    expect(voicesFor('de-AT', [US, FR, DE])).toEqual([DE]);
    expect(voicesFor(null, [US])).toEqual([]);
  });

  it('an en-GB article gets an en-US voice when there is no en-GB one', () => {
    expect(defaultVoice('en-GB', [FR, US, DE])).toBe(US);
  });

  it('prefers the chosen voice, then the browser default, then the exact tag, then the first', () => {
    expect(defaultVoice('en-GB', [US, GB], 'us')).toBe(US);
    expect(defaultVoice('en-GB', [US, GB])).toBe(GB);
    const defaultUS = voice('us', 'en-US', true);
    expect(defaultVoice('en-GB', [GB, defaultUS])).toBe(defaultUS);
  });

  it('does not use a chosen voice of another language, or one no longer installed', () => {
    expect(defaultVoice('en-GB', [US, FR], 'fr')).toBe(US);
    expect(defaultVoice('en-GB', [US], 'gone')).toBe(US);
  });

  it('has none for a language no voice speaks', () => {
    expect(defaultVoice('ar', [US, FR, DE])).toBeNull();
    expect(defaultVoice('ar', [])).toBeNull();
  });
});

/** window.speechSynthesis as Chromium has it: no voices until `voiceschanged`. */
class FakeSynth extends EventTarget {
  voices: Partial<SpeechSynthesisVoice>[] = [];
  spoken: FakeUtterance[] = [];
  getVoices = () => this.voices;
  speak = (u: FakeUtterance) => this.spoken.push(u);
  cancel = vi.fn();
}
class FakeUtterance {
  voice: unknown = null;
  lang = '';
  rate = 1;
  onend: (() => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

describe('the browser adapter', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('is null where the browser has no speech synthesis (jsdom)', () => {
    expect(browserSpeech()).toBeNull();
  });

  it('speaks with the voice object for the URI, at the rate, and passes the events on', () => {
    const synth = new FakeSynth();
    synth.voices = [{ voiceURI: 'gb', name: 'Daniel', lang: 'en-GB', default: false }];
    vi.stubGlobal('speechSynthesis', synth);
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    const speech = browserSpeech()!;
    const onEnd = vi.fn();
    const onError = vi.fn();
    speech.engine.speak({ text: 'Hello.', lang: 'en', voiceURI: 'gb', rate: 1.4, onEnd, onError });
    const spoken = synth.spoken[0]!;
    expect(spoken).toMatchObject({ text: 'Hello.', voice: synth.voices[0], lang: 'en-GB', rate: 1.4 });
    spoken.onend!();
    spoken.onerror!({ error: 'interrupted' });
    expect(onEnd).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledWith('interrupted');
    speech.engine.cancel();
    expect(synth.cancel).toHaveBeenCalledOnce();
  });

  it('reports the voices when they load, and an empty list only after waiting for them', () => {
    vi.useFakeTimers();
    const synth = new FakeSynth();
    vi.stubGlobal('speechSynthesis', synth);
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    const seen: Voice[][] = [];
    const stop = browserSpeech()!.watchVoices((voices) => seen.push(voices));
    expect(seen).toEqual([]);
    synth.voices = [{ voiceURI: 'ar', name: 'Maged', lang: 'ar-SA', default: true }];
    synth.dispatchEvent(new Event('voiceschanged'));
    expect(seen).toEqual([[{ uri: 'ar', name: 'Maged', lang: 'ar-SA', isDefault: true }]]);
    vi.advanceTimersByTime(VOICES_WAIT_MS);
    expect(seen).toHaveLength(1); // the wait was called off by the event
    stop();

    const silent = new FakeSynth();
    vi.stubGlobal('speechSynthesis', silent);
    const none: Voice[][] = [];
    browserSpeech()!.watchVoices((voices) => none.push(voices));
    vi.advanceTimersByTime(VOICES_WAIT_MS);
    expect(none).toEqual([[]]);
  });
});
