import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AiKeyPoints } from '@/components/AiKeyPoints';
import { ArticleView } from '@/components/ArticleView';
import type { Article } from '@/utils/article';
import { extractArticle } from '@/utils/extract';
import { extractKeyFacts } from '@/utils/key-facts';
import { aiAvailability, aiKeyPoints, cleanBullet, makeChecker, type AiAvailability } from '@/utils/key-facts/ai';
import { useAiKeyPoints } from '@/utils/key-facts/use-ai-key-points';
import { fixtureDocument, SEED_URL } from '../fixtures';

const ARTICLE =
  'Russian President Vladimir Putin has commended North Korea for backing Russia’s war in Ukraine, ahead of his first visit to Pyongyang in 24 years. ' +
  'Putin is set to meet North Korean leader Kim Jong Un in the capital on Tuesday.';

const OUTPUT = [
  '* Putin commended North Korea ahead of his first visit to Pyongyang in 24 years.',
  '* Putin is set to meet Kim Jong Un on Tuesday.',
  '* The two leaders signed a nuclear treaty.', // "signed", "nuclear", "treaty" are not in the article
].join('\n');

interface FakeOptions {
  availability?: string;
  output?: string;
  progress?: number[];
  streaming?: boolean;
}

/** A stand-in for Chrome's `Summarizer` global, streaming its output in small deltas. */
function fakeScope({ availability = 'available', output = OUTPUT, progress = [], streaming = true }: FakeOptions = {}) {
  const destroy = vi.fn();
  const create = vi.fn(async (options: { type: string; expectedInputLanguages?: string[]; monitor?: (m: EventTarget) => void }) => {
    const monitor = new EventTarget();
    options.monitor?.(monitor);
    for (const loaded of progress) monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
    return {
      summarize: async () => output,
      ...(streaming
        ? {
            summarizeStreaming: () =>
              new ReadableStream<string>({
                start(controller) {
                  for (let i = 0; i < output.length; i += 7) controller.enqueue(output.slice(i, i + 7));
                  controller.close();
                },
              }),
          }
        : {}),
      destroy,
    };
  });
  return { scope: { Summarizer: { availability: async () => availability, create } }, create, destroy };
}

describe('the Summarizer wrapper', () => {
  it('says the API is absent where the browser has none (Firefox, this Chromium)', async () => {
    expect(await aiAvailability({})).toBe('absent');
    expect(await aiAvailability(fakeScope({ availability: 'downloadable' }).scope)).toBe('downloadable');
    expect(await aiAvailability(fakeScope({ availability: 'no' }).scope)).toBe('unavailable');
    await expect(aiKeyPoints(ARTICLE, { scope: {} })).rejects.toThrow(/no built-in Summarizer/);
  });

  it('asks for key points and keeps only bullets whose content words are in the article', async () => {
    const fake = fakeScope();
    const streamed: string[] = [];
    const result = await aiKeyPoints(ARTICLE, { scope: fake.scope, onPoint: (p) => streamed.push(p) });
    expect(fake.create.mock.calls[0]![0]).toMatchObject({ type: 'key-points', expectedInputLanguages: ['en'], outputLanguage: 'en' });
    expect(result.points).toEqual(['Putin commended North Korea ahead of his first visit to Pyongyang in 24 years.', 'Putin is set to meet Kim Jong Un on Tuesday.']);
    expect(result.dropped).toEqual(['The two leaders signed a nuclear treaty.']);
    expect(streamed).toEqual(result.points);
    expect(fake.destroy).toHaveBeenCalled();
  });

  it('works without streaming too', async () => {
    const result = await aiKeyPoints(ARTICLE, { scope: fakeScope({ streaming: false }).scope });
    expect(result.points).toHaveLength(2);
  });

  it('reports model download progress', async () => {
    const progress: number[] = [];
    await aiKeyPoints(ARTICLE, { scope: fakeScope({ progress: [0, 0.5, 1] }).scope, onProgress: (p) => progress.push(p) });
    expect(progress).toEqual([0, 0.5, 1]);
  });

  it('cleans bullet markers and checks bullets', () => {
    expect(cleanBullet('  - **Putin** visits.')).toBe('Putin visits.');
    expect(cleanBullet('2) Kim waits.')).toBe('Kim waits.');
    const check = makeChecker(ARTICLE);
    expect(check('Putin to visit Pyongyang.')).toBe(true);
    expect(check('Aliens land.')).toBe(false);
  });
});

let host: HTMLElement | undefined;
/** The availability the hook last rendered with: null until its effect has asked the browser. */
let rendered: AiAvailability | null = null;
function Panel({ scope }: { scope: object }) {
  const { start, ...state } = useAiKeyPoints(ARTICLE, 'en-US', scope);
  rendered = state.availability;
  return <AiKeyPoints {...state} onStart={start} />;
}
function mount(scope: object, panel: (scope: object) => preact.ComponentChild = (s) => <Panel scope={s} />): HTMLElement {
  const el = document.createElement('div');
  host = el;
  rendered = null;
  document.body.append(el);
  render(panel(scope), el);
  return el;
}
afterEach(() => {
  if (!host) return;
  render(null, host);
  host.remove();
  host = undefined;
});

describe('AI key points in the side panel', () => {
  // Judged once the hook has its answer: before it, the block is empty whatever the answer.
  it.each([
    ['absent', 'the browser has no Summarizer (Firefox, this Chromium)', {}],
    ['unavailable', 'the model cannot run here', fakeScope({ availability: 'no' }).scope],
  ] as const)('shows nothing where the API is %s: %s', async (availability, _why, scope) => {
    const el = mount(scope);
    await vi.waitFor(() => expect(rendered).toBe(availability));
    expect(el.innerHTML).toBe('');
  });

  it('offers the summary, and fetches nothing, where the model is ready', async () => {
    const fake = fakeScope({ availability: 'available' });
    const el = mount(fake.scope);
    await vi.waitFor(() => expect(el.querySelector('[data-testid=ai-start]')?.textContent).toBe('Summarize with on-device AI'));
    expect(el.querySelector('[data-testid=ai-key-points] h3')?.textContent).toBe('AI key points');
    expect(fake.create).not.toHaveBeenCalled();
  });

  it('offers a download, shows its progress after the click, then the checked points', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const fake = fakeScope({ availability: 'downloadable' });
    const inner = fake.create.getMockImplementation()!;
    // Hold the model "download" half-way so the progress can be seen.
    fake.create.mockImplementation(async (options) => {
      const monitor = new EventTarget();
      options.monitor?.(monitor);
      monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded: 0.5 }));
      await gate;
      return inner({ ...options, monitor: undefined });
    });
    const el = mount(fake.scope);
    await vi.waitFor(() => expect(el.querySelector('[data-testid=ai-start]')?.textContent).toMatch(/Download/));
    expect(fake.create).not.toHaveBeenCalled(); // nothing is fetched before the click
    el.querySelector<HTMLButtonElement>('[data-testid=ai-start]')!.click();
    await vi.waitFor(() => expect(el.querySelector('[data-testid=ai-progress]')?.textContent).toContain('50%'));
    release();
    await vi.waitFor(() =>
      expect([...el.querySelectorAll('[data-testid=ai-point]')].map((li) => li.textContent)).toEqual([
        'Putin commended North Korea ahead of his first visit to Pyongyang in 24 years.',
        'Putin is set to meet Kim Jong Un on Tuesday.',
      ]),
    );
    expect(el.textContent).toContain('1 point left out');
  });
});

describe('the side panel’s article view, with and without a Summarizer', () => {
  // As entrypoints/sidepanel/main.tsx composes it (PanelArticle): the AI block in the key facts.
  function SidePanelArticle({ article, scope }: { article: Article; scope: object }) {
    const { start, ...ai } = useAiKeyPoints(article.text, article.lang, scope);
    rendered = ai.availability;
    return <ArticleView article={article} keyFactsExtra={<AiKeyPoints {...ai} onStart={start} />} />;
  }
  const seed = (): Article => {
    const result = extractArticle(fixtureDocument('news-page.html', SEED_URL), SEED_URL);
    if (!result.ok) throw new Error(result.message);
    return { ...result.article, keyFacts: extractKeyFacts({ text: result.article.text, title: result.article.title, lang: result.article.lang }) };
  };

  it('with one, the key facts hold the AI block and its start button', async () => {
    const article = seed();
    const el = mount(fakeScope({ availability: 'downloadable' }).scope, (scope) => <SidePanelArticle article={article} scope={scope} />);
    await vi.waitFor(() => expect(el.querySelector('[data-testid=key-facts] [data-testid=ai-key-points] [data-testid=ai-start]')).not.toBeNull());
    expect(el.querySelector('[data-testid=ai-start]')?.textContent).toBe('Download the on-device AI model and summarize');
  });

  it('without one, the key facts have no AI block', async () => {
    const article = seed();
    const el = mount({}, (scope) => <SidePanelArticle article={article} scope={scope} />);
    await vi.waitFor(() => expect(rendered).toBe('absent'));
    expect(el.querySelector('[data-testid=key-facts]')).not.toBeNull();
    expect(el.querySelector('[data-testid=ai-key-points]')).toBeNull();
  });
});
