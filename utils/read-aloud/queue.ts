/**
 * The read-aloud queue (issue #10): which sentence is spoken, and what play, pause, skip and a
 * change of speed or voice do to it. Pure and DOM-free, over a `SpeechEngine` (engine.ts wraps
 * the browser's speechSynthesis; the tests drive a fake one).
 *
 * One utterance per sentence: Chrome silently stops an utterance after about 15 s, and a
 * sentence is also the unit that pause, resume and a speed change restart exactly.
 */

export interface Utterance {
  text: string;
  lang: string | null;
  voiceURI: string | null;
  rate: number;
  onEnd(): void;
  /** `error` is SpeechSynthesisErrorEvent.error: 'interrupted', 'canceled', 'synthesis-failed'… */
  onError(error: string): void;
}

export interface SpeechEngine {
  speak(utterance: Utterance): void;
  /** Stops whatever is speaking. Real browsers then fire the cancelled utterance's `end` (or an
   * 'interrupted'/'canceled' `error`) later, asynchronously: the queue ignores those. */
  cancel(): void;
}

export type ReadStatus = 'idle' | 'playing' | 'paused';

export interface Position {
  paragraph: number;
  sentence: number;
}

export interface QueueState {
  status: ReadStatus;
  /** The sentence being spoken, or where play resumes; the start when idle after stop. */
  position: Position;
}

export interface QueueOptions {
  lang: string | null;
  voiceURI: string | null;
  rate: number;
  onChange?: (state: QueueState) => void;
}

/** A paragraph is its sentences' texts. */
export type QueueParagraphs = readonly (readonly string[])[];

const START: Position = Object.freeze({ paragraph: 0, sentence: 0 });

export class SpeechQueue {
  #status: ReadStatus = 'idle';
  #position: Position = START;
  /** Bumped by every speak and cancel: an event carrying an older token is a cancelled
   * utterance's late `end` or `error`, and must not move the queue. */
  #token = 0;
  readonly #lang: string | null;
  #voiceURI: string | null;
  #rate: number;
  readonly #onChange?: (state: QueueState) => void;

  constructor(
    readonly engine: SpeechEngine,
    readonly paragraphs: QueueParagraphs,
    options: QueueOptions,
  ) {
    this.#lang = options.lang;
    this.#voiceURI = options.voiceURI;
    this.#rate = options.rate;
    this.#onChange = options.onChange;
  }

  get state(): QueueState {
    return { status: this.#status, position: this.#position };
  }

  /** Speaks from the current position, or from the start of `paragraph`. */
  play(paragraph?: number): void {
    if (paragraph === undefined && this.#status === 'playing') return;
    const from = paragraph === undefined ? this.#position : this.#firstFrom(paragraph, 1);
    // Nothing at that position (paragraphs without sentences): the first sentence there is.
    const target = from && this.#sentence(from) !== undefined ? from : this.#firstFrom(from?.paragraph ?? 0, 1);
    if (target) this.#speak(target);
  }

  /**
   * Cancels rather than calling speechSynthesis.pause(): pause() is unreliable in Chromium on
   * Linux (it may never resume, or resume silently) and in some Android engines. The paused
   * sentence is kept, and play says it again from its start.
   */
  pause(): void {
    if (this.#status !== 'playing') return;
    this.#cancel();
    this.#set('paused', this.#position);
  }

  toggle(): void {
    if (this.#status === 'playing') this.pause();
    else this.play();
  }

  /** The start of the next paragraph. On the last paragraph there is nothing to skip to: no-op. */
  next(): void {
    const target = this.#firstFrom(this.#position.paragraph + 1, 1);
    if (target) this.#moveTo(target);
  }

  /** Like a player's "previous track": past the first sentence of a paragraph, back to its
   * start; on its first sentence, to the start of the paragraph before (or the top). */
  previous(): void {
    const { paragraph, sentence } = this.#position;
    const start = { paragraph, sentence: 0 };
    this.#moveTo(sentence > 0 ? start : (this.#firstFrom(paragraph - 1, -1) ?? start));
  }

  /** The start of paragraph `index`, speaking it if the queue was. */
  jumpTo(index: number): void {
    const target = this.#firstFrom(index, 1);
    if (target) this.#moveTo(target);
  }

  /** While speaking, the current sentence starts again at the new rate (not the paragraph). */
  setRate(rate: number): void {
    if (rate === this.#rate) return;
    this.#rate = rate;
    if (this.#status === 'playing') this.#speak(this.#position);
  }

  setVoice(voiceURI: string | null): void {
    if (voiceURI === this.#voiceURI) return;
    this.#voiceURI = voiceURI;
    if (this.#status === 'playing') this.#speak(this.#position);
  }

  /** Silence, and back to the top. */
  stop(): void {
    if (this.#status !== 'idle') this.#cancel();
    this.#set('idle', START);
  }

  /** Not playing, a move leaves the queue paused there: the highlight shows where play resumes. */
  #moveTo(target: Position): void {
    if (this.#status === 'playing') this.#speak(target);
    else this.#set('paused', target);
  }

  /** `interrupt`: silence the sentence being spoken first; not after one has ended by itself. */
  #speak(position: Position, interrupt = this.#status === 'playing'): void {
    const text = this.#sentence(position);
    if (text === undefined) return;
    if (interrupt) this.#cancel();
    const token = ++this.#token;
    this.#set('playing', position);
    this.engine.speak({
      text,
      lang: this.#lang,
      voiceURI: this.#voiceURI,
      rate: this.#rate,
      onEnd: () => {
        if (token === this.#token) this.#advance();
      },
      onError: () => {
        // The engine failed on this sentence ('synthesis-failed', 'audio-busy', or 'not-allowed'
        // when Chrome wants a click first): pause on it, so play retries it.
        if (token !== this.#token) return;
        this.#token++;
        this.#set('paused', this.#position);
      },
    });
  }

  #advance(): void {
    const { paragraph, sentence } = this.#position;
    const nextSentence = { paragraph, sentence: sentence + 1 };
    const following = this.#sentence(nextSentence) !== undefined ? nextSentence : this.#firstFrom(paragraph + 1, 1);
    if (!following) {
      this.#token++;
      this.#set('idle', START);
      return;
    }
    this.#speak(following, false);
  }

  #cancel(): void {
    this.#token++;
    this.engine.cancel();
  }

  #sentence({ paragraph, sentence }: Position): string | undefined {
    return this.paragraphs[paragraph]?.[sentence];
  }

  /** The first sentence of the first paragraph with any, from `index` in direction `step`. */
  #firstFrom(index: number, step: 1 | -1): Position | null {
    for (let p = Math.max(0, index); p >= 0 && p < this.paragraphs.length; p += step) {
      if (this.paragraphs[p]!.length) return { paragraph: p, sentence: 0 };
    }
    return null;
  }

  #set(status: ReadStatus, position: Position): void {
    const changed = status !== this.#status || position.paragraph !== this.#position.paragraph || position.sentence !== this.#position.sentence;
    this.#status = status;
    this.#position = position;
    if (changed) this.#onChange?.(this.state);
  }
}
