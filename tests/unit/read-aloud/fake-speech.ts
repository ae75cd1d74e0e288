import type { Speech, Voice } from '@/utils/read-aloud/engine';
import type { SpeechEngine, Utterance } from '@/utils/read-aloud/queue';

/**
 * A speech engine that speaks nothing: it records each utterance, lets the test end the one
 * being spoken, and holds the utterances `cancel()` interrupted so the test can fire their
 * events late, as Chromium ('interrupted' error) and Firefox (`end`) do after a cancel.
 */
export class FakeEngine implements SpeechEngine {
  readonly spoken: Utterance[] = [];
  cancels = 0;
  current: Utterance | null = null;
  #cancelled: Utterance[] = [];

  speak(utterance: Utterance): void {
    this.spoken.push(utterance);
    this.current = utterance;
  }

  cancel(): void {
    this.cancels++;
    if (this.current) this.#cancelled.push(this.current);
    this.current = null;
  }

  /** The utterance being spoken finishes. */
  end(): void {
    const utterance = this.current;
    if (!utterance) throw new Error('nothing is being spoken');
    this.current = null;
    utterance.onEnd();
  }

  /** The cancelled utterances' events arrive now, late. */
  deliverLate(kind: 'end' | 'error' = 'end'): void {
    for (const utterance of this.#cancelled.splice(0)) {
      if (kind === 'end') utterance.onEnd();
      else utterance.onError('interrupted');
    }
  }

  get texts(): string[] {
    return this.spoken.map((u) => u.text);
  }

  get last(): Utterance | undefined {
    return this.spoken.at(-1);
  }
}

export function voice(uri: string, lang: string, isDefault = false): Voice {
  return { uri, name: `Voice ${uri}`, lang, isDefault };
}

/** A Speech whose voices are known at once. */
export function fakeSpeech(voices: Voice[], engine = new FakeEngine()): Speech & { engine: FakeEngine } {
  return {
    engine,
    watchVoices(onVoices) {
      onVoices(voices);
      return () => {};
    },
  };
}
