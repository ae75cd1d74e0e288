import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadAloud } from '@/components/ReadAloud';
import type { Speech } from '@/utils/read-aloud/engine';
import { SPEAKING_HIGHLIGHT, useReadAloud } from '@/utils/read-aloud/use-read-aloud';
import { fakeSpeech, voice } from './fake-speech';

const FIRST = '<p>First sentence. Second sentence.</p><p>Next paragraph.</p>';
const OTHER = '<p>Another article.</p>';

interface HarnessProps {
  html: string;
  lang: string | null;
  speech: Speech | null;
  rate?: number;
  articleKey?: string;
  onRateChange?: (rate: number) => void;
  onVoiceChange?: (lang: string, uri: string) => void;
}

/** The reader's wiring in small: the body on the page, the hook over it, the controls. */
function Harness({ html, lang, speech, rate = 1, articleKey, onRateChange, onVoiceChange }: HarnessProps) {
  const [body, setBody] = useState<HTMLElement | null>(null);
  const read = useReadAloud({ body, lang, rate, voiceURI: null, articleKey, speech, onRateChange, onVoiceChange });
  return (
    <>
      <ReadAloud
        status={read.status}
        voices={read.voices}
        voiceURI={read.voice?.uri ?? null}
        rate={read.rate}
        message={read.message}
        onToggle={read.toggle}
        onPrevious={read.previous}
        onNext={read.next}
        onRateChange={read.setRate}
        onVoiceChange={read.setVoice}
      />
      <div class="article-body" ref={setBody} dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}

let host: HTMLElement;
const VOICES = [voice('us', 'en-US'), voice('gb', 'en-GB'), voice('fr', 'fr-FR')];

async function mount(props: HarnessProps) {
  await act(() => render(<Harness {...props} />, host));
}
const play = () => host.querySelector<HTMLButtonElement>('[data-testid=read-aloud]')!;
const click = (el: Element) => act(() => (el as HTMLElement).click());
function choose(select: HTMLSelectElement, value: string) {
  return act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(async () => {
  await act(() => render(null, host));
  host.remove();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('read aloud in the reader', () => {
  it('plays the article sentence by sentence, with the voice of its language, and pauses', async () => {
    const speech = fakeSpeech(VOICES);
    await mount({ html: FIRST, lang: 'en-GB', speech });
    expect(play().textContent).toBe('Read aloud');
    await click(play());
    expect(speech.engine.last).toMatchObject({ text: 'First sentence.', voiceURI: 'gb', rate: 1 });
    expect(play().textContent).toBe('Pause');
    await act(() => speech.engine.end());
    expect(speech.engine.last?.text).toBe('Second sentence.');
    await click(host.querySelector('.read-aloud-next')!);
    expect(speech.engine.last?.text).toBe('Next paragraph.');
    await click(play());
    expect(play().textContent).toBe('Resume');
  });

  it('a new speed while playing restarts the current sentence at that speed, and is reported', async () => {
    const speech = fakeSpeech(VOICES);
    const onRateChange = vi.fn();
    await mount({ html: FIRST, lang: 'en', speech, onRateChange });
    await click(play());
    await act(() => speech.engine.end());
    await choose(host.querySelector<HTMLSelectElement>('.read-aloud-panel select')!, '1.5');
    expect(onRateChange).toHaveBeenCalledWith(1.5);
    await expect.poll(() => speech.engine.last).toMatchObject({ text: 'Second sentence.', rate: 1.5 });
    // The persisted rate coming back from settings does not restart it again.
    await mount({ html: FIRST, lang: 'en', speech, onRateChange, rate: 1.5 });
    expect(speech.engine.texts).toEqual(['First sentence.', 'Second sentence.', 'Second sentence.']);
  });

  it('reports a voice chosen for the language', async () => {
    const speech = fakeSpeech(VOICES);
    const onVoiceChange = vi.fn();
    await mount({ html: FIRST, lang: 'en-GB', speech, onVoiceChange });
    const select = host.querySelectorAll<HTMLSelectElement>('.read-aloud-panel select')[1]!;
    expect([...select.options].map((o) => o.value)).toEqual(['us', 'gb']);
    await choose(select, 'us');
    expect(onVoiceChange).toHaveBeenCalledWith('en', 'us');
    await click(play());
    expect(speech.engine.last?.voiceURI).toBe('us');
  });

  it('stops when the page is hidden (the tab or panel closes)', async () => {
    const speech = fakeSpeech(VOICES);
    await mount({ html: FIRST, lang: 'en', speech });
    await click(play());
    await act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(speech.engine.cancels).toBe(1);
    expect(play().textContent).toBe('Read aloud');
    await act(() => speech.engine.deliverLate());
    expect(speech.engine.spoken).toHaveLength(1);
  });

  it('stops when the article changes, and then reads the new one', async () => {
    const speech = fakeSpeech(VOICES);
    await mount({ html: FIRST, lang: 'en', speech, articleKey: 'a' });
    await click(play());
    await mount({ html: OTHER, lang: 'en', speech, articleKey: 'b' });
    expect(speech.engine.cancels).toBe(1);
    expect(play().textContent).toBe('Read aloud');
    await click(play());
    expect(speech.engine.last?.text).toBe('Another article.');
    await mount({ html: OTHER, lang: 'fr', speech, articleKey: 'b' });
    expect(speech.engine.cancels).toBe(2);
  });

  it('stops on unmount', async () => {
    const speech = fakeSpeech(VOICES);
    await mount({ html: FIRST, lang: 'en', speech });
    await click(play());
    await act(() => render(null, host));
    expect(speech.engine.cancels).toBe(1);
  });

  it('highlights the spoken sentence, keeps it in view, and clears the highlight on stop', async () => {
    const registry = new Map<string, { ranges: Range[] }>();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', class { ranges: Range[]; constructor(...ranges: Range[]) { this.ranges = ranges; } });
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    const speech = fakeSpeech(VOICES);
    await mount({ html: FIRST, lang: 'en', speech });
    // The second paragraph is below the window.
    const below = host.querySelectorAll('.article-body p')[1]!;
    vi.spyOn(below, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 5000, 600, 40));
    await click(play());
    expect(registry.get(SPEAKING_HIGHLIGHT)?.ranges[0]?.toString()).toBe('First sentence.');
    expect(scrolled).not.toHaveBeenCalled();
    await click(host.querySelector('.read-aloud-next')!);
    expect(registry.get(SPEAKING_HIGHLIGHT)?.ranges[0]?.toString()).toBe('Next paragraph.');
    expect(scrolled).toHaveBeenCalledWith({ block: 'nearest', behavior: 'smooth' });
    await act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(registry.has(SPEAKING_HIGHLIGHT)).toBe(false);
    Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
  });
});

describe('where it cannot read', () => {
  it('says there is no voice for the article’s language, and disables play', async () => {
    const speech = fakeSpeech(VOICES);
    await mount({ html: FIRST, lang: 'ar', speech });
    const message = host.querySelector('[data-testid=read-aloud-message]')!;
    expect(message.textContent).toBe("No voice for Arabic in this browser. Your system's speech settings can add one.");
    expect(message.getAttribute('role')).toBe('status');
    expect(play().disabled).toBe(true);
    expect(host.querySelector('.read-aloud-settings')).toBeNull();
  });

  it('says so when the browser has no speech synthesis', async () => {
    await mount({ html: FIRST, lang: 'en', speech: null });
    expect(host.querySelector('[data-testid=read-aloud-message]')!.textContent).toBe('This browser cannot read aloud.');
    expect(play().disabled).toBe(true);
  });

  it('shows no message while the voices are still loading', async () => {
    const speech: Speech = { engine: fakeSpeech([]).engine, watchVoices: () => () => {} };
    await mount({ html: FIRST, lang: 'ar', speech });
    expect(host.querySelector('[data-testid=read-aloud-message]')).toBeNull();
    expect(play().disabled).toBe(false);
  });
});
