import { describe, expect, it } from 'vitest';
import { evaluateInTarget, setupLede } from './harness';

/** Key facts on the seed page in popup, reader and side panel (issue #3). */

const suite = setupLede();

const openSeed = () => suite.openFixture('news-page.html');

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

  it('the side panel shows the entity lists and the marked key sentences, and no AI key points where the browser has no Summarizer', async () => {
    const { page, tabId } = await openSeed();
    const popup = await suite.lede.context.newPage();
    await popup.goto(suite.lede.extensionUrl(`popup.html?tab=${tabId}`));
    await Promise.all([popup.waitForEvent('close'), popup.getByTestId('open-sidepanel').click()]);
    await suite.lede.worker.evaluate((id) => chrome.tabs.update(id, { active: true }), tabId);
    const panel = await evaluateInTarget<{ people: string[]; points: number; ai: boolean; summarizer: boolean } | null>(
      page,
      `sidepanel.html?tab=${tabId}`,
      `(() => {
        const people = document.querySelector('[data-testid=key-people]');
        if (!people) return null;
        return {
          people: [...people.querySelectorAll('.key-entity-name')].map((n) => n.textContent),
          points: new Set([...document.querySelectorAll('[data-testid=article-body] mark.key-sentence')].map((m) => m.getAttribute('data-point'))).size,
          ai: !!document.querySelector('[data-testid=ai-key-points]'),
          summarizer: 'Summarizer' in self,
        };
      })()`,
    );
    expect(panel).not.toBeNull();
    for (const name of SEED_PEOPLE) expect(panel!.people).toContain(name);
    expect(panel!.points).toBe(5);
    if (!panel!.summarizer) expect(panel!.ai).toBe(false);
    await page.close();
  });
});
