import { describe, expect, it } from 'vitest';
import { evaluateInTarget, setupLede } from './harness';

/** Key facts on the seed page in popup, reader and side panel (issue #3). */

const suite = setupLede();

const openSeed = () => suite.openFixture('news-page.html');

/** Whether a Summarizer's answer (null: the browser has none) lets the side panel offer AI key
 * points. The "has one" case is also covered in tests/unit/key-facts/ai.test.tsx. */
const usable = (availability: string | null) => availability === 'available' || availability === 'downloadable' || availability === 'downloading';

const SEED_PEOPLE = [
  'Vladimir Putin',
  'Kim Jong Un',
  'Andrei Belousov',
  'Sergei Lavrov',
  'Alexander Novak',
  'John Kirby',
  'John Nilsson-Wright',
  'Kim Jong Il',
  'Xi Jinping',
];

describe('key facts on the seed page, in Chromium', () => {
  it('the popup shows three key points: Putin’s first visit to Pyongyang in 24 years, meeting Kim Jong Un on Tuesday', async () => {
    const { page, tabId } = await openSeed();
    const popup = await suite.lede.context.newPage();
    await popup.goto(suite.lede.extensionUrl(`popup.html?tab=${tabId}`));
    const points = popup.getByTestId('key-point');
    await expect.poll(() => points.count()).toBe(3);
    const text = (await points.allTextContents()).join(' ');
    expect(text).toMatch(/Putin[^.]*first visit to Pyongyang in 24 years/);
    expect(text).toMatch(/meet North Korean leader Kim Jong Un[^.]*on Tuesday/);
    expect(await popup.getByTestId('key-people').count()).toBe(0); // the popup is at a glance
    await popup.close();
    await page.close();
  });

  it('the reader shows the entity lists, and marks the key sentences in the text of the article', async () => {
    const { page, tabId } = await openSeed();
    const reader = await suite.lede.context.newPage();
    await reader.goto(suite.lede.extensionUrl(`reader.html?tab=${tabId}`));
    const people = reader.getByTestId('key-people');
    await people.waitFor();
    const names = await people.locator('.key-entity-name').allTextContents();
    for (const name of SEED_PEOPLE) expect(names).toContain(name);
    for (const wrong of ['Kim Il Sung Square', 'Rodong Sinmun', 'Putin', 'Kim']) expect(names).not.toContain(wrong);
    const places = await reader.getByTestId('key-places').locator('li').allTextContents();
    for (const place of ['North Korea', 'Russia', 'Pyongyang', 'Ukraine', 'Vietnam', 'Moscow', 'Seoul', 'Washington']) {
      expect(places).toContain(place);
    }
    const orgs = await reader.getByTestId('key-orgs').locator('li').allTextContents();
    for (const org of ['Kremlin', 'White House', 'National Security Council', 'Cambridge University']) expect(orgs).toContain(org);
    const dates = await reader.getByTestId('key-dates').locator('li').allTextContents();
    for (const date of ['Tuesday', 'September', '2000', '2019']) expect(dates).toContain(date);
    expect(await reader.getByTestId('key-numbers').textContent()).toContain('24 years');
    const quotes = (await reader.getByTestId('key-quotes').textContent()) ?? '';
    expect(quotes).toMatch(/unbreakable relationship of comrades-in-arms.*— Kim Jong Un/);
    expect(quotes).toMatch(/friendly state visit.*— Kremlin/);

    // The seed's five key sentences open the article: marked in its text, not listed above it.
    const marks = reader.locator('[data-testid=article-body] mark.key-sentence');
    await expect.poll(async () => new Set(await marks.evaluateAll((els) => els.map((el) => el.getAttribute('data-point')))).size).toBe(5);
    expect(await marks.first().textContent()).toBe('Russian President Vladimir Putin has commended North Korea for backing Russia’s war in Ukraine, ahead of his first visit to Pyongyang in 24 years.');
    expect(await reader.getByTestId('key-point').count()).toBe(0);
    // "5 key sentences marked in the text" takes the reader back to the first one.
    await reader.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await reader.getByTestId('key-sentences-jump').click();
    await expect
      .poll(() => marks.first().evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }))
      .toBe(true);
    await reader.close();
    await page.close();
  });

  it('the side panel shows the entity lists and the marked key sentences, and AI key points only where the browser has a Summarizer', async () => {
    const { page, tabId } = await openSeed();
    const popup = await suite.lede.context.newPage();
    await popup.goto(suite.lede.extensionUrl(`popup.html?tab=${tabId}`));
    await Promise.all([popup.waitForEvent('close'), popup.getByTestId('open-sidepanel').click()]);
    await suite.lede.worker.evaluate((id) => chrome.tabs.update(id, { active: true }), tabId);
    interface Panel {
      people: string[];
      points: number;
      ai: boolean;
      start: string | null;
      /** What the page's own Summarizer says for an English article, or null where it has none. */
      summarizer: string | null;
    }
    const panel = await evaluateInTarget<Panel | null>(
      page,
      `sidepanel.html?tab=${tabId}`,
      `(async () => {
        const people = document.querySelector('[data-testid=key-people]');
        if (!people) return null;
        const api = self.Summarizer;
        const summarizer = api
          ? String(await api.availability({ type: 'key-points', format: 'plain-text', length: 'medium', expectedInputLanguages: ['en'], outputLanguage: 'en' }).catch(() => 'unavailable'))
          : null;
        return {
          people: [...people.querySelectorAll('.key-entity-name')].map((n) => n.textContent),
          points: new Set([...document.querySelectorAll('[data-testid=article-body] mark.key-sentence')].map((m) => m.getAttribute('data-point'))).size,
          ai: !!document.querySelector('[data-testid=ai-key-points]'),
          start: document.querySelector('[data-testid=ai-start]')?.textContent ?? null,
          summarizer,
        };
      })()`,
      // Where the model can run, wait for the panel's answer: its start button. Where it cannot,
      // the page shows nothing to wait for, only the block's absence; that it stays absent once
      // the hook has its answer is checked in tests/unit/key-facts/ai.test.tsx.
      (value) => !!value && (!usable(value.summarizer) || value.start !== null),
    );
    expect(panel).not.toBeNull();
    for (const name of SEED_PEOPLE) expect(panel!.people).toContain(name);
    expect(panel!.points).toBe(5);
    if (usable(panel!.summarizer)) {
      // A Summarizer that can run here: the AI block, offering to start (a download first, or not).
      expect(panel!.ai).toBe(true);
      expect(panel!.start).toMatch(panel!.summarizer === 'available' ? /^Summarize with on-device AI$/ : /^Download the on-device AI model and summarize$/);
    } else {
      // None (Debian's Chromium, Firefox), or one whose model cannot run here: no AI block at all.
      expect(panel!.ai).toBe(false);
      expect(panel!.start).toBeNull();
    }
    await page.close();
  });
});
